"""Ramming a ship or a vehicle is an attack on whoever it belongs to; ramming a bill
through a parliament names no party and codes nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("A Chinese coast guard vessel rammed a Philippine resupply vessel close to the reef.",
         ("ASSAULT", "CHN", "PHL")),
        ("Iranian speedboats rammed a British tanker in the Strait of Hormuz.",
         ("ASSAULT", "IRN", "GBR")),
        ("Japan said Chinese trawlers rammed its patrol ship near the islands.",
         ("ACCUSE", "JPN", "CHN")),
    ],
)  # fmt: skip
def test_ramming_is_an_attack(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_ramming_a_bill_is_no_event() -> None:
    assert dyads("The Hungarian government rammed the budget through parliament.") == set()
