"""'the two leaders', 'both ministers': the two people named last, not a new group."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed in "
         "Nairobi, and the two leaders signed a trade agreement.", "AGREE",
         {"William Ruto", "Abiy Ahmed"}),
        ("Indian Foreign Minister S. Jaishankar met his Chinese counterpart Wang Yi in Delhi. "
         "Both ministers agreed to resume border patrols.", "AGREE",
         {"S. Jaishankar", "Wang Yi"}),
        ("Brazilian President Lula da Silva welcomed Argentine President Javier Milei to "
         "Brasilia, and the two presidents held talks on trade.", "CONSULT",
         {"Lula da Silva", "Javier Milei"}),
    ],
)  # fmt: skip
def test_a_pair_of_people_is_the_two_named_last(text: str, kind: str, pair: set[str]) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    found = [
        {e.source.name, e.target.name}
        for e in coded.events
        if e.type == kind and e.source is not None and e.target is not None
    ]
    assert pair in found, found
