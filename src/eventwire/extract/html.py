"""Main text and metadata of an HTML page with trafilatura (and htmldate for the date)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

import trafilatura
from htmldate import find_date

from eventwire.extract.dates import parse_date_hint

for _name in ("trafilatura", "htmldate", "charset_normalizer"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass(frozen=True, slots=True)
class HtmlExtraction:
    """What trafilatura found in a page: the main text (may be empty) and metadata."""

    text: str
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    url: str | None = None
    date: dt.date | None = None
    date_how: str | None = None


def _clean(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def extract_html(html: str, url: str | None = None) -> HtmlExtraction:
    """Main text (paragraphs on their own lines) and metadata of one HTML page."""
    try:
        doc: Any = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            deduplicate=False,
        )
    except Exception:  # trafilatura raises assorted errors on broken markup
        doc = None
    if doc is None:
        return HtmlExtraction(text="", date=None)
    date = parse_date_hint(_clean(getattr(doc, "date", None)))
    how = "html-meta" if date is not None else None
    if date is None:
        try:
            found = find_date(html, original_date=True, extensive_search=False)
        except Exception:  # htmldate, like trafilatura, can fail on odd pages
            found = None
        date = parse_date_hint(found if isinstance(found, str) else None)
        how = "htmldate" if date is not None else None
    return HtmlExtraction(
        text=_clean(getattr(doc, "text", None)) or "",
        title=_clean(getattr(doc, "title", None)),
        author=_clean(getattr(doc, "author", None)),
        sitename=_clean(getattr(doc, "sitename", None)),
        url=_clean(getattr(doc, "url", None)),
        date=date,
        date_how=how,
    )
