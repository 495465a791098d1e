"""An office holder the text names once and otherwise calls by the office ("Ecuador's
president declared ... President Esteban Arteaga said") is one person: the unnamed
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
        "QUITO, Ecuador (AP) — Ecuador's president declared an emergency in three provinces"
        " on Thursday. President Esteban Arteaga said troops would take control of the jails."
    )
    assert [(p.name, len(p.mentions)) for p in people] == [("Esteban Arteaga", 2)]


def test_the_office_after_the_name_is_the_named_person() -> None:
    people = _people(
        "President Mariana Rojas of Bolivia opened the summit on Monday. Later, Bolivia's"
        " president said the talks had gone well."
    )
    assert [(p.name, len(p.mentions)) for p in people] == [("Mariana Rojas", 2)]


def test_another_countrys_office_holder_stays_apart() -> None:
    people = _people(
        "QUITO, Ecuador (AP) — Bolivia's president arrived on Monday. President Esteban"
        " Arteaga greeted her at the airport."
    )
    named = next(p for p in people if p.name == "Esteban Arteaga")
    assert (named.country, len(named.mentions)) == ("ECU", 1)
    assert sorted(p.country or "" for p in people) == ["BOL", "ECU"]


def test_another_office_stays_apart() -> None:
    people = _people(
        "QUITO, Ecuador (AP) — President Esteban Arteaga met the country's foreign minister"
        " on Thursday. Ecuador's foreign minister said the meeting had gone well."
    )
    assert {p.role for p in people} == {"President", "Foreign Minister"}
    president = next(p for p in people if p.role == "President")
    assert (president.name, len(president.mentions)) == ("Esteban Arteaga", 1)
