"""Victims of an act of force told in the passive with no "by" phrase ("were killed in an
Israeli strike") were harmed by the act's owner. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("BEIRUT — Two Hezbollah commanders were killed in an Israeli strike on a car in "
         "southern Lebanon.", "ISR"),
        ("Twelve people were killed in a U.S. drone strike in Somalia on Friday.", "USA"),
        ("Four villagers were wounded in Russia's shelling of the border district.", "RUS"),
    ],
)  # fmt: skip
def test_the_attacks_owner_harmed_the_victims(text: str, source: str) -> None:
    found = dyads(text, by="country")
    assert any(kind == "ASSAULT" and src == source for kind, src, _ in found), found
    assert not any(kind == "ASSAULT" and src == "LBN" for kind, src, _ in found), found
