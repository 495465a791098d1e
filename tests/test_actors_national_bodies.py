"""A party, trade union or association the lexicons do not know, with no nationality in
its name or phrase, belongs to the country the article is about, as an unqualified state
body does; a body whose name says it spans countries does not. Stories written for these
tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _country(text: str, name: str) -> str | None:
    coded = code_text(text, published="2025-06-10")
    assert isinstance(coded, CodedArticle)
    return next((a.country for a in coded.actors if a.name == name), "absent")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a party named in a dateline story
        ("BUCHAREST (AFP) — The opposition National Renewal Party backed the striking "
         "miners on Monday.", "National Renewal Party", "ROU"),
        # a trade union
        ("MALE, Maldives (Reuters) — The Island Dockworkers' Union called a strike at the "
         "port on Tuesday.", "Island Dockworkers' Union", "MDV"),
        # an association, in a story with no dateline about one country
        ("Mongolia raised heating tariffs on Monday. Mongolia's parliament debated the rise, "
         "and the Steppe Pensioners Association condemned it.",
         "Steppe Pensioners Association", "MNG"),
    ],
)  # fmt: skip
def test_a_national_body_takes_the_articles_country(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_a_body_across_countries_stays_without_one() -> None:
    text = (
        "BUCHAREST (AFP) — The International Miners' Federation backed the striking "
        "miners on Monday."
    )
    assert _country(text, "International Miners' Federation") in {None, "absent"}
