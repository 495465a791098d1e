"""A ministry named by its office noun ("the foreign ministry", "Peru's interior
ministry", "the prosecutor's office") is an organisation, placed as a group noun is: by
the nationality or owner written with it, else by the document."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import Actor, CodedArticle


def _actors(text: str) -> list[Actor]:
    coded = code_text(text, published="2024-06-01")
    assert isinstance(coded, CodedArticle)
    return list(coded.actors)


def _named(actors: list[Actor], words: str) -> Actor:
    return next(a for a in actors if words in a.name.lower())


@pytest.mark.parametrize(
    ("text", "words", "country", "sector"),
    [
        ("Peru's interior ministry said 40 people were detained.", "interior ministry",
         "PER", "GOV"),
        ("The Chilean defence ministry denied the report on Tuesday.", "defence ministry",
         "CHL", "MIL"),
        ("Ghana's finance ministry cut its growth forecast.", "finance ministry", "GHA", "GOV"),
        ("The Bolivian prosecutor's office opened an inquiry.", "prosecutor's office", "BOL",
         "JUD"),
    ],
)  # fmt: skip
def test_a_ministry_is_an_organisation_of_its_country(
    text: str, words: str, country: str, sector: str
) -> None:
    actor = _named(_actors(text), words)
    assert (actor.kind, actor.country, actor.sector) == ("organisation", country, sector)


def test_a_ministry_with_no_nationality_is_placed_by_the_dateline() -> None:
    actors = _actors("LIMA, Peru (AP) — The foreign ministry summoned the envoy on Monday.")
    actor = _named(actors, "foreign ministry")
    assert (actor.kind, actor.country) == ("organisation", "PER")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Peruvian ministries cut their budgets.", "ministries"),
        ("Peruvian troops crossed the river.", "troops"),
        ("The Peruvian embassy issued a travel warning.", "embassy"),
    ],
)
def test_plural_ministries_troops_and_embassies_stay_groups(text: str, words: str) -> None:
    assert _named(_actors(text), words).kind == "group"
