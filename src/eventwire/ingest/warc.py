"""Read WARC and ARC archives (``.warc``/``.arc``, gzipped or not): one document per HTML
response record.

A gzipped archive is read whether each record is its own gzip member (as crawlers write
them) or the whole file is one gzip stream (as ``gzip crawl.warc`` makes it). ARC records
are read as WARC ones, so their URL and date come through. warcio writes its warnings
(a wrong ``Content-Length``, say) to stderr over several lines; they are caught and
written as one line each, naming the file.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import importlib
import io
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TypeVar
from urllib.parse import urlsplit

from eventwire.reasons import reject
from eventwire.records import RawDocument, Rejection

DEFAULT_MAX_BYTES = 20_000_000
_HTML_TYPES = ("text/html", "application/xhtml+xml")


GZIP_MAGIC = b"\x1f\x8b"
T = TypeVar("T")


def _archive_iterator(stream: Any) -> Any:
    # warcio ships no type information; importing it this way keeps mypy strict and quiet.
    module: Any = importlib.import_module("warcio.archiveiterator")
    return module.ArchiveIterator(stream, arc2warc=True)


class _Warnings:
    """Runs warcio calls with stderr caught, and writes what they said one line each."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def call(self, function: Callable[[], T]) -> T:
        caught = io.StringIO()
        try:
            with contextlib.redirect_stderr(caught):
                return function()
        finally:
            self._write(caught.getvalue())

    def _write(self, text: str) -> None:
        for part in re.split(r"(?=WARNING:)", text):
            line = " ".join(part.split())
            if line:
                sys.stderr.write(f"warning: {self.path}: {line}\n")


def _records(path: Path, warnings: _Warnings) -> Iterator[Any]:
    with path.open("rb") as raw, _open_stream(raw) as stream:
        iterator = warnings.call(lambda: iter(_archive_iterator(stream)))
        while (record := warnings.call(lambda: next(iterator, None))) is not None:
            yield record


def _open_stream(raw: BinaryIO) -> BinaryIO | gzip.GzipFile:
    """The archive's bytes, decompressed when it is gzipped (one member per record or one
    stream for the whole file: gzip reads both)."""
    if raw.read(2) == GZIP_MAGIC:
        raw.seek(0)
        return gzip.GzipFile(fileobj=raw, mode="rb")
    raw.seek(0)
    return raw


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
    warnings = _Warnings(path)
    try:
        for number, record in enumerate(_records(path, warnings), start=1):
            if record.rec_type != "response" or not _is_html(record):
                skipped[str(record.rec_type)] += 1
                continue
            stream = record.content_stream()
            body: bytes = warnings.call(functools.partial(stream.read, max_bytes + 1))
            uri = f"{path}#R{number}"
            found += 1
            if len(body) > max_bytes:
                yield reject(uri, "too-large", f"The record's body is over {max_bytes:,} bytes.")
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
        yield reject(
            str(path), "unreadable", f"Archive reading stopped: {type(err).__name__}: {err}"
        )
        return
    if not found:
        kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(skipped.items()))
        detail = f"Skipped: {kinds}." if kinds else "It holds no records."
        yield reject(str(path), "bad-record", f"The archive holds no HTML responses. {detail}")
