"""Main text and metadata of an HTML page with trafilatura (and htmldate for the date).

trafilatura runs twice, in precision mode (with its fallback extractors, and metadata) and in
fast recall mode; :func:`eventwire.extract.html_join.join_modes` joins the two texts, and
:func:`eventwire.extract.split_body.add_split_parts` adds body parts the page split off.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

import trafilatura
from htmldate import find_date

from eventwire.extract.dates import parse_date_hint
from eventwire.extract.html_join import join_modes
from eventwire.extract.split_body import add_split_parts

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


def _trafilatura(html: str, url: str | None, *, precise: bool) -> Any:
    """trafilatura's extraction in precision mode (with metadata) or fast recall mode."""
    try:
        return trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=precise,
            include_comments=False,
            include_tables=True,
            favor_precision=precise,
            favor_recall=not precise,
            fast=not precise,
            deduplicate=False,
        )
    except Exception:  # trafilatura raises assorted errors on broken markup
        return None


def _text(doc: Any) -> str:
    return _clean(getattr(doc, "text", None)) or "" if doc is not None else ""


def extract_html(html: str, url: str | None = None) -> HtmlExtraction:
    """Main text (paragraphs on their own lines) and metadata of one HTML page."""
    precise = _trafilatura(html, url, precise=True)
    wide = _trafilatura(html, url, precise=False)
    joined = join_modes(_text(precise), _text(wide))
    text = add_split_parts(html, joined) if joined else ""
    doc = precise if precise is not None else wide
    if doc is None:
        return HtmlExtraction(text="")
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
        text=text,
        title=_clean(getattr(doc, "title", None)),
        author=_clean(getattr(doc, "author", None)),
        sitename=_clean(getattr(doc, "sitename", None)),
        url=_clean(getattr(doc, "url", None)),
        date=date,
        date_how=how,
    )
