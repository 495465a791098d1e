"""Named local places the gazetteer has no entry for (``eventwire.geo.local``): streets,
squares, markets, bridges, rivers and neighbourhoods, placed at the point of the town that
holds them, and names that only look like them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.earth import distance_km
from eventwire.pipeline import code_text
from eventwire.records import Place


def _places(text: str) -> dict[str, Place]:
    return {p.name: p for p in code_text(text, published="2026-05-04").places}


def _at(place: Place, other: Place) -> bool:
    assert place.lat is not None and place.lon is not None
    assert other.lat is not None and other.lon is not None
    return distance_km(place.lat, place.lon, other.lat, other.lon) < 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "MOMBASA, Kenya — Police closed Kestrel Avenue on Sunday after a fuel tanker "
            "overturned near the port.",
            "Kestrel Avenue",
        ),
        (
            "MOMBASA, Kenya — Hundreds of traders gathered at Tamarind Square to protest "
            "against new market fees.",
            "Tamarind Square",
        ),
        (
            "MOMBASA, Kenya — Engineers inspected the Old Ferry Bridge after a barge struck "
            "one of its piers.",
            "Old Ferry Bridge",
        ),
    ],
)
def test_a_named_street_square_or_bridge_lies_in_the_dateline_city(text: str, name: str) -> None:
    places = _places(text)
    assert name in places
    local = places[name]
    assert local.feature == "local" and local.geonames_id is None
    assert local.country == "KEN"
    assert _at(local, places["MOMBASA"])


def test_the_town_written_after_a_local_place_holds_it() -> None:
    places = _places(
        "NAIROBI, Kenya — Traders at Oyelaran Market in Ibadan said the price of rice had "
        "doubled since January."
    )
    market = places["Oyelaran Market"]
    assert market.country == "NGA"
    assert _at(market, places["Ibadan"])


def test_a_list_of_neighbourhoods_shares_the_town_of_its_last_member() -> None:
    places = _places(
        "Floodwater entered homes in the Kivuli and Mwangaza neighbourhoods of Kisumu on "
        "Monday, the Kenya Red Cross said."
    )
    for name in ("Kivuli", "Mwangaza"):
        assert places[name].feature == "local"
        assert _at(places[name], places["Kisumu"])


def test_a_name_before_a_kind_of_place_is_local() -> None:
    places = _places(
        "MALINDI, Kenya — The Sabaki river burst its banks overnight, cutting the road to "
        "the airport."
    )
    river = places["Sabaki"]
    assert river.feature == "local" and river.country == "KEN"


def test_a_compass_part_of_a_named_town_lies_at_that_town() -> None:
    places = _places(
        "Pumps in North Surabaya failed after the storm, officials in Surabaya said on Tuesday."
    )
    part = places["North Surabaya"]
    assert part.feature == "local"
    assert _at(part, places["Surabaya"])


def test_an_article_that_names_no_town_places_no_local_name() -> None:
    places = _places("Protesters gathered in Tamarind Square on Friday to demand new elections.")
    assert "Tamarind Square" not in places


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI, Kenya — The Carter Center said the count had been orderly.",
        "CAIRO — The Coptic Church said its services would go ahead on Sunday.",
        "NEW YORK — Wall Street rallied after the central bank held rates.",
    ],
)
def test_bodies_and_seats_of_institutions_are_no_local_places(text: str) -> None:
    assert not [p for p in code_text(text).places if p.feature == "local"]


def test_a_place_label_with_no_place_words_around_it_is_no_local_place() -> None:
    places = _places(
        "NAIROBI, Kenya — The president's daughters, Malia and Sasha, joined him at the "
        "state dinner."
    )
    assert "Malia" not in places and "Sasha" not in places


def test_towns_the_parser_ran_together_are_each_a_place() -> None:
    places = _places("KUTAISI, Georgia — Buses carried voters from Zugdidi, Gori and Telavi.")
    for name in ("Zugdidi", "Gori", "Telavi"):
        assert places[name].country == "GEO"
        assert places[name].geonames_id is not None


def test_a_town_abroad_earlier_in_the_sentence_does_not_hold_it() -> None:
    places = _places(
        "ISTANBUL — A grain ship that left the Ukrainian port of Odesa on Monday was towed "
        "to an anchorage near Kumkapi Harbour, the coastal agency said."
    )
    harbour = places["Kumkapi Harbour"]
    assert harbour.country == "TUR"
    assert _at(harbour, places["ISTANBUL"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("TOKYO — The missile came down in the Pacific, the defence ministry said.", "Pacific"),
        ("LISBON — The yacht was last seen in the Atlantic on Sunday.", "Atlantic"),
    ],
)
def test_a_sea_named_without_its_generic_word_is_that_sea(text: str, name: str) -> None:
    place = _places(text)[name]
    assert place.feature == "region" and place.country is None


def test_a_faith_after_in_is_no_place() -> None:
    places = _places("JERUSALEM — The mosque is among the holiest sites in Islam, clerics said.")
    assert "Islam" not in places


def test_a_list_of_names_before_a_kind_of_place_is_local() -> None:
    places = _places(
        "NAIROBI, Kenya — In Mombasa, the Bombolulu and Magongo neighbourhoods were "
        "flooded overnight."
    )
    for name in ("Bombolulu", "Magongo"):
        assert places[name].feature == "local"
        assert _at(places[name], places["Mombasa"])
