"""A state's or province's abbreviation after a place and a comma ("Paris, Tenn.", "Dauphin,
Man."): the abbreviation is that division, and the place is the one inside it."""

from __future__ import annotations

import pytest

from eventwire.geo.gazetteer import Gazetteer
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle, Place, Span


def _places(text: str) -> list[Place]:
    coded = code_text(text, published="2019-06-01")
    assert isinstance(coded, CodedArticle)
    return list(coded.places)


def _named(text: str, name: str) -> Place:
    found = [p for p in _places(text) if p.name == name]
    assert found, f"{name!r} is no place of {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("The mayor of Paris, Tenn., said the bridge would reopen.", "Paris", "USA", "TN"),
        ("Two barns burned outside Lexington, Va. on Sunday night.", "Lexington", "USA", "VA"),
        ("She was born in Dauphin, Man. and raised on a farm.", "Dauphin", "CAN", None),
        ("Crews near Fort St. John, B.C. cleared the highway.", "Fort St. John", "CAN", None),
    ],
)
def test_the_place_before_the_abbreviation_lies_inside_its_division(
    text: str, name: str, country: str, admin1: str | None
) -> None:
    place = _named(text, name)
    assert place.country == country
    if admin1 is not None:
        assert place.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "written", "country", "admin1"),
    [
        ("The plant in Paris, Tenn., will hire 40 workers.", "Tenn.", "USA", "TN"),
        # "Washington" alone would be the capital; "Wash." is always the state.
        ("Rain flooded basements in Spokane, Wash., overnight.", "Wash.", "USA", "WA"),
        ("A teacher from Brandon, Man. won the award.", "Man.", "CAN", "CA-MB"),
    ],
)
def test_the_abbreviation_is_its_state_or_province(
    text: str, written: str, country: str, admin1: str
) -> None:
    place = _named(text, written)
    assert (place.country, place.admin1, place.feature) == (country, admin1, "admin1")


def test_an_abbreviation_after_no_place_of_its_division_is_no_place() -> None:
    # No town of Tennessee is called "Hartwell Jones": the words before are a person's.
    places = _places("The award went to Hartwell Jones, Tenn. native, last spring.")
    assert not any(p.name == "Tenn." for p in places)


def test_an_abbreviation_standing_alone_is_no_place() -> None:
    places = _places("They went to Mass. on Sunday and then had lunch.")
    assert not any(p.name.startswith("Mass") for p in places)


def test_the_abbreviation_does_not_read_as_a_town_of_its_letters() -> None:
    # "Man." is no city of Côte d'Ivoire, here or in the article's context.
    places = _places("The crash near Dauphin, Man. closed the road to Winnipeg.")
    assert all(p.country == "CAN" for p in places)


def test_a_dateline_with_a_province_abbreviation_places_the_city() -> None:
    gazetteer = Gazetteer.default()
    city, province = gazetteer.resolve_dateline("BRANDON, Man.", 0)
    assert (city.name, city.country) == ("BRANDON", "CAN")
    assert province.span == Span(9, 13)
    assert province.admin1 == "CA-MB"


def test_abbreviated_division_answers_only_for_abbreviations() -> None:
    gazetteer = Gazetteer.default()
    assert gazetteer.abbreviated_division("Ky.", Span(0, 3)) is not None
    assert gazetteer.abbreviated_division("Sky", Span(0, 3)) is None
