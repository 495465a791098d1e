"""The words right after a place: the region that holds it ("Paris, Idaho"), a place it
lies near ("Kingston, south of Brisbane"); and an age after a name makes it a person's."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle, Place


def _places(text: str) -> dict[str, Place]:
    coded = code_text(text, published="2017-01-01")
    assert isinstance(coded, CodedArticle)
    return {p.name: p for p in coded.places}


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("He grew up in Paris, Idaho, and moved away at 18.", "Paris", "USA", "ID"),
        ("The mill in Paris, Texas, closed last year.", "Paris", "USA", "TX"),
        ("A plant in Kingston, Ontario, will close in May.", "Kingston", "CAN", None),
        ("Floods cut roads around Richmond, Virginia, on Monday.", "Richmond", "USA", "VA"),
    ],
)
def test_a_state_province_or_country_after_a_comma_holds_the_place(
    text: str, name: str, country: str, admin1: str | None
) -> None:
    place = _places(text)[name]
    assert place.country == country
    if admin1 is not None:
        assert place.admin1 == admin1


def test_a_direction_from_another_place_puts_it_near_that_place() -> None:
    place = _places("A boy was hurt in Kingston, south of Brisbane, on Sunday.")["Kingston"]
    assert place.country == "AUS"
    assert place.rule == "near"


def test_a_list_of_cities_is_no_qualifier() -> None:
    places = _places("Leaders met in London, Paris and Berlin on Monday.")
    assert places["London"].country == "GBR"
    assert places["Paris"].country == "FRA"


def test_a_division_alone_outranks_a_smaller_city_of_its_name() -> None:
    # Ontario, California, is a city of 180,000; the province holds millions.
    assert _places("Ontario will add a levy on power exports.")["Ontario"].country == "CAN"


def test_a_name_with_an_age_after_it_is_a_person_not_a_place() -> None:
    places = _places("Burton, 39, runs a vegetable garden in Paris, Texas.")
    assert "Burton" not in places
    assert places["Paris"].admin1 == "TX"


def test_a_city_chosen_by_size_is_the_namesake_near_the_articles_other_cities() -> None:
    places = _places("Police in London said a man died. The case recalls a shooting in "
                     "Windsor and another in Sarnia.")  # fmt: skip
    assert (places["London"].country, places["London"].rule) == ("CAN", "neighbour")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Damascus, Maryland, and Lebanon, Pennsylvania, lie near US capitals and towns:
        # named beside another capital, a capital is its state's seat, not a namesake.
        ("Washington restored diplomatic relations with Damascus on Thursday.",
         "Damascus", "SYR"),
        ("Officials in Washington and Damascus traded accusations.", "Damascus", "SYR"),
        ("Moscow and Paris recalled their envoys.", "Paris", "FRA"),
    ],
)  # fmt: skip
def test_a_capital_beside_another_capital_is_no_small_namesake(
    text: str, name: str, country: str
) -> None:
    assert _places(text)[name].country == country


def test_cities_far_apart_keep_their_largest_namesakes() -> None:
    places = _places("Leaders met in London and Paris on Monday.")
    assert (places["London"].country, places["Paris"].country) == ("GBR", "FRA")


@pytest.mark.parametrize(
    "text",
    [
        "The case went to the U.S. District Court for the Southern District of Ohio.",
        "Its markets are the Netherlands and Eastern and Southern Europe.",
    ],
)
def test_a_compass_word_is_no_place_by_size_alone(text: str) -> None:
    assert not {"Southern", "Eastern"} & set(_places(text))


def test_a_compass_division_of_a_country_the_article_names_is_a_place() -> None:
    place = _places("Botswana's government sent food to the Southern District.")["Southern"]
    assert place.country == "BWA"


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("INDIANAPOLIS (AP) - Officials in Clark County, Nevada, counted ballots late.",
         "Clark County", "NV"),
        ("DENVER (AP) - A bridge in Washington County, Oregon, was closed on Monday.",
         "Washington County", "OR"),
        ("ATLANTA (AP) - Floodwater covered roads in Polk County, Iowa, after the storm.",
         "Polk County", "IA"),
    ],
)  # fmt: skip
def test_a_county_is_held_by_the_state_after_it_over_the_dateline_s_state(
    text: str, name: str, admin1: str
) -> None:
    # Counties carry no GeoNames id: the reading in the named state is told apart by its
    # state and point.
    place = _places(text)[name]
    assert (place.country, place.admin1, place.rule) == ("USA", admin1, "qualified")
