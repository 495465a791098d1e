"""Two lexicon titles that overlap ("main opposition" and "opposition party" in "the main
opposition party"), and adjectives between an owner and its body ("Malawi's main
opposition party"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _actors(text: str) -> list[tuple[str, str | None, str | None]]:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    return [(a.name, a.country, a.sector) for a in coded.actors]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The main opposition party in Peru called for fresh elections.",
         ("opposition party", "PER", "OPP")),
        ("Malawi's main opposition party rejected the election results on Saturday.",
         ("Malawi's main opposition party", "MWI", "OPP")),
        ("Nigeria's powerful army denied the claims on Monday.",
         ("Nigeria's powerful army", "NGA", "MIL")),
        ("Ukraine imposed sanctions on dozens of Russian defence firms.",
         ("Russian defence firms", "RUS", "BUS")),
        ("On October 18, more than 300 migrants were deported by Mexican immigration "
         "authorities.", ("Mexican immigration authorities", "MEX", "GOV")),
    ],
)  # fmt: skip
def test_the_body_is_read_whole(text: str, actor: tuple[str, str, str]) -> None:
    assert actor in _actors(text)


def test_a_noun_compound_keeps_its_first_words() -> None:
    # "coast guard" and "guard ships" are as long: the one opening on a noun, written
    # first, stays.
    found = _actors("Chinese coast guard ships fired water cannon at a Philippine supply boat.")
    assert ("Chinese coast guard", "CHN", "MIL") in found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Lebanon's largest union said it would stage a strike next week.",
         ("Lebanon's largest union", "LBN", "CVL")),
        ("The teachers' union in Chile called a strike for Thursday.",
         ("union", "CHL", "CVL")),
    ],
)  # fmt: skip
def test_a_union_is_a_body_of_its_country(text: str, actor: tuple[str, str, str]) -> None:
    # A union with no trade named is civil society (drafts.py's sector words).
    assert actor in _actors(text)


def test_a_named_union_stays_the_body() -> None:
    found = _actors("The European Union imposed sanctions on Belarus.")
    assert ("European Union", "IGO", "IGO") in found
    assert not any(sector == "CVL" for _, _, sector in found)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Peru's biggest miners' union began a strike on Tuesday.",
         ("Peru's biggest miners' union", "PER", "CVL")),
        ("Kenya's main teachers' union rejected the pay offer.",
         ("Kenya's main teachers' union", "KEN", "CVL")),
        ("Nigerian doctors' unions said they would walk out next week.",
         ("Nigerian doctors' unions", "NGA", "CVL")),
    ],
)  # fmt: skip
def test_a_plural_possessive_belongs_to_the_body_it_owns(
    text: str, actor: tuple[str, str, str]
) -> None:
    """ "miners'" in "Peru's biggest miners' union" says whose union it is: one body with
    the owner's country, and no second actor for the miners inside it."""
    actors = _actors(text)
    assert actor in actors
    assert len(actors) == 1, actors
