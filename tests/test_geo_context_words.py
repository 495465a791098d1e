"""Words around a place name that change what it is: a sports club's words around a
town's name ("Real Madrid", "Leeds United"), a nationality before a kind of place ("the
Spanish port of Cartagena"), and a part of a town ("the Victoria area of Kampala")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.geo import Gazetteer
from eventwire.geo.locate import Mention, _club
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle, Place, Span
from located_names import located_names


def _places(text: str) -> dict[str, Place]:
    coded = code_text(text, published="2021-03-01")
    assert isinstance(coded, CodedArticle)
    return {p.name: p for p in coded.places}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The striker signed for Real Madrid after a long summer of talks.", "Madrid"),
        ("A late goal gave Inter Milan the points on a cold night.", "Milan"),
        ("Supporters of FC Porto waited for hours at the gates.", "Porto"),
        ("The coach of Leeds United was sent to the stands.", "Leeds"),
        ("Wigan Athletic sold their captain in January.", "Wigan"),
        ("His transfer to Atletico    Madrid was confirmed on Friday.", "Madrid"),
    ],
)
def test_a_town_inside_a_club_s_name_is_no_place(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name not in located_names(nlp, gaz, text)
    assert name not in located_names(nlp, gaz, text, geoparse=False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thousands of fans celebrated the title in Madrid overnight.", "Madrid"),
        ("The club's owners flew from Milan to London for the meeting.", "Milan"),
        ("Floods closed schools across Leeds and Bradford on Tuesday.", "Leeds"),
    ],
)
def test_a_town_without_a_club_s_words_stays_a_place(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name in located_names(nlp, gaz, text)


def test_a_country_keeps_its_name_beside_a_club_word(gaz: Gazetteer) -> None:
    text = "A draw with Sporting Ghana and Sporting Braga left them third."
    ghana, braga = text.index("Ghana"), text.index("Braga")
    assert not _club(text, Mention("Ghana", Span(ghana, ghana + 5)), gaz)
    assert _club(text, Mention("Braga", Span(braga, braga + 5)), gaz)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Fans gathered in the Canadian city of London on Saturday night.", "London", "CAN"),
        ("A fire broke out near the Spanish port of Cartagena overnight.", "Cartagena", "ESP"),
        ("Talks resumed in the southern Spanish city of Cartagena on Monday.", "Cartagena", "ESP"),
    ],
)
def test_a_nationality_before_a_kind_of_place_picks_that_country_s_namesake(
    text: str, name: str, country: str
) -> None:
    assert _places(text)[name].country == country


def test_a_nationality_whose_country_has_no_such_place_changes_nothing() -> None:
    place = _places("Fans gathered in the Canadian city of Moscow, a reporter wrote.")["Moscow"]
    assert place.country == "RUS"


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        ("Fighting broke out in the Victoria area of Kampala on Friday.", "Victoria", "Kampala"),
        (
            "Police fired tear gas in the Kanyama district of Lusaka, Zambia, on Monday.",
            "Kanyama",
            "Lusaka",
        ),
    ],
)
def test_a_part_of_a_town_lies_in_that_town(text: str, name: str, town: str) -> None:
    places = _places(text)
    assert places[name].country == places[town].country
    assert (places[name].lat, places[name].lon) == (places[town].lat, places[town].lon)
    assert places[name].rule == "part"


def test_a_part_of_a_town_known_near_it_keeps_its_own_entry() -> None:
    places = _places("Residents of the Brixton district of London marched on Sunday.")
    assert places["Brixton"].country == "GBR"
    assert places["Brixton"].rule != "part"
