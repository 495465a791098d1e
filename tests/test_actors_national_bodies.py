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
        ("SOFIA (AFP) — The opposition Citizens' Reform Party backed the striking rail "
         "workers on Monday.", "Citizens' Reform Party", "BGR"),
        # a trade union
        ("MALE, Maldives (Reuters) — The Island Dockworkers' Union called a strike at the "
         "port on Tuesday.", "Island Dockworkers' Union", "MDV"),
        # an association, in a story with no dateline about one country
        ("Uruguay raised fuel prices on Monday. Uruguay's parliament debated the rise, "
         "and the River Plate Pensioners Association condemned it.",
         "River Plate Pensioners Association", "URY"),
    ],
)  # fmt: skip
def test_a_national_body_takes_the_articles_country(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_a_body_across_countries_stays_without_one() -> None:
    text = (
        "SOFIA (AFP) — The International Rail Workers' Federation backed the striking "
        "rail workers on Monday."
    )
    assert _country(text, "International Rail Workers' Federation") in {None, "absent"}
