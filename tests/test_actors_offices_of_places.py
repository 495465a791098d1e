"""An office "of" a town or province is held by a person of that place's country ("the
mayor of Istanbul", "the governor of Sindh province", "the mayor of Budapest"); an "of"
phrase that names no place (a bank, a firm) gives no country. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    coded = code_text(text, published="2026-03-10")
    assert isinstance(coded, CodedArticle)
    return {a.name: (a.country, a.sector) for a in coded.actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Police detained the mayor of Istanbul on Tuesday.", "mayor of Istanbul", "TUR"),
        ("The governor of Sindh province criticised the federal budget.",
         "governor of Sindh province", "PAK"),
        ("The mayor of Budapest met the visiting delegation.", "mayor of Budapest", "HUN"),
        ("Protesters marched on the office of the governor of Texas.", "governor of Texas",
         "USA"),
    ],
)  # fmt: skip
def test_an_office_of_a_place_is_held_in_that_place_s_country(
    text: str, name: str, country: str
) -> None:
    assert _people(text).get(name) == (country, "GOV")


def test_the_office_holder_of_a_place_is_the_party_acted_on() -> None:
    coded = code_text("Police in Ankara detained the mayor of Istanbul.", published="2026-03-10")
    assert isinstance(coded, CodedArticle)
    assert any(
        e.type == "COERCE" and e.target is not None and e.target.name == "mayor of Istanbul"
        for e in coded.events
    )


@pytest.mark.parametrize(
    "text",
    [
        "The governor of the central bank warned of rising prices.",
        "The president of Lumatech said the plant would close.",
    ],
)
def test_an_of_phrase_naming_no_place_gives_no_country(text: str) -> None:
    assert all(country is None for country, _ in _people(text).values())
