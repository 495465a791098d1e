"""A ban or a bar on a state's own people ("banned women from working", "barred
journalists from covering the vote") restricts their freedoms (COERCE, CAMEO 1721); a ban
on another state's goods, flights or people stays a sanction. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "KABUL (AP) — The Taliban banned women from working for aid groups on Tuesday.",
            "AFG",
        ),
        (
            "MINSK (AP) — Belarus barred independent journalists from covering the election.",
            "BLR",
        ),
        (
            "TEHRAN (AP) — Iran's judiciary banned two students from leaving the country.",
            "IRN",
        ),
    ],
)
def test_a_ban_on_the_state_s_own_people_is_coercion(text: str, home: str) -> None:
    found = [(kind, src, tgt) for kind, _, src, tgt in events_by_country(text)]
    assert ("COERCE", home, home) in found
    assert not [f for f in found if f[0] == "SANCTION"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another state's people: a sanction on that state
        (
            "RIGA (AP) — Latvia banned Russian citizens from entering the country.",
            [("SANCTION", "LVA", "RUS")],
        ),
        # foreigners of no country told: no coercion of the state's own people
        ("JERUSALEM (AP) — Israel barred foreign journalists from entering Gaza.", []),
    ],
)
def test_a_ban_on_foreigners_is_no_coercion_at_home(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [(kind, src, tgt) for kind, _, src, tgt in events_by_country(text)]
    assert [f for f in found if f[0] in {"SANCTION", "COERCE"}] == expected


def test_a_ban_on_another_state_s_goods_stays_a_sanction() -> None:
    found = events_by_country("LONDON (AP) — Britain banned imports of Russian steel on Monday.")
    assert [(kind, src, tgt) for kind, _, src, tgt in found] == [("SANCTION", "GBR", "RUS")]
