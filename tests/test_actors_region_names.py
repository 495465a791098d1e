"""A country's word that ends the name of a region no one country holds ("Latin
America", "South American", "Central American") is the region, not that country; the
same word alone, or a people of the country ("African American voters"), keeps it.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def countries(text: str) -> set[str | None]:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    return {a.country for a in coded.actors}


def actors(text: str) -> dict[str, str | None]:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    return {a.name: a.country for a in coded.actors}


@pytest.mark.parametrize(
    "text",
    [
        "Caracas ordered the envoys of seven Latin American governments to leave.",
        "South American ministers met in Quito to talk about river pollution.",
        "Central American migrants clashed with Mexican police at the border.",
        "Venezuela accused Latin America's conservative leaders of backing a coup.",
    ],
)  # fmt: skip
def test_a_region_is_no_state(text: str) -> None:
    assert "USA" not in countries(text)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Latin American leaders met Brazil's president in Brasilia.",
         {"Brazil's president": "BRA"}),
        ("Colombia's president criticised South American leaders over the vote.",
         {"Colombia's president": "COL"}),
        ("North American ministers met Mexico's president in the capital.",
         {"Mexico's president": "MEX"}),
    ],
)  # fmt: skip
def test_what_a_region_qualifies_is_of_no_state(text: str, named: dict[str, str]) -> None:
    # The region's people are given no country, not the other party's.
    assert actors(text) == named


@pytest.mark.parametrize(
    "text",
    [
        "American diplomats met their Mexican counterparts in Monterrey.",
        "African American voters protested outside the statehouse in Atlanta.",
    ],
)  # fmt: skip
def test_the_country_word_alone_keeps_its_state(text: str) -> None:
    assert "USA" in countries(text)
