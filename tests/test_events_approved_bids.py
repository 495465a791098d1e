"""Approving or ratifying another party's bid, application or treaty agrees to that party:
whose the object is when no partner is written. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Slovakia's lawmakers approved Montenegro's application to join the bloc.",
         ("AGREE", "SVK", "MNE")),
        ("Portugal's parliament ratified North Macedonia's bid for membership of the "
         "alliance.", ("AGREE", "PRT", "MKD")),
        ("The European Union approved Moldova's application for membership.",
         ("AGREE", "IGO", "MDA")),
    ],
)  # fmt: skip
def test_the_owner_of_the_bid(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")
