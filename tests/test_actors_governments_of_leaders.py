"""A surname alone that names no one in office on the day is the listed person's
country's when every listed person of that name is of one country; written before a
government noun ("the Obama administration") it is that government. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The Obama administration expelled 35 Russian diplomats.",
         ("SANCTION", "USA", "RUS")),
        ("The Biden administration approved the sale of fighter jets to Turkey.",
         ("COOPERATE", "USA", "TUR")),
        ("The Biden administration warned Israel against an offensive in Rafah.",
         ("THREATEN", "USA", "ISR")),
    ],
)  # fmt: skip
def test_the_leaders_government(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country", published="2026-03-10")


def test_the_government_sector() -> None:
    coded = code_text("The Obama administration expelled 35 Russian diplomats.",
                      published="2026-03-10")  # fmt: skip
    assert isinstance(coded, CodedArticle)
    obama = next(a for a in coded.actors if a.name == "Obama")
    assert (obama.country, obama.sector) == ("USA", "GOV")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("LAGOS, Nigeria (AP) — Jones, a local union boss, accused the government of lying.",
         "Jones", "NGA"),
        ("MADRID (AP) — Garcia, a nurse in the capital, accused the government of cutting "
         "hospital budgets.", "Garcia", "ESP"),
    ],
)  # fmt: skip
def test_a_surname_alone_keeps_the_story_country(text: str, name: str, country: str) -> None:
    coded = code_text(text, published="2026-03-10")
    assert isinstance(coded, CodedArticle)
    assert next(a.country for a in coded.actors if a.name == name) == country
