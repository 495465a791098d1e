"""A bare "Congo" is the Democratic Republic of the Congo, as wire copy writes it and as
the actor lexicon reads it; the Republic of the Congo is written with its own name
("Congo Republic", "Republic of the Congo", "Congo-Brazzaville"). The places and the
actors of one story agree. A dateline's city decides between the two ("BRAZZAVILLE,
Congo"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.geo import Gazetteer
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle, Span

SPAN = Span(0, 5)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Congo", "COD"),
        ("Democratic Republic of the Congo", "COD"),
        ("DR Congo", "COD"),
        ("Republic of the Congo", "COG"),
        ("Congo Republic", "COG"),
        ("Congo-Brazzaville", "COG"),
    ],
)
def test_the_names_of_the_two_congos(gaz: Gazetteer, name: str, country: str) -> None:
    place = gaz.resolve(name, SPAN)
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("BRAZZAVILLE, Congo (AP) — Police arrested 20 opposition supporters.", "COG"),
        ("KINSHASA, Congo (AP) — Police arrested 20 opposition supporters.", "COD"),
    ],
)
def test_a_dateline_city_decides_which_congo(text: str, country: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    assert coded.article.dateline is not None and coded.article.dateline.country == country
    assert [e.source.country for e in coded.events if e.source] == [country]


@pytest.mark.parametrize(
    "text",
    [
        "GOMA (AP) — M23 rebels seized a mining town in eastern Congo on Wednesday.",
        "Congo's army clashed with rebels near the Ugandan border on Tuesday, and Congo "
        "said it would send more troops to the east.",
    ],
)
def test_a_story_s_places_and_actors_give_congo_one_country(text: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    congos = [p.country for p in coded.places if p.name == "Congo"]
    assert congos and set(congos) == {"COD"}
    assert all(a.country == "COD" for a in coded.actors if "Congo" in a.name)
