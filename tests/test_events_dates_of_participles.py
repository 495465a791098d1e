"""A participle clause with no subject of its own happens when the clause it hangs on
does ("threw out the decree on Wednesday, ruling that ...", "clashed in a debate on
Tuesday, accusing him of ..."); and a date with a word of where in it ("late Monday",
"early Sunday", "overnight Friday") is that day. Sentences written for these tests,
published on Thursday 12 March 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import timex
from eventwire.nlp import load
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle

PUBLISHED = dt.date(2026, 3, 12)


def _dates(text: str, kind: str) -> set[dt.date | None]:
    coded = code_text(text, published=PUBLISHED)
    assert isinstance(coded, CodedArticle)
    return {e.when.date if e.when else None for e in coded.events if e.type == kind}


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        ("Kenya's Supreme Court threw out the decree on Wednesday, ruling that the "
         "government had failed to consult parliament.", "ACCUSE", dt.date(2026, 3, 11)),
        ("Chile's foreign minister met Peru's envoy on Monday, urging Lima to reopen the "
         "border crossing.", "REQUEST", dt.date(2026, 3, 9)),
    ],
)  # fmt: skip
def test_a_participle_takes_the_date_of_its_clause(text: str, kind: str, day: dt.date) -> None:
    assert day in _dates(text, kind)


def test_a_participle_with_its_own_date_keeps_it() -> None:
    text = (
        "Chile's foreign minister met Peru's envoy on Monday, urging Lima on Wednesday to "
        "reopen the border crossing."
    )
    assert dt.date(2026, 3, 11) in _dates(text, "REQUEST")


@pytest.mark.parametrize(
    ("text", "written", "day", "precision"),
    [
        ("Troops exchanged fire late Monday.", "late Monday", dt.date(2026, 3, 9), "day"),
        ("The gunmen struck early Sunday.", "early Sunday", dt.date(2026, 3, 8), "day"),
        ("Talks collapsed in early 2024.", "early 2024", dt.date(2024, 1, 1), "year"),
    ],
)
def test_a_word_of_where_in_a_date_keeps_the_date(
    text: str, written: str, day: dt.date, precision: str
) -> None:
    found = timex.find_dates(load()(text), PUBLISHED)
    assert [(text[w.span.start : w.span.end], w.date, w.precision) for w in found if w.span] == [
        (written, day, precision)
    ]
