"""An event's date is the date of its own clause: a relative clause or apposition about a
participant does not date it; a past event's yearless date never falls after publication;
a year alone stays a year."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle, Event
from eventwire.timex import resolve

PUBLISHED = dt.date(2025, 5, 14)


def _events(text: str) -> tuple[Event, ...]:
    coded = code_text(text, published=PUBLISHED)
    assert isinstance(coded, CodedArticle)
    assert coded.events, text
    return coded.events


@pytest.mark.parametrize(
    "text",
    [
        "Chile accused Peru of protecting the militia, which seized the port in March 2019.",
        "Kenya condemned Somalia for sheltering the general, who led a coup in 2017.",
        "Brazil criticised Venezuela over the election, held in November 2018.",
    ],
)
def test_an_aside_about_a_participant_does_not_date_the_event(text: str) -> None:
    event = _events(text)[0]
    assert event.when is not None
    assert event.when.date.year == PUBLISHED.year, (event.when, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile accused Peru of smuggling in March 2025.",
        "In January 2025 Kenya condemned Somalia for the raid.",
    ],
)
def test_the_trigger_s_own_date_still_dates_it(text: str) -> None:
    event = _events(text)[0]
    assert event.when is not None, text
    assert (event.when.date.year, event.when.date.month) in {(2025, 3), (2025, 1)}, event.when


@pytest.mark.parametrize(
    "text",
    [
        "Chile accused Peru of smuggling in March 2019.",
        "In 2017 Kenya condemned Somalia for the raid.",
        "Relations soured in 2010 after Israeli commandos stormed a Turkish ship.",
    ],
)
def test_an_act_its_clause_dates_years_back_is_background(text: str) -> None:
    coded = code_text(text, published=PUBLISHED)
    assert isinstance(coded, CodedArticle)
    assert coded.events == (), coded.events


def test_a_date_that_modifies_a_thing_does_not_date_the_event() -> None:
    text = (
        "Brazil imposed sanctions on Venezuela's election chief on Tuesday, accusing him of "
        "rigging last year's vote."
    )
    events = [e for e in _events(text) if e.type in {"SANCTION", "ACCUSE"}]
    assert {e.type for e in events} == {"SANCTION", "ACCUSE"}, events
    assert all(e.when is not None and e.when.date.year == 2025 for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Chile condemned Peru's 2019 border decree on Monday.",
        "Kenya criticised Somalia over the 2017 election dispute.",
    ],
)
def test_a_year_before_a_noun_dates_that_noun(text: str) -> None:
    event = _events(text)[0]
    assert event.when is not None and event.when.date.year == PUBLISHED.year, event.when


def test_a_time_clause_takes_its_main_clauses_date() -> None:
    text = "The talks collapsed in March 2019 after Chile accused Peru of smuggling."
    coded = code_text(text, published=PUBLISHED)
    assert isinstance(coded, CodedArticle)
    assert not any(e.type == "ACCUSE" for e in coded.events), coded.events


@pytest.mark.parametrize(
    "text",
    [
        "Egypt met Sudan in December to discuss the dam.",
        "Japan sanctioned Russia on November 3 over the strikes.",
        "Norway criticised Israel in late October.",
    ],
)
def test_a_past_event_s_yearless_date_is_not_after_publication(text: str) -> None:
    event = _events(text)[0]
    assert event.when is not None and event.when.how != "published"
    assert event.when.date <= PUBLISHED, (event.when, text)


def test_a_month_still_to_come_is_last_year_s_unless_future() -> None:
    past = resolve("in December", PUBLISHED)
    assert past is not None and past.date == dt.date(2024, 12, 1)
    ahead = resolve("in December", PUBLISHED, future=True)
    assert ahead is not None and ahead.date == dt.date(2025, 12, 1)
    earlier = resolve("in April", PUBLISHED)
    assert earlier is not None and earlier.date == dt.date(2025, 4, 1)


@pytest.mark.parametrize("expression", ["in 2019", "2021", "during 2016"])
def test_a_year_alone_keeps_year_precision(expression: str) -> None:
    when = resolve(expression, PUBLISHED)
    assert when is not None and when.precision == "year"
    assert when.date.month == 1 and when.date.day == 1


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "LONDON (Reuters) - Peru's biggest miners' union began a strike at three copper "
            "mines in the Arequipa region on Tuesday.",
            "PER",
        ),
        ("BRUSSELS (AP) - Dock workers walked out at two ports near Rotterdam on Monday.", "NLD"),
        (
            "GENEVA - Hundreds of farmers rallied outside a sugar refinery in northern Kenya "
            "on Friday.",
            "KEN",
        ),
    ],
)
def test_a_site_in_a_place_phrase_is_placed_by_its_own_phrase(text: str, country: str) -> None:
    """ "at two mines in X", "outside a refinery in X": the place of the site, not the
    dateline, is where the event happened, and a protest there presses that country."""
    protest = next(e for e in _events(text) if e.type == "PROTEST")
    assert protest.where is not None and protest.where.country == country
    assert protest.target is not None and protest.target.country == country
