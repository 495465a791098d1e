"""Read RSS and Atom feeds with feedparser, JSON Feed with our own reader: one document
per entry."""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterator
from typing import Any

from eventwire.ingest.jsonfeed import looks_like_json, read_json_feed
from eventwire.reasons import reject
from eventwire.records import RawDocument, Rejection


def _parse(content: bytes) -> Any:
    # feedparser ships no type information; importing it this way keeps mypy strict and quiet.
    module: Any = importlib.import_module("feedparser")
    return module.parse(content)


def _entry_html(entry: Any) -> str | None:
    contents = entry.get("content") or []
    best = ""
    for part in contents:
        value = part.get("value") or ""
        if isinstance(value, str) and len(value) > len(best):
            best = value
    if best.strip():
        return best
    summary = entry.get("summary") or entry.get("description") or ""
    return summary if isinstance(summary, str) and summary.strip() else None


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            return time.strftime("%Y-%m-%d", parsed)
    for key in ("published", "updated"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def read_feed_bytes(
    content: bytes, name: str, published: str | None
) -> Iterator[RawDocument | Rejection]:
    """Documents from the bytes of one feed; ``name`` prefixes each ``#E<n>`` uri."""
    if looks_like_json(content):
        yield from read_json_feed(content, name, published)
        return
    try:
        parsed = _parse(content)
    except Exception as err:  # feedparser is lenient, but guard against the unexpected
        yield reject(name, "unreadable", f"Feed parsing failed: {type(err).__name__}: {err}")
        return
    entries = parsed.get("entries") or []
    if not entries:
        yield reject(name, "bad-record", "No feed entries were found in this file.")
        return
    feed = parsed.get("feed") or {}
    feed_title = feed.get("title") if isinstance(feed.get("title"), str) else None
    for number, entry in enumerate(entries, start=1):
        uri = f"{name}#E{number}"
        html = _entry_html(entry)
        if html is None:
            yield reject(uri, "bad-record", f"Feed entry {number} has no summary or content.")
            continue
        link = entry.get("link")
        title = entry.get("title")
        yield RawDocument(
            uri=uri,
            content=html,
            content_type="text/html",
            source=feed_title or None,
            url=link if isinstance(link, str) and link else None,
            published=_entry_date(entry) or published,
            title=title if isinstance(title, str) and title else None,
        )
