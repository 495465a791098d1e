"""An object counted by a noun ("dozens of rockets", "hundreds of drones", "a number of
missiles") is what the verb acts with, as a measured one is ("a batch of missiles").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Hezbollah fired dozens of rockets into northern Israel on Sunday.",
         ("ASSAULT", "LBN", "ISR")),
        ("Russia launched hundreds of drones at Ukrainian cities overnight.",
         ("ASSAULT", "RUS", "UKR")),
        ("The Houthis fired a number of missiles at a Greek tanker in the Red Sea.",
         ("ASSAULT", "YEM", "GRC")),
    ],
)  # fmt: skip
def test_the_counted_weapon(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")
