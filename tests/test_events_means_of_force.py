"""The object an act of force is used with names its means ("traded strikes", "exchanged
fire"), not a protest it falls on: two sides trading strikes act on each other. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Israel and Iran traded strikes for a third day.", ("ISR", "IRN")),
        ("India and Pakistan traded artillery strikes across the Line of Control overnight.",
         ("IND", "PAK")),
    ],
)  # fmt: skip
def test_strikes_traded_fall_on_the_other_side(text: str, sides: tuple[str, str]) -> None:
    found = dyads(text, by="country")
    first, second = sides
    assert {("ASSAULT", first, second), ("ASSAULT", second, first)} <= found
    assert all(target in sides for _, _, target in found)


def test_a_strike_broken_up_is_still_a_protest() -> None:
    assert ("COERCE", "KEN", "KEN") in dyads(
        "Kenyan police broke up a strike by dock workers in Mombasa.", by="country"
    )
