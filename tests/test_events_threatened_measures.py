"""A threat to take a measure against a party ("threatened to take countermeasures
against Seoul") is made to that party, named in the measure's own phrase. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("North Korea threatened to take overwhelming countermeasures against South Korea.",
         ("THREATEN", "PRK", "KOR")),
        ("Iran threatened to take revenge against Israel.", ("THREATEN", "IRN", "ISR")),
        ("Russia threatened to take action against Moldova over the gas dispute.",
         ("THREATEN", "RUS", "MDA")),
    ],
)  # fmt: skip
def test_the_measure_s_party_is_threatened(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")
