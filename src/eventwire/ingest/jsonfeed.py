"""Read JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): one document per item.

feedparser reads RSS and Atom but not JSON Feed, which is plain JSON: a top-level object
with ``version`` (``https://jsonfeed.org/version/1`` or ``.../1.1``), ``title`` and a list
of ``items``, each with ``id``, ``url`` (or ``external_url``), ``title``, ``content_html``
and/or ``content_text``, ``summary`` and ``date_published`` / ``date_modified`` (RFC 3339).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from eventwire.reasons import reject
from eventwire.records import RawDocument, Rejection

VERSION_PREFIX = "https://jsonfeed.org/version/"


def looks_like_json(content: bytes) -> bool:
    """Whether the bytes start (after a byte-order mark and white space) with ``{``."""
    return content[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _date(item: dict[str, Any]) -> str | None:
    """The item's date as ``YYYY-MM-DD`` in UTC, as the RSS reader gives it."""
    for key in ("date_published", "date_modified"):
        value = _text(item.get(key))
        if value is None:
            continue
        try:
            stamp = dt.datetime.fromisoformat(value)
        except ValueError:
            return value  # left for the date resolver, as the RSS reader does
        if stamp.tzinfo is not None:
            stamp = stamp.astimezone(dt.UTC)
        return stamp.date().isoformat()
    return None


def read_json_feed(
    content: bytes, name: str, published: str | None
) -> Iterator[RawDocument | Rejection]:
    """Documents from the bytes of one JSON Feed; ``name`` prefixes each ``#E<n>`` uri."""
    try:
        feed = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        yield reject(name, "unreadable", f"It is not valid JSON: {err}")
        return
    version = feed.get("version") if isinstance(feed, dict) else None
    if not (isinstance(version, str) and version.startswith(VERSION_PREFIX)):
        yield reject(
            name,
            "bad-record",
            f"It is JSON but not a JSON Feed: no 'version' starting with {VERSION_PREFIX}.",
        )
        return
    items = feed.get("items")
    if not isinstance(items, list) or not items:
        yield reject(name, "bad-record", "No feed entries were found in this file.")
        return
    source = _text(feed.get("title"))
    for number, item in enumerate(items, start=1):
        uri = f"{name}#E{number}"
        if not isinstance(item, dict):
            yield reject(uri, "bad-record", f"Feed entry {number} is not a JSON object.")
            continue
        html = _text(item.get("content_html"))
        text = _text(item.get("content_text")) or _text(item.get("summary"))
        if html is None and text is None:
            yield reject(uri, "bad-record", f"Feed entry {number} has no summary or content.")
            continue
        yield RawDocument(
            uri=uri,
            content=html if html is not None else str(text),
            content_type="text/html" if html is not None else "text/plain",
            source=source,
            url=_text(item.get("url")) or _text(item.get("external_url")),
            published=_date(item) or published,
            title=_text(item.get("title")),
        )
