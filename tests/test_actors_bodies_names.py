"""Bodies whose name holds another known body's name, and groups named by their trade."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _actors(text: str) -> dict[str, tuple[str | None, str | None]]:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    return {a.name: (a.country, a.sector) for a in coded.actors}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Nigeria Labour Congress accused the government of lying.",
         "Nigeria Labour Congress", "NGA"),
        ("The Ghana Trades Union Congress called off its strike on Friday.",
         "Ghana Trades Union Congress", "GHA"),
        ("The Zambia Congress of Trade Unions accused the government of lying.",
         "Zambia Congress of Trade Unions", "ZMB"),
    ],
)  # fmt: skip
def test_a_longer_name_is_its_own_body(text: str, name: str, country: str) -> None:
    actors = _actors(text)
    assert actors.get(name, (None, None))[0] == country
    # No word of it is read as the U.S. Congress or Britain's Labour Party.
    assert not any(c in {"USA", "GBR"} for c, _ in actors.values())


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Japan asked the U.N. Security Council to act.", "IGO"),
        ("The U.S. Congress passed the bill on Tuesday.", "USA"),
        ("The European Union Naval Force said pirates seized a ship off Somalia.", "IGO"),
    ],
)
def test_a_known_body_that_opens_or_follows_its_nationality_keeps_its_name(
    text: str, country: str
) -> None:
    assert country in {c for c, _ in _actors(text).values()}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("French rail workers accused the government of lying.", "French rail workers", "FRA"),
        ("Kenyan tea farmers blocked a highway near Kericho.", "Kenyan tea farmers", "KEN"),
        ("South African gold miners accused the company of lying.",
         "South African gold miners", "ZAF"),
    ],
)  # fmt: skip
def test_words_of_a_trade_between_nationality_and_group(text: str, name: str, country: str) -> None:
    assert _actors(text).get(name) == (country, "CVL")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a finite verb the parser hung on the group as its modifier is no qualifier
        ("South Korea scrambled fighter jets after Chinese warplanes entered its air "
         "defense zone.", "South Korea"),
        ("Japan scrambled fighter jets after Russian bombers neared its airspace.", "Japan"),
    ],
)  # fmt: skip
def test_no_verb_between_a_country_and_a_group(text: str, name: str) -> None:
    names = set(_actors(text))
    assert name in names, names
    assert not any("scrambled" in n for n in names), names
