"""A name the small model tags as an organisation, whose whole text is a large city of the
gazetteer, is that city wherever it stands. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _places(text: str) -> list[tuple[str, str | None]]:
    coded = code_text(text, published=dt.date(2026, 5, 1))
    assert isinstance(coded, CodedArticle)
    return [(p.name, p.country) for p in coded.places]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A flood wave passed Sukkur earlier in the week.", ("Sukkur", "PAK")),
        ("Many migrants pass through Cúcuta on their way to the capital.", ("Cúcuta", "COL")),
        ("Sukkur recorded its highest river level in four years on Friday.", ("Sukkur", "PAK")),
    ],
)
def test_a_large_city_tagged_as_an_organisation_is_a_place(
    text: str, place: tuple[str, str]
) -> None:
    assert place in _places(text)


def test_a_team_named_for_its_city_is_still_no_place() -> None:
    assert _places("Real Madrid beat Barcelona on Sunday.") == []
