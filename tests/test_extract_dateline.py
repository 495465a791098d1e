"""Datelines at the start of a body and the dates they name."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dateline import dateline_date, find_dateline


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
