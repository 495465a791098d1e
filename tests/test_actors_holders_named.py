"""An office holder the text names once and otherwise calls by the office ("Paraguay's
president ordered ... President Rodrigo Salinas said") is one person: the unnamed
mentions join the named one, when exactly one person of the article holds that office
in that country."""

from __future__ import annotations

from eventwire.pipeline import code_text
from eventwire.records import Actor, CodedArticle


def _people(text: str) -> list[Actor]:
    coded = code_text(text, published="2024-06-01")
    assert isinstance(coded, CodedArticle)
    return [a for a in coded.actors if a.kind == "person"]


def test_the_office_before_the_name_is_the_named_person() -> None:
    people = _people(
        "ASUNCION, Paraguay (AP) — Paraguay's president ordered a curfew in two border"
        " districts on Friday. President Rodrigo Salinas said soldiers would patrol the towns."
    )
    assert [(p.name, len(p.mentions)) for p in people] == [("Rodrigo Salinas", 2)]


def test_the_office_after_the_name_is_the_named_person() -> None:
    people = _people(
        "President Lucia Paredes of Bolivia opened the summit on Monday. Later, Bolivia's"
        " president said the talks had gone well."
    )
    assert [(p.name, len(p.mentions)) for p in people] == [("Lucia Paredes", 2)]


def test_another_countrys_office_holder_stays_apart() -> None:
    people = _people(
        "ASUNCION, Paraguay (AP) — Bolivia's president arrived on Monday. President Rodrigo"
        " Salinas greeted her at the airport."
    )
    named = next(p for p in people if p.name == "Rodrigo Salinas")
    assert (named.country, len(named.mentions)) == ("PRY", 1)
    assert sorted(p.country or "" for p in people) == ["BOL", "PRY"]


def test_another_office_stays_apart() -> None:
    people = _people(
        "ASUNCION, Paraguay (AP) — President Rodrigo Salinas met the country's foreign minister"
        " on Thursday. Paraguay's foreign minister said the meeting had gone well."
    )
    assert {p.role for p in people} == {"President", "Foreign Minister"}
    president = next(p for p in people if p.role == "President")
    assert (president.name, len(president.mentions)) == ("Rodrigo Salinas", 1)
