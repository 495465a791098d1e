"""A call for an end or a halt to an act is made to whoever does it, or to the country
where it happens ("called for an end to the fighting in Sudan"). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("RIYADH — Saudi Arabia called for an end to the fighting in Sudan.",
         ("REQUEST", "SAU", "SDN")),
        ("PARIS — France urged an end to the violence in Haiti on Tuesday.",
         ("REQUEST", "FRA", "HTI")),
        ("CAIRO — Egypt called for an end to Israel's offensive.",
         ("REQUEST", "EGY", "ISR")),
    ],
)  # fmt: skip
def test_an_end_asked_for_is_asked_of_the_acts_side(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")
