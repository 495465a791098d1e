"""Putting a party on a sanctions or terror list is a sanction on it (CAMEO 163); taking
it off is an easing (CAMEO 085); banning exports to a country sanctions that country.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The EU added the Wagner Group to its sanctions list.", ("SANCTION", "IGO", "RUS")),
        ("Canada listed the IRGC as a terrorist entity.", ("SANCTION", "CAN", "IRN")),
        ("Washington removed Cuba from its list of state sponsors of terrorism.",
         ("CONCEDE", "USA", "CUB")),
        ("Britain was added to the list by Moscow last year.", ("SANCTION", "RUS", "GBR")),
    ],
)  # fmt: skip
def test_a_list_of_sanctions(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_ban_on_exports_to_a_country() -> None:
    found = dyads("Beijing banned the sale of drones to Taiwan.", by="country")
    assert ("SANCTION", "CHN", "TWN") in found, found
