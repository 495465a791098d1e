"""Datelines at the start of a body and the dates they name."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract import extract
from eventwire.extract.dateline import dateline_date, find_dateline, locate_dateline, year_hint
from eventwire.pipeline import code_text
from eventwire.records import Article, CodedArticle, RawDocument, Span


@pytest.mark.parametrize(
    ("text", "place", "date_text", "end"),
    [
        (
            "NAIROBI, Kenya, March 4, 2025 (Eventwire) — Talks",
            "NAIROBI, Kenya",
            "March 4, 2025",
            44,
        ),
        ("WASHINGTON (AP) - The", "WASHINGTON", None, 18),
        ("LONDON, Nov. 12 - Britain", "LONDON", "Nov. 12", 18),
        ("Kabul, Afghanistan (Reuters) - The", "Kabul, Afghanistan", None, 31),
        ("GAZA CITY, Gaza Strip — Hamas", "GAZA CITY, Gaza Strip", None, 24),
    ],
)
def test_datelines(text: str, place: str, date_text: str | None, end: int) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.date_text, found.span.end) == (place, date_text, end)
    assert found.span.start == 0


@pytest.mark.parametrize(
    "text",
    ["Israeli Defense Minister Benny Gantz left", "BREAKING - news", "U.S. officials said", ""],
)
def test_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


def test_dateline_dates() -> None:
    assert dateline_date("March 4, 2025", None) == dt.date(2025, 3, 4)
    assert dateline_date("Nov. 12", dt.date(2020, 11, 13)) == dt.date(2020, 11, 12)
    assert dateline_date("Dec. 30", dt.date(2021, 1, 2)) == dt.date(2020, 12, 30)
    assert dateline_date("Sept. 3", None) is None
    assert dateline_date("Feb. 30, 2024", None) is None


STORY = (
    "The port authority said on Monday that the northern pier would stay closed for repairs "
    "until the end of the month after a storm damaged its supports.\n\n"
    "Fishing crews have moved their boats to the southern basin, where temporary moorings "
    "and a fuel barge have been set up for the duration of the works.\n"
)


@pytest.mark.parametrize(
    ("text", "place", "date_text"),
    [
        (
            "ABIDJAN, Côte d'Ivoire, Feb. 3, 2025 (Wire) — The",
            "ABIDJAN, Côte d'Ivoire",
            "Feb. 3, 2025",
        ),
        (
            "GOMA, Democratic Republic of Congo (Wire) - Rebels",
            "GOMA, Democratic Republic of Congo",
            None,
        ),
        ("BOGOTÁ, May 2 (Wire) - Colombia", "BOGOTÁ", "May 2"),
    ],
)
def test_datelines_with_accents_and_joining_words(
    text: str, place: str, date_text: str | None
) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.date_text) == (place, date_text)


@pytest.mark.parametrize("text", ["LIVE: Storm hits the coast", "EXCLUSIVE - Minister quits"])
def test_labels_in_capitals_are_not_places(text: str) -> None:
    assert find_dateline(text) is None


def test_dateline_below_a_headline_is_found_with_its_offsets() -> None:
    text = f"Storm shuts northern pier\n\nHULL, England, Oct. 7, 2024 (Wire) — {STORY}"
    found = locate_dateline(text)
    assert found is not None
    assert found.span.of(text) == "HULL, England, Oct. 7, 2024 (Wire) — "
    assert (found.place, found.date_text) == ("HULL, England", "Oct. 7, 2024")


def test_dateline_is_not_looked_for_inside_the_story() -> None:
    assert locate_dateline(f"{STORY}\nHULL, England (Wire) — More later.") is None
    assert locate_dateline("One\nTwo\nThree\nHULL (Wire) — late") is None
    assert locate_dateline("") is None


def test_year_hints() -> None:
    assert year_hint("March 2025", None) == 2025
    assert year_hint(None, "https://example.org/news/2024/10/07/pier-closed") == 2024
    assert year_hint(None, "https://example.org/top-2000-songs") is None
    assert year_hint(None, None) is None
    assert dateline_date("Oct. 7", None, 2024) == dt.date(2024, 10, 7)
    # A full reference date beats a bare year.
    assert dateline_date("Dec. 30", dt.date(2025, 1, 2), 2025) == dt.date(2024, 12, 30)


def _extract(text: str, **fields: object) -> Article:
    article = extract(RawDocument(uri="story.txt", content=text, **fields))  # type: ignore[arg-type]
    assert isinstance(article, Article)
    return article


def test_dateline_date_becomes_the_published_date() -> None:
    article = _extract(f"Storm shuts northern pier\n\nHULL, England, Oct. 7, 2024 (Wire) — {STORY}")
    assert (article.published, article.published_how) == (dt.date(2024, 10, 7), "dateline")
    assert article.dateline is not None and article.dateline.place == "HULL, England"


def test_year_of_a_bare_dateline_date_comes_from_the_record() -> None:
    text = f"HULL, Oct. 7 (Wire) — {STORY}"
    fetched = dt.datetime(2024, 10, 8, 9, 0, tzinfo=dt.UTC)
    article = _extract(text, fetched_at=fetched)
    assert (article.published, article.published_how) == (dt.date(2024, 10, 7), "dateline")
    article = _extract(text, url="https://example.org/2023/10/pier")
    assert article.published == dt.date(2023, 10, 7)
    article = _extract(text, published="2022")
    assert article.published == dt.date(2022, 10, 7)


def test_bare_dateline_date_without_a_year_is_kept_only_as_text() -> None:
    article = _extract(f"HULL, Oct. 7 (Wire) — {STORY}")
    assert article.published is None and article.published_how is None
    assert article.dateline is not None and article.dateline.date_text == "Oct. 7"


def test_record_date_beats_the_dateline() -> None:
    article = _extract(f"HULL, Oct. 7, 2024 (Wire) — {STORY}", published="2024-10-09")
    assert (article.published, article.published_how) == (dt.date(2024, 10, 9), "record")


@pytest.mark.parametrize(
    ("text", "date_text", "date"),
    [
        ("Dakar, 3 May 2024 (Wire) - The port reopened.", "3 May 2024", dt.date(2024, 5, 3)),
        ("QUITO, 11 Feb. 2023 — Rains eased.", "11 Feb. 2023", dt.date(2023, 2, 11)),
        ("HANOI, Ha Noi, 27 Sept 2022: Talks ended.", "27 Sept 2022", dt.date(2022, 9, 27)),
    ],
)
def test_day_first_dateline_dates(text: str, date_text: str, date: dt.date) -> None:
    found = find_dateline(text)
    assert found is not None and found.date_text == date_text
    assert dateline_date(date_text, None) == date


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("(CNN) President Donald Trump made an unscheduled trip on Saturday.", 6),
        ("(AP) — Police in Ohio arrested two men on Friday.", 7),
        ("(Reuters) - Kenya's central bank cut its main rate.", 12),
    ],
)
def test_an_outlets_credit_alone_is_a_dateline_without_a_place(text: str, end: int) -> None:
    found = find_dateline(text)
    assert found is not None and found.place is None and found.date_text is None
    assert found.span == Span(0, end)


def test_a_bracketed_aside_in_lower_case_is_no_credit() -> None:
    assert find_dateline("(the men were freed) Police said on Friday.") is None


def test_a_credit_is_never_the_source_of_an_event() -> None:
    coded = code_text(
        "(CNN) President Donald Trump made an unscheduled trip to Germany on Saturday.",
        published="2019-11-18",
    )
    assert isinstance(coded, CodedArticle)
    assert [(e.type, e.source.name if e.source else None) for e in coded.events] == [
        ("CONSULT", "Donald Trump")
    ]
