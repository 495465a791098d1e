"""After a dateline the lead's subject stays in one sentence with its verb: the parser
must not split "Ukraine and Poland agreed ..." at "and". Sentences written for these
tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads
from eventwire.nlp import parse


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("KYIV, Ukraine — Ukraine and Poland agreed to produce shells together.",
         ["KYIV", "Ukraine"]),
        ("LIMA, Peru — Peru and Chile signed a water treaty on Monday. Bolivia objected.",
         ["LIMA", "Peru", "Bolivia"]),
        ("HANOI, Vietnam — Vietnam and Laos opened a new border gate on Friday.",
         ["HANOI", "Vietnam"]),
    ],
)  # fmt: skip
def test_the_lead_is_one_sentence(text: str, starts: list[str]) -> None:
    assert [t.text for t in parse(text) if t.is_sent_start] == starts


def test_the_coordinated_subject_agrees() -> None:
    found = dyads("KYIV, Ukraine — Ukraine and Poland agreed to produce shells together.",
                  by="country")  # fmt: skip
    assert ("AGREE", "UKR", "POL") in found, found
