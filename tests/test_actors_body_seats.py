"""A state body the lexicons do not know, written with the place that is its seat ("the
Constitutional Court in Lusaka"), is of that place's country, not of the dateline's."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import Actor, CodedArticle


def _actor(text: str, words: str) -> Actor:
    coded = code_text(text, published="2024-06-01")
    assert isinstance(coded, CodedArticle)
    return next(a for a in coded.actors if words in a.name)


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("HARARE (AFP) — Lawyers cited a ruling by the Constitutional Court in Lusaka.",
         "Constitutional Court", "ZMB"),
        ("NAIROBI, Kenya (AP) — The Constitutional Court in Kampala struck down the law on "
         "Friday.", "Constitutional Court", "UGA"),
        ("JOHANNESBURG (AP) — The National Assembly in Luanda passed the budget.",
         "National Assembly", "AGO"),
    ],
)  # fmt: skip
def test_the_seat_named_with_a_body_gives_its_country(text: str, words: str, country: str) -> None:
    actor = _actor(text, words)
    assert (actor.country, actor.country_how) == (country, "phrase")


def test_a_body_with_no_seat_named_is_the_datelines() -> None:
    actor = _actor("NAIROBI, Kenya (AP) — The Constitutional Court struck down the law.",
                   "Constitutional Court")  # fmt: skip
    assert actor.country == "KEN"


def test_a_phrase_that_is_no_seat_gives_nothing() -> None:
    actor = _actor("NAIROBI, Kenya (AP) — The Constitutional Court in a split ruling struck "
                   "down the law.", "Constitutional Court")  # fmt: skip
    assert actor.country == "KEN"
