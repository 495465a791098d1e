"""A state's envoy to a body of states ("Russia's U.N. ambassador", "the Kenyan AU
envoy") is that state's official: the state named before the body sent them. The body's
own officers stay the body's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _actor(text: str, word: str) -> tuple[str | None, str | None]:
    coded = code_text(text, published="2025-06-11")
    assert isinstance(coded, CodedArticle)
    actor = next(a for a in coded.actors if word in a.name)
    return actor.country, actor.sector


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # a possessive state before the body and a named envoy
        ("Russia's U.N. ambassador Pavel Orlov dismissed the findings as biased on "
         "Tuesday.", "Orlov", "RUS"),
        # a nationality before the body, no name
        ("The Kenyan AU envoy told reporters that talks would resume next month.",
         "envoy", "KEN"),
        # a possessive state, no name
        ("Britain's U.N. envoy criticised Iran over the seizure of the tanker.",
         "envoy", "GBR"),
        # a nationality before the body, the name in apposition
        ("The Nigerian U.N. ambassador, Musa Bello, called for a ceasefire in Sudan.",
         "Bello", "NGA"),
    ],
)  # fmt: skip
def test_the_sending_state(text: str, word: str, country: str) -> None:
    assert _actor(text, word) == (country, "GOV")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # no state before the body: the body's own envoy
        ("The U.N. envoy for Yemen, Ana Lindqvist, welcomed the truce on Sunday.",
         "Lindqvist"),
        # an office of the body itself, whatever its holder's nationality
        ("Britain's EU commissioner said the bloc would answer the tariffs.",
         "commissioner"),
    ],
)  # fmt: skip
def test_the_bodys_own_officers(text: str, word: str) -> None:
    assert _actor(text, word) == ("IGO", "IGO")
