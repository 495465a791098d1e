"""Read WARC archives (``.warc``/``.warc.gz``): one document per HTML response record."""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from eventwire.reasons import reject
from eventwire.records import RawDocument, Rejection

DEFAULT_MAX_BYTES = 20_000_000
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


def read_warc(
    path: Path, published: str | None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument | Rejection]:
    """Stream HTML response records; target URI becomes ``url``, WARC-Date the date hint.

    Other record types (requests, metadata, images...) are skipped; a record whose body is
    over ``max_bytes`` is rejected without being read whole. When nothing in the archive is
    HTML, one ``bad-record`` rejection says how many records of which kind were skipped.
    """
    found = 0
    skipped: Counter[str] = Counter()
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(_archive_iterator(stream), start=1):
                if record.rec_type != "response" or not _is_html(record):
                    skipped[str(record.rec_type)] += 1
                    continue
                body: bytes = record.content_stream().read(max_bytes + 1)
                uri = f"{path}#R{number}"
                found += 1
                if len(body) > max_bytes:
                    yield reject(
                        uri, "too-large", f"The record's body is over {max_bytes:,} bytes."
                    )
                    continue
                target = record.rec_headers.get_header("WARC-Target-URI")
                date = record.rec_headers.get_header("WARC-Date")
                host = urlsplit(target).hostname if target else None
                yield RawDocument(
                    uri=uri,
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
        kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(skipped.items()))
        detail = f"Skipped: {kinds}." if kinds else "It holds no records."
        yield reject(str(path), "bad-record", f"The archive holds no HTML responses. {detail}")
