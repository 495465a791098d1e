"""A hyphenated pair before an event noun names its two parties, first-named as source:
"China-Japan talks", "the U.S.-Ukraine talks", "the India-Pakistan agreement"."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _dyads(text: str) -> set[tuple[str, str | None, str | None]]:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    return {
        (e.type, e.source.country, e.target.country)
        for e in coded.events
        if e.source is not None and e.target is not None
    }


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Officials held China-Japan talks on the disputed islands.", ("CONSULT", "CHN", "JPN")),
        ("The summit in Quebec follows last week's U.S.-Ukraine talks in Jeddah.",
         ("CONSULT", "USA", "UKR")),
        ("The India-Pakistan agreement was signed in Tashkent.", ("AGREE", "IND", "PAK")),
        ("Kenya will host the next round of Ethiopia-Eritrea peace talks.",
         ("CONSULT", "ETH", "ERI")),
    ],
)  # fmt: skip
def test_a_hyphenated_pair_names_both_parties(text: str, event: tuple[str, str, str]) -> None:
    assert event in _dyads(text)


def test_a_hyphenated_word_that_is_no_pair_of_countries_adds_nothing() -> None:
    dyads = _dyads("Kenyan officials held follow-up talks with Somalia.")
    assert ("CONSULT", "KEN", "SOM") in dyads
    assert not any(source is None for _, source, _ in dyads)
