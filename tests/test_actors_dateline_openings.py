"""Wire-story openings: "CITY, DATE - Nationality Title Name verb ...". The dateline is a
place and a date, never an actor; the titled person is the source of the lead's event."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle, Event

PUBLISHED = dt.date(2025, 6, 10)

# Invented people, so the test exercises nationality and title rather than a known name.
OPENINGS = [
    # em dash, country after the city, no date
    (
        "KAMPALA, Uganda — Ugandan Foreign Minister Okello Dembe accused Kenya of "
        "arming rebels along the border, his office said.",
        "UGA",
        "KEN",
    ),
    # hyphen, all-caps city alone, date after the place
    (
        "LIMA, June 9 - Peruvian Defence Minister Rosa Quispe met Chilean officials to "
        "discuss joint patrols on the frontier.",
        "PER",
        "CHL",
    ),
    # agency in brackets before an em dash
    (
        "ACCRA, Ghana, June 9 (Newswire) — Ghanaian Interior Minister Kofi Mensah "
        "condemned Togo for closing the frontier without notice.",
        "GHA",
        "TGO",
    ),
    # day-first date and an en dash
    (
        "NAIROBI, 9 June 2025 (Newswire) – Kenyan Trade Minister Wanjiru Kamau rejected "
        "Tanzania's offer of a new customs deal.",
        "KEN",
        "TZA",
    ),
    # title-case city with the agency
    (
        "Manila (Newswire) - Philippine Foreign Secretary Maria Santos criticised China "
        "over the seizure of a fishing boat.",
        "PHL",
        "CHN",
    ),
]


def _coded(text: str) -> CodedArticle:
    coded = code_text(text, published=PUBLISHED)
    assert isinstance(coded, CodedArticle)
    return coded


def _lead_event(coded: CodedArticle) -> Event:
    assert coded.events, coded.article.text
    return coded.events[0]


@pytest.mark.parametrize(("text", "source", "target"), OPENINGS)
def test_the_titled_person_is_the_source(text: str, source: str, target: str) -> None:
    coded = _coded(text)
    event = _lead_event(coded)
    assert event.source is not None and event.source.kind == "person"
    assert event.source.country == source and event.source.actor_id
    assert event.source.role
    assert event.target is not None and event.target.country == target


@pytest.mark.parametrize(("text", "source", "target"), OPENINGS)
def test_no_actor_sits_in_the_dateline(text: str, source: str, target: str) -> None:
    coded = _coded(text)
    dateline = coded.article.dateline
    assert dateline is not None
    for actor in coded.actors:
        for mention in actor.mentions:
            assert mention.start >= dateline.span.end, (actor.name, mention)


def test_the_dateline_country_is_the_home_of_the_government() -> None:
    coded = _coded(
        "ISLAMABAD — The government shut its airspace to Indian airlines on Thursday, "
        "officials said."
    )
    countries = {a.name: a.country for a in coded.actors}
    assert countries.get("government") == "PAK"
    assert coded.article.dateline is not None and coded.article.dateline.country == "PAK"
    place = coded.places[0]
    assert (place.name, place.country, place.rule) == ("ISLAMABAD", "PAK", "dateline")
