"""A group spread over a region or the world ("leaders across Latin America",
"governments around the world", "officials from across Africa") belongs to no one state.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Leaders across Latin America congratulated Chile's president-elect on Monday.",
         "Leaders"),
        ("Governments around the world condemned the coup in Niger.", "Governments"),
        ("Officials from across Africa welcomed the ceasefire in Sudan.", "Officials"),
    ],
)  # fmt: skip
def test_no_one_state_s(text: str, word: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    assert not any(a.name == word and a.country is not None for a in coded.actors)


def test_a_named_region_of_one_state_is_that_state_s() -> None:
    text = "Soldiers from the Tigray region attacked Eritrean positions."
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    dyads = {
        (e.type, e.source.country, e.target.country)
        for e in coded.events
        if e.source is not None and e.target is not None
    }
    assert ("ASSAULT", "ETH", "ERI") in dyads
