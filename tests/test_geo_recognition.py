"""Toponyms beyond the NER: gazetteer names that their context makes places (a locative
preposition, a place noun, a list with a place), country names the NER missed, and later
mentions of a place the article has already named."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.geo import Gazetteer, locate


def _names(nlp: Language, gaz: Gazetteer, text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in locate(nlp(text), gazetteer=gaz, geoparse=False)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Families fled from Aleppo and Homs to camps near Gaziantep last winter.",
            {"Aleppo": "SYR", "Homs": "SYR", "Gaziantep": "TUR"},
        ),
        (
            "Buses left Townsville, Cairns and Mackay before the cyclone reached the coast.",
            {"Townsville": "AUS", "Cairns": "AUS", "Mackay": "AUS"},
        ),
        (
            "Clashes were reported in the town of Mosul and in Kirkuk province overnight.",
            {"Mosul": "IRQ", "Kirkuk": "IRQ"},
        ),
    ],
)
def test_known_names_in_place_contexts_are_places(
    nlp: Language, gaz: Gazetteer, text: str, expected: dict[str, str]
) -> None:
    found = _names(nlp, gaz, text)
    for name, country in expected.items():
        assert found.get(name) == country, (name, found)


@pytest.mark.parametrize(
    "text",
    [
        "Tunisia was one of the first to ratify the treaty, officials said.",
        "Observers said Tunisia had kept its promise on the vote.",
        "Lawmakers argued that Tunisia should join the talks soon.",
    ],
)
def test_a_country_name_the_ner_missed_is_found(nlp: Language, gaz: Gazetteer, text: str) -> None:
    assert _names(nlp, gaz, text).get("Tunisia") == "TUN"


def test_a_place_named_once_is_found_again(nlp: Language, gaz: Gazetteer) -> None:
    text = (
        "Shelling hit homes in Aleppo on Monday. Aid workers said Aleppo had no power, and "
        "residents of Aleppo queued for bread."
    )
    places = locate(nlp(text), gazetteer=gaz, geoparse=False)
    assert sum(p.name == "Aleppo" for p in places) == 3


@pytest.mark.parametrize(
    "text",
    [
        "The Costa Rica Star newspaper reported the sale on Friday.",
        "Trade with Latin America grew, the ministry said.",
        "Jordan Peterson spoke at the event on Tuesday.",
    ],
)
def test_a_name_inside_a_longer_name_is_not_a_place(
    nlp: Language, gaz: Gazetteer, text: str
) -> None:
    found = _names(nlp, gaz, text)
    assert "Costa Rica" not in found and "America" not in found and "Jordan" not in found


def test_a_country_before_a_noun_stays_out_by_default(nlp: Language, gaz: Gazetteer) -> None:
    text = "Tunisia officials met envoys, and later Tunisia signed the pact."
    places = locate(nlp(text), gazetteer=gaz, geoparse=False)
    assert [p.span.start for p in places if p.name == "Tunisia"] == [text.rindex("Tunisia")]


def test_places_inside_organisation_names_only_for_geoparsing(
    nlp: Language, gaz: Gazetteer
) -> None:
    text = (
        "The Winnipeg Free Press quoted a lecturer at the University of Manitoba, and "
        "the Texas Rangers declined to comment."
    )
    doc = nlp(text)
    ours = {p.name for p in locate(doc, gazetteer=gaz, geoparse=False)}
    assert not ours & {"Winnipeg", "Manitoba", "Texas"}
    corpus = {p.name: p.country for p in locate(doc, gazetteer=gaz, geoparse=True)}
    assert corpus.get("Winnipeg") == "CAN" and corpus.get("Manitoba") == "CAN"
    assert "University" not in corpus


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police said Mark Dunmore, 34, of Riverton, was arrested on Friday.", "Riverton"),
        ("A Hamilton woman was charged with fraud after the raid.", "Hamilton"),
        ("Kelowna Mayor Colin Basran told reporters the road would reopen.", "Kelowna"),
        ("Sheila Brant, 52, of Orchard Lane, Hamilton, was charged on Monday.", "Hamilton"),
        ("Residents of Fenwick Road, Luton, were told to stay indoors.", "Luton"),
    ],
)
def test_where_people_live_and_whose_offices_they_hold(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name in _names(nlp, gaz, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mark Dunmore of Reuters reported the fire on Friday.",
        "The woman said Hamilton was her favourite musical.",
        "A Dunmore family spokesman declined to comment.",
    ],
)
def test_names_of_people_s_employers_or_works_stay_out(
    nlp: Language, gaz: Gazetteer, text: str
) -> None:
    assert not _names(nlp, gaz, text)


@pytest.mark.parametrize(
    ("text", "name", "geonames_id"),
    [
        ("Exporters in Europe faced new tariffs on steel this spring.", "Europe", 6255148),
        ("The drought spread across Africa, the agency in Nairobi said.", "Africa", 6255146),
        ("Flights between North America and Asia resumed on Monday.", "North America", 6255149),
    ],
)
def test_a_continent_is_a_toponym_only_for_geoparsing(
    nlp: Language, gaz: Gazetteer, text: str, name: str, geonames_id: int
) -> None:
    doc = nlp(text)
    corpus = {p.name: p for p in locate(doc, gazetteer=gaz, geoparse=True)}
    assert name in corpus and corpus[name].geonames_id == geonames_id
    assert name not in {p.name for p in locate(doc, gazetteer=gaz, geoparse=False)}


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        # small towns the NER reads as bodies, after a locative preposition, in a story
        # about their country: the town of that country
        ("ABUJA, Nigeria (AP) — Gunmen abducted 276 schoolgirls from Chibok in 2014.",
         "Chibok", "NGA"),
        ("KUALA LUMPUR, Malaysia (AP) — Smugglers fled from Rantau Panjang on Friday.",
         "Rantau Panjang", "MYS"),
    ],
)  # fmt: skip
def test_a_small_town_read_as_a_body_is_found_in_its_country(
    nlp: Language, gaz: Gazetteer, text: str, town: str, country: str
) -> None:
    assert _names(nlp, gaz, text).get(town) == country


def test_a_small_town_is_no_place_in_a_story_about_elsewhere(nlp: Language, gaz: Gazetteer) -> None:
    found = _names(nlp, gaz, "LONDON (AP) — Gunmen abducted 276 schoolgirls from Chibok in 2014.")
    assert "Chibok" not in found, found


def test_the_surname_of_a_person_named_in_full_is_no_small_town(
    nlp: Language, gaz: Gazetteer
) -> None:
    text = ("LONDON (AP) — Defence Secretary John Healey met his French counterpart on Monday. "
            "The offer came from Healey on Monday.")  # fmt: skip
    assert "Healey" not in _names(nlp, gaz, text)
