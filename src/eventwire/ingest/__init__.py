"""Readers: files, folders, stdin, JSONL, CSV, WARC and feeds -> RawDocument | Rejection."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from eventwire.ingest.feeds import read_feed_bytes
from eventwire.ingest.fields import FieldMap
from eventwire.ingest.files import read_file, read_paths_with
from eventwire.records import RawDocument, Rejection

__all__ = ["FieldMap", "read_feed_bytes", "read_file", "read_paths"]


def read_paths(
    paths: Sequence[str | Path],
    *,
    published: str | None = None,
    text_field: str = "text",
    html_field: str = "html",
    url_field: str = "url",
    date_field: str = "published",
    source_field: str = "source",
    pattern: str = "*",
) -> Iterator[RawDocument | Rejection]:
    """Stream documents from files, folders (recursive, sorted) or ``-`` (stdin).

    The kind of each file comes from its extension: text, HTML, JSONL/NDJSON, CSV, WARC or
    an RSS/Atom/JSON feed (``.gz`` allowed). ``published`` is the date hint for documents
    that carry none of their own. Problems become :class:`Rejection` records; nothing raises.
    """
    fields = FieldMap(
        text=text_field, html=html_field, url=url_field, date=date_field, source=source_field
    )
    return read_paths_with(paths, fields, published, pattern)
