"""Datelines read as places, country first; capitals alone; homonyms decided by the
dateline and the article; vague regions and groups of states; demonyms as a switch."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.extract.dateline import locate_dateline
from eventwire.geo import Gazetteer, locate
from eventwire.records import Place, Span

SPAN = Span(0, 4)


def _dateline(gaz: Gazetteer, text: str) -> tuple[Place, ...]:
    return gaz.resolve_dateline(text, 0)


@pytest.mark.parametrize(
    ("text", "city_country", "admin1"),
    [
        ("TBILISI, Georgia", "GEO", None),
        ("ATLANTA, Georgia", "USA", "GA"),
        ("SAVANNAH, Ga.", "USA", "GA"),
        ("OXFORD, Miss.", "USA", "MS"),
        ("OXFORD, England", "GBR", "ENG"),
        ("PORTLAND, Ore.", "USA", "OR"),
        ("PORTLAND, Maine", "USA", "ME"),
    ],
)
def test_the_part_after_the_comma_is_read_first(
    gaz: Gazetteer, text: str, city_country: str, admin1: str | None
) -> None:
    places = _dateline(gaz, text)
    assert places, text
    city = places[0]
    assert city.feature == "city" and city.country == city_country
    if admin1 is not None:
        assert city.admin1 == admin1
    assert city.span.of(text) == text.split(",")[0]


def test_the_country_after_the_comma_is_a_place_too(gaz: Gazetteer) -> None:
    text = "TBILISI, Georgia"
    city, country = _dateline(gaz, text)
    assert (country.feature, country.country, country.span.of(text)) == (
        "country",
        "GEO",
        "Georgia",
    )
    assert city.geonames_id is not None and country.geonames_id is not None


def test_an_unknown_town_keeps_its_country(gaz: Gazetteer) -> None:
    places = _dateline(gaz, "ZQXVILLE, Kenya")
    assert [(p.feature, p.country) for p in places] == [("country", "KEN")]


@pytest.mark.parametrize(
    ("text", "country"),
    [("ISLAMABAD", "PAK"), ("VALLETTA", "MLT"), ("KINGSTON", "JAM"), ("WASHINGTON", "USA")],
)
def test_a_capital_written_alone_is_that_capital(gaz: Gazetteer, text: str, country: str) -> None:
    (city,) = _dateline(gaz, text)
    assert city.country == country and city.feature == "city"


def test_a_tiny_capital_does_not_outrank_a_large_namesake(gaz: Gazetteer) -> None:
    (city,) = _dateline(gaz, "PLYMOUTH")
    assert city.country == "GBR"


def test_a_place_s_own_name_beats_another_place_s_old_name(gaz: Gazetteer) -> None:
    place = gaz.resolve("Islamabad", SPAN)
    assert place is not None and place.country == "PAK"


@pytest.mark.parametrize(
    "name", ["West", "Gulf", "Middle East", "Balkans", "Sahel", "Horn of Africa"]
)
def test_vague_regions_are_no_one_country(gaz: Gazetteer, name: str) -> None:
    place = gaz.resolve(name, SPAN)
    assert place is not None
    assert (place.country, place.feature, place.rule) == (None, "region", "collective")


def test_the_dateline_decides_a_homonym_in_the_text(nlp: Language, gaz: Gazetteer) -> None:
    text = (
        "TBILISI, Georgia (Wire) - Police in Georgia detained dozens after a rally, and "
        "the U.S. embassy in Tbilisi urged calm."
    )
    dateline = locate_dateline(text)
    assert dateline is not None
    places = locate(nlp(text), dateline=dateline, gazetteer=gaz, geoparse=False)
    georgias = [p for p in places if p.name == "Georgia"]
    assert georgias and all(p.country == "GEO" and p.feature == "country" for p in georgias)
    assert places[0].name == "TBILISI" and places[0].rule == "dateline"


def test_a_us_dateline_makes_a_namesake_american(nlp: Language, gaz: Gazetteer) -> None:
    text = (
        "PORTLAND, Maine - The mayor said buses from Plymouth and Oxford would run again "
        "on Monday after the storm."
    )
    dateline = locate_dateline(text)
    places = locate(nlp(text), dateline=dateline, gazetteer=gaz, geoparse=False)
    named = {p.name: p.country for p in places}
    assert named.get("PORTLAND") == "USA"
    for town in ("Plymouth", "Oxford"):
        if town in named:
            assert named[town] == "USA", (town, named)


def test_regions_are_left_out_by_default_and_kept_for_geoparsing(
    nlp: Language, gaz: Gazetteer
) -> None:
    text = (
        "Moscow warned the West over troops, drought spread across the Horn of Africa "
        "and tension rose in the Gulf."
    )
    doc = nlp(text)
    ours = locate(doc, gazetteer=gaz, geoparse=False)
    assert [p.name for p in ours] == ["Moscow"]
    corpus = locate(doc, gazetteer=gaz, geoparse=True)
    vague = {p.name: p.country for p in corpus if p.rule == "collective"}
    assert vague == {"West": None, "Horn of Africa": None, "Gulf": None}


def test_demonyms_are_places_only_under_the_geoparsing_convention(
    nlp: Language, gaz: Gazetteer
) -> None:
    text = "Turkish troops crossed the border as Kenyan officials met Brazilian envoys."
    doc = nlp(text)
    assert not any(p.rule == "demonym" for p in locate(doc, gazetteer=gaz, geoparse=False))
    corpus = locate(doc, gazetteer=gaz, geoparse=True)
    found = {p.name: p.country for p in corpus if p.rule == "demonym"}
    assert found.get("Turkish") == "TUR"
    assert set(found.values()) <= {"TUR", "KEN", "BRA"} and len(found) >= 2


@pytest.mark.parametrize(
    ("name", "feature", "admin1"),
    [("Delaware", "admin1", "DE"), ("Florida", "admin1", "FL"), ("New York", "city", "NY")],
)
def test_a_state_yields_only_to_a_metropolis_or_capital_of_its_name(
    gaz: Gazetteer, name: str, feature: str, admin1: str
) -> None:
    place = gaz.resolve(name, SPAN, context_countries=["USA"])
    assert place is not None
    assert (place.country, place.feature, place.admin1) == ("USA", feature, admin1)


def test_people_named_by_nationality_are_not_places(nlp: Language, gaz: Gazetteer) -> None:
    text = "Thousands of Cubans and Venezuelans crossed as Peruvian police watched."
    corpus = locate(nlp(text), gazetteer=gaz, geoparse=True)
    names = {p.name for p in corpus if p.rule == "demonym"}
    assert "Cubans" not in names and "Venezuelans" not in names


def test_a_us_county_is_placed_in_the_state_the_article_names(gaz: Gazetteer) -> None:
    place = gaz.resolve("Washington County", SPAN, context_admin1=[("USA", "OR")])
    assert place is not None
    assert (place.feature, place.country, place.admin1) == ("admin2", "USA", "OR")
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize(
    ("text", "admin1"),
    [("GLASGOW, Ky.", "KY"), ("TOMPKINSVILLE, Ky.", "KY"), ("PARIS, Tenn.", "TN")],
)
def test_a_small_town_of_the_dateline_s_state_is_found(
    gaz: Gazetteer, text: str, admin1: str
) -> None:
    city = _dateline(gaz, text)[0]
    assert (city.feature, city.country, city.admin1) == ("city", "USA", admin1)


def test_the_dateline_s_name_keeps_its_reading_in_the_text(nlp: Language, gaz: Gazetteer) -> None:
    text = "PARIS, Tenn. - Crowds at the county fair in Paris broke a record this week."
    places = locate(nlp(text), dateline=locate_dateline(text), gazetteer=gaz, geoparse=False)
    paris = [p for p in places if p.name.casefold() == "paris"]
    assert len(paris) == 2 and all((p.country, p.admin1) == ("USA", "TN") for p in paris)


def test_a_local_dateline_places_the_towns_of_its_state(nlp: Language, gaz: Gazetteer) -> None:
    text = (
        "HOPKINSVILLE, Ky. - A barn fire near Cadiz destroyed the hay, and crews from "
        "Princeton helped put it out."
    )
    places = locate(nlp(text), dateline=locate_dateline(text), gazetteer=gaz, geoparse=False)
    named = {p.name: (p.country, p.admin1) for p in places}
    assert named.get("Cadiz") == ("USA", "KY") and named.get("Princeton") == ("USA", "KY")
