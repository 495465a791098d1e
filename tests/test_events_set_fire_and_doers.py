"""Setting fire to something is a riot when a crowd does it (PROTEST 145) and an attack
when armed men do (ASSAULT 190); the doer words are read through a plural the tagger took
for a name at the head of a story ("Protesters set fire ..." after the dateline), and a
count through its "of" phrase ("dozens of gunmen"). Help
offered is aid promised. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "DHAKA (AP) — Protesters set fire to the ruling party's offices on Monday.",
            ("PROTEST", "BGD", "BGD"),
        ),
        (
            "KATHMANDU (AP) — Hundreds of students set fire to tyres outside parliament.",
            ("PROTEST", "NPL", "NPL"),
        ),
        (
            "ABUJA (AP) — Gunmen set fire to homes in a village in Plateau state.",
            ("ASSAULT", "NGA", "NGA"),
        ),
        # a count is read through its "of" phrase: dozens of gunmen are armed men
        (
            "ABUJA (AP) — Dozens of gunmen set fire to homes in a village in Plateau state.",
            ("ASSAULT", "NGA", "NGA"),
        ),
    ],
)
def test_setting_fire_is_a_riot_or_an_attack_by_its_doers(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = [(kind, src, tgt) for kind, _, src, tgt in events_by_country(text)]
    assert expected in found
    assert len({kind for kind, _, _ in found} & {"PROTEST", "ASSAULT"}) == 1


def test_a_fire_set_by_no_crowd_or_armed_men_is_no_event() -> None:
    text = "DHAKA (AP) — Cooks set fire to the grill before dawn."
    assert not events_by_country(text)


def test_help_offered_is_aid_promised() -> None:
    found = events_by_country("ANKARA (AP) — Greece offered help to Turkey after the earthquake.")
    assert ("AID", "intended", "GRC", "TUR") in found
