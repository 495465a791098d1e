"""To target the military is to attack it (CAMEO 190); a measure that "targets" banks or
traders is no attack. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ADEN, Yemen (AP) — Houthi rebels targeted a British warship in the Gulf of Aden.",
         ("ASSAULT", "YEM", "GBR")),
        ("KYIV (AP) — Ukrainian sea drones targeted a Russian warship near Crimea overnight.",
         ("ASSAULT", "UKR", "RUS")),
        ("BAMAKO (AP) — Jihadists targeted a Malian army convoy near Gao on Sunday.",
         ("ASSAULT", "MLI", "MLI")),
    ],
)  # fmt: skip
def test_targeting_forces_or_their_sites_is_an_attack(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = [(kind, src, tgt) for kind, _, src, tgt in events_by_country(text)]
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "BRUSSELS (AP) — The new sanctions target Russian banks and oil traders.",
        "WASHINGTON (AP) — The campaign targeted young voters in Georgia.",
        # a measure aimed at an army, and a campaign at a party's base, are no attacks
        "NAYPYITAW (AP) — New U.S. sanctions target Myanmar's military.",
        "WASHINGTON (AP) — The new ads target the party's base in rural counties.",
    ],
)
def test_targeting_anything_else_is_no_attack(text: str) -> None:
    assert not [e for e in events_by_country(text) if e[0] == "ASSAULT"]
