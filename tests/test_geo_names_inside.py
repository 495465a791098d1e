"""Places inside longer names, counted only under the geoparsing convention: a place that
closes the name of a body ("Radio Hamburg", "Air Canada") as well as one that opens it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.geo import Gazetteer, locate


def _toponyms(nlp: Language, gaz: Gazetteer, text: str, *, geoparse: bool) -> dict[str, str]:
    doc = nlp(text)
    return {p.name: p.country or "" for p in locate(doc, gazetteer=gaz, geoparse=geoparse)}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The director told CBC Winnipeg that the shelter was full.", "Winnipeg", "CAN"),
        ("He flew home on an Air Canada jet last week.", "Canada", "CAN"),
        ("Reporters from Radio Hamburg asked the minister about the strike.", "Hamburg", "DEU"),
    ],
)
def test_a_place_closing_a_name_is_a_toponym_for_geoparsing(
    nlp: Language, gaz: Gazetteer, text: str, name: str, country: str
) -> None:
    assert _toponyms(nlp, gaz, text, geoparse=True).get(name) == country
    # Our own convention leaves the body's name alone.
    assert name not in _toponyms(nlp, gaz, text, geoparse=False)


def test_a_small_place_closing_a_name_stays_out(nlp: Language, gaz: Gazetteer) -> None:
    # Neither "Sachs" nor "Jones" names a country, a division or a large city.
    found = _toponyms(
        nlp, gaz, "Analysts at Goldman Sachs and Dow Jones cut forecasts.", geoparse=True
    )
    assert not found


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Turkey is a partner in the U.S.-led campaign against the group.", "U.S.", "USA"),
        ("Staff of the U.K.-based charity left the camp.", "U.K.", "GBR"),
        ("A U.S.-brokered truce held for a week.", "U.S.", "USA"),
    ],
)
def test_a_country_joined_by_a_hyphen_to_a_word_is_a_toponym_for_geoparsing(
    nlp: Language, gaz: Gazetteer, text: str, name: str, country: str
) -> None:
    assert _toponyms(nlp, gaz, text, geoparse=True).get(name) == country
    # For us it only says whose campaign, charity or truce: no place.
    assert name not in _toponyms(nlp, gaz, text, geoparse=False)
