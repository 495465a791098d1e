"""Date expressions resolved against the publication date, and found in a parse."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from eventwire.timex import find_dates, resolve

THURSDAY = dt.date(2020, 10, 22)


@pytest.mark.parametrize(
    ("expression", "date", "precision", "how"),
    [
        ("Wednesday night", dt.date(2020, 10, 21), "day", "weekday"),
        ("[on Tuesday]", dt.date(2020, 10, 20), "day", "weekday"),
        ("on Wednesday", dt.date(2020, 10, 21), "day", "weekday"),
        ("Thursday", THURSDAY, "day", "weekday"),
        ("Friday", dt.date(2020, 10, 16), "day", "weekday"),
        ("last Thursday", dt.date(2020, 10, 15), "day", "weekday"),
        ("yesterday", dt.date(2020, 10, 21), "day", "relative"),
        ("today", THURSDAY, "day", "relative"),
        ("tonight", THURSDAY, "day", "relative"),
        ("last week", dt.date(2020, 10, 12), "week", "relative"),
        ("this week", dt.date(2020, 10, 19), "week", "relative"),
        ("next month", dt.date(2020, 11, 1), "month", "relative"),
        ("last year", dt.date(2019, 1, 1), "year", "relative"),
        ("earlier this month", dt.date(2020, 10, 1), "month", "relative"),
        ("two days ago", dt.date(2020, 10, 20), "day", "relative"),
        ("on 3 March", dt.date(2020, 3, 3), "day", "absolute"),
        ("March 3", dt.date(2020, 3, 3), "day", "absolute"),
        ("3 March 2021", dt.date(2021, 3, 3), "day", "absolute"),
        ("Nov. 12", dt.date(2020, 11, 12), "day", "absolute"),
        ("Sept 11, 2001", dt.date(2001, 9, 11), "day", "absolute"),
        ("2020-10-21", dt.date(2020, 10, 21), "day", "absolute"),
        ("April 2021", dt.date(2021, 4, 1), "month", "absolute"),
        ("in 2019", dt.date(2019, 1, 1), "year", "absolute"),
        ("in April", dt.date(2020, 4, 1), "month", "month"),
        ("last April", dt.date(2020, 4, 1), "month", "month"),
    ],
)
def test_resolve(expression: str, date: dt.date, precision: str, how: str) -> None:
    when = resolve(expression, THURSDAY)
    assert when is not None
    assert (when.date, when.precision, when.how) == (date, precision, how)
    assert when.span is None


@pytest.mark.parametrize(
    ("expression", "date"),
    [
        ("Tuesday", dt.date(2020, 10, 27)),
        ("on Friday", dt.date(2020, 10, 23)),
        ("in April", dt.date(2021, 4, 1)),
        ("December", dt.date(2020, 12, 1)),
        ("March 3", dt.date(2021, 3, 3)),
    ],
)
def test_resolve_future(expression: str, date: dt.date) -> None:
    when = resolve(expression, THURSDAY, future=True)
    assert when is not None and when.date == date


@pytest.mark.parametrize(
    "expression",
    ["the coming years", "10-hour", "13-year", "a minute", "recent years", "hours", "the weekend"],
)
def test_vague_spans_and_durations_are_not_dates(expression: str) -> None:
    assert resolve(expression, THURSDAY) is None


def test_dateparser_fallback_stays_relative_to_publication() -> None:
    when = resolve("three months ago", THURSDAY)
    assert when is not None and when.how == "dateparser"
    assert (when.date, when.precision) == (dt.date(2020, 7, 1), "month")
    assert resolve("the 5th", THURSDAY) is None  # no month: not a date we can place


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)))
def test_weekdays_fall_in_the_week_before_or_after(published: dt.date) -> None:
    for name in ("Monday", "Wednesday", "Sunday"):
        past = resolve(name, published)
        future = resolve(name, published, future=True)
        assert past is not None and future is not None
        assert 0 <= (published - past.date).days <= 6
        assert 0 <= (future.date - published).days <= 6
        assert past.date.strftime("%A") == name == future.date.strftime("%A")


def test_find_dates_on_reference_story(shared: Path, nlp: Language) -> None:
    text = (shared / "examples" / "wire-story-visit-and-appeal.txt").read_text(encoding="utf-8")
    found = find_dates(nlp(text), THURSDAY)
    by_text = {w.span.of(text): w for w in found if w.span is not None}
    assert by_text["Wednesday night"].date == dt.date(2020, 10, 21)
    assert by_text["Tuesday"].date == dt.date(2020, 10, 20)
    assert by_text["this week"].precision == "week"
    for vague in ("10-hour", "13-year", "the coming years", "a minute"):
        assert vague not in by_text


def test_find_dates_splits_lists_and_catches_missed_words(nlp: Language) -> None:
    text = "Talks were held on Nov. 12 and March 3; a deal came yesterday."
    found = find_dates(nlp(text), THURSDAY)
    spans = {w.span.of(text): w.date for w in found if w.span is not None}
    assert spans["Nov. 12"] == dt.date(2020, 11, 12)
    assert spans["March 3"] == dt.date(2020, 3, 3)
    assert spans["yesterday"] == dt.date(2020, 10, 21)


def test_find_dates_without_publication_date_keeps_only_full_dates(nlp: Language) -> None:
    text = "It was signed on 3 March 2021 and ratified on Tuesday."
    found = find_dates(nlp(text), None)
    assert [w.date for w in found] == [dt.date(2021, 3, 3)]


def test_dateline_date_with_its_agency_trailer_resolves() -> None:
    when = resolve("March 14, 2025 (EventWire) - China", dt.date(2025, 3, 20))
    assert when is not None and (when.date, when.precision) == (dt.date(2025, 3, 14), "day")


def test_find_dates_with_the_parsed_text_given_finds_the_same(nlp: Language) -> None:
    text = "Talks were held on Nov. 12 and March 3; a deal came yesterday, not last Friday."
    doc = nlp(text)
    assert find_dates(doc, THURSDAY, text=text) == find_dates(doc, THURSDAY)


# Every expression shape the resolver knows, each in the past and the future sense.
EXPRESSIONS = (
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "this morning",
    "Tuesday",
    "last Friday",
    "next Monday",
    "coming Sunday",
    "on Wednesday night",
    "last week",
    "next week",
    "this week",
    "past month",
    "next month",
    "last year",
    "next year",
    "earlier this year",
    "three days ago",
    "2 weeks ago",
    "7 weeks ago",
    "in April",
    "last March",
    "next December",
    "early January",
    "March 3",
    "3 March",
    "Dec. 31",
    "Jan. 1",
    "February 29",
    "Nov. 12, 2020",
    "April 2021",
    "in 2019",
    "2020-10-21",
    "9999-12-31",
    "0001-01-01",
    "the first of March",
    "two weeks from now",
    "a week later",
    "Dec. 31, 9999",
)


@settings(deadline=None, max_examples=300)  # dateparser builds a parser per new date
@given(
    st.dates(min_value=dt.date.min, max_value=dt.date.max),
    st.sampled_from(EXPRESSIONS),
    st.booleans(),
)
def test_resolve_never_raises_over_the_whole_calendar(
    published: dt.date, expression: str, future: bool
) -> None:
    when = resolve(expression, published, future=future)
    assert when is None or dt.date.min <= when.date <= dt.date.max


@pytest.mark.parametrize("published", [dt.date.min, dt.date.max])
@pytest.mark.parametrize("expression", ["next week", "last year", "yesterday", "tomorrow"])
def test_relative_dates_past_the_calendar_do_not_resolve(
    published: dt.date, expression: str
) -> None:
    when = resolve(expression, published)
    if when is not None:  # the other edge: inside the calendar, so it resolves
        assert dt.date.min <= when.date <= dt.date.max
    stepping_out = (published == dt.date.max and expression in ("next week", "tomorrow")) or (
        published == dt.date.min and expression in ("last year", "yesterday")
    )
    assert (when is None) == stepping_out
