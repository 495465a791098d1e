"""An act told as a gerund that a verb of debate or stance takes as its object ("discussed
imposing tariffs", "favoured sending jets", "advocated holding talks") is argued over,
not done: hypothetical. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The EU discussed imposing tariffs on Chinese steel.",
         ("SANCTION", "hypothetical", "IGO", "CHN")),
        ("The Dutch government favoured sending F-16 jets to Kyiv.",
         ("MOBILIZE", "hypothetical", "NLD", "UKR")),
        ("Washington advocated holding talks with Tehran in Oman.",
         ("CONSULT", "hypothetical", "USA", "IRN")),
    ],
)  # fmt: skip
def test_an_act_argued_over(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in events_by_country(text)


def test_the_act_itself_stays_asserted() -> None:
    found = events_by_country("The EU imposed tariffs on Chinese steel.")
    assert ("SANCTION", "asserted", "IGO", "CHN") in found
