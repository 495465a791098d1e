"""Read WARC archives (``.warc``/``.warc.gz``): one document per HTML response record."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from eventwire.reasons import reject
from eventwire.records import RawDocument, Rejection

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _archive_iterator(stream: Any) -> Any:
    # warcio ships no type information; importing it this way keeps mypy strict and quiet.
    module: Any = importlib.import_module("warcio.archiveiterator")
    return module.ArchiveIterator(stream)


def _is_html(record: Any) -> bool:
    headers = record.http_headers
    if headers is None:
        return False
    ctype = (headers.get_header("Content-Type") or "").lower()
    return any(t in ctype for t in _HTML_TYPES)


def read_warc(path: Path, published: str | None) -> Iterator[RawDocument | Rejection]:
    """Stream HTML response records; target URI becomes ``url``, WARC-Date the date hint."""
    found = 0
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(_archive_iterator(stream), start=1):
                if record.rec_type != "response" or not _is_html(record):
                    continue
                body: bytes = record.content_stream().read()
                target = record.rec_headers.get_header("WARC-Target-URI")
                date = record.rec_headers.get_header("WARC-Date")
                host = urlsplit(target).hostname if target else None
                found += 1
                yield RawDocument(
                    uri=f"{path}#R{number}",
                    content=body,
                    content_type="text/html",
                    source=host,
                    url=target,
                    published=date or published,
                )
    except Exception as err:  # warcio raises many kinds of errors on corrupt archives
        yield reject(str(path), "unreadable", f"WARC reading stopped: {type(err).__name__}: {err}")
        return
    if not found:
        yield reject(str(path), "bad-record", "The archive holds no HTML response records.")
