"""A measure voted down is rejected, and so is whoever put it forward ("parliament voted
down the government's budget"), whether the parser reads "down" as a particle or as a
preposition. A vote for a measure stays support. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("LIMA, Peru — Lawmakers voted down the president's pension reform on Thursday.",
         ("REJECT", "Lawmakers", "president")),
        ("LONDON — Parliament voted the government's housing plan down by 20 votes.",
         ("REJECT", "Parliament", "government")),
        ("NAIROBI, Kenya — The Senate voted down the finance ministry's new tax bill.",
         ("REJECT", "Senate", "finance ministry")),
    ],
)  # fmt: skip
def test_a_measure_voted_down_rejects_its_author(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text), dyads(text)


def test_a_vote_for_a_measure_stays_support() -> None:
    found = dyads("KYIV — Lawmakers voted for the government's budget on Friday.")
    assert ("SUPPORT", "Lawmakers", "government") in found, found
