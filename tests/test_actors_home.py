"""The article's home: the dateline's country, unless the dateline is a hub or a venue
and the text is plainly about another country. Stories written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors.home import story_home
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle

PUBLISHED = dt.date(2025, 6, 10)


@pytest.mark.parametrize(
    ("dateline", "mentions", "home"),
    [
        ("AUT", {"IRN": 5, "USA": 2}, "IRN"),  # a venue named nowhere else
        ("KEN", {"SOM": 4, "KEN": 1}, "SOM"),  # a hub named once
        ("GEO", {"GEO": 2, "RUS": 6}, "GEO"),  # the home named twice: stays
        ("BEL", {"HUN": 2}, "BEL"),  # too few mentions to move
        ("KEN", {}, "KEN"),  # nothing named
        ("ARE", {"ARM": 3, "AZE": 3}, "ARM"),  # a tie: the first named
    ],
)
def test_the_dateline_country_unless_the_text_is_about_another(
    dateline: str, mentions: dict[str, int], home: str
) -> None:
    assert story_home(dateline, mentions) == home


def _coded(text: str) -> CodedArticle:
    coded = code_text(text, published=PUBLISHED)
    assert isinstance(coded, CodedArticle)
    return coded


def _country(coded: CodedArticle, name: str) -> str | None:
    return next(a.country for a in coded.actors if a.name == name)


def test_a_venue_dateline_gives_the_story_its_country() -> None:
    coded = _coded(
        "VIENNA — Iran agreed on Tuesday to let inspectors back into two enrichment sites, "
        "after talks with the UN nuclear agency. Iranian negotiators said Tehran would "
        "keep its stockpile. Foreign Minister Dariush Karimi said Iran had shown "
        "goodwill, and the government would wait for Washington's answer."
    )
    assert _country(coded, "Dariush Karimi") == "IRN"
    assert _country(coded, "government") == "IRN"
    assert next(a for a in coded.actors if a.name == "Dariush Karimi").country_how == "article"


def test_a_regional_hub_gives_the_story_its_country() -> None:
    coded = _coded(
        "NAIROBI, Kenya — Fighting between army units and a clan militia near Baidoa killed "
        "at least 12 people, Somali officials said. Residents of Baidoa fled to Mogadishu. "
        "The Interior Ministry said the militia had refused to hand over its weapons."
    )
    assert _country(coded, "Interior Ministry") == "SOM"


def test_a_home_dateline_stays_home_when_a_neighbour_is_named_often() -> None:
    coded = _coded(
        "TBILISI, Georgia — Georgia's parliament passed a law on foreign funding on Tuesday. "
        "Russia welcomed it, Russian media praised it and Moscow said Russia had no part in "
        "it. Georgian opposition leaders said the government had copied a Russian law."
    )
    assert _country(coded, "government") == "GEO"


def test_a_capital_homonym_in_the_dateline_counts_for_its_own_country() -> None:
    # "LONDON, Ky.": the Kentucky town, so the London police are American.
    coded = _coded(
        "LONDON, Ky. — London Police arrested two men on theft charges on Monday. London "
        "officers said the men had broken into cars outside a store in London on Sunday."
    )
    assert coded.article.dateline is not None and coded.article.dateline.country == "USA"
    assert all(a.country == "USA" for a in coded.actors if a.country), [
        (a.name, a.country) for a in coded.actors
    ]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # A bureau's dateline over a sentence about a town or region of another country:
        # the unnamed people there are of the place the sentence names.
        ("BANGKOK (AP) — An army airstrike hit a school in the Sagaing region of Myanmar on "
         "Tuesday, killing 12 people, residents said. Thailand's foreign ministry condemned "
         "the strike.", "residents", "MMR"),
        ("ISTANBUL (AP) — Shelling hit a market in Idlib on Friday, and rescuers said nine "
         "people had died. Turkey's defence ministry condemned the attack, and Syria's "
         "government blamed the rebels.", "people", "SYR"),
        # Places of two countries in the sentence: the dateline still decides.
        ("AMMAN, Jordan (AP) — A bus overturned near Irbid after crossing from Daraa on "
         "Monday, and officials said 11 passengers were hurt. Jordan and Syria opened an "
         "inquiry.", "passengers", "JOR"),
    ],
)  # fmt: skip
def test_an_unnamed_agent_is_of_the_place_its_sentence_names(
    text: str, name: str, country: str
) -> None:
    assert _country(_coded(text), name) == country
