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
from eventwire.settings import get_settings

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_HEADER = b"\nWARC/1."
_PIECE = 1 << 20


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
    path: Path, published: str | None, max_bytes: int | None = None
) -> Iterator[RawDocument | Rejection]:
    """Stream HTML response records; target URI becomes ``url``, WARC-Date the date hint.

    Other record types (requests, metadata, images...) are skipped; a record whose body is
    over ``max_bytes`` (by default the ``max_bytes`` setting) is rejected without being
    read whole. When nothing in the archive is HTML, one ``bad-record`` rejection says how
    many records of which kind were skipped. A record that ends before its
    ``Content-Length`` (a truncated archive, or a length that swallows the records after
    it) is a ``bad-record`` rejection; in an uncompressed archive, reading resumes at the
    next record header found after its start.
    """
    if max_bytes is None:
        max_bytes = get_settings().max_bytes
    found = 0
    skipped: Counter[str] = Counter()
    warnings = _Warnings(path)
    start: int | None = 0
    number = 0
    try:
        while start is not None:
            with path.open("rb") as raw, _open_stream(raw) as stream:
                compressed = stream is not raw
                if not compressed:
                    raw.seek(start)
                records = warnings.call(functools.partial(_archive_iterator, stream))
                iterator = iter(records)
                resume: int | None = None
                while (
                    record := warnings.call(functools.partial(next, iterator, None))
                ) is not None:
                    number += 1
                    uri = f"{path}#R{number}"
                    body: bytes | None = None
                    if record.rec_type != "response" or not _is_html(record):
                        skipped[str(record.rec_type)] += 1
                        warnings.call(functools.partial(_drain, record))
                    else:
                        found += 1
                        read = functools.partial(record.content_stream().read, max_bytes + 1)
                        body = warnings.call(read)
                        if len(body) > max_bytes:
                            yield reject(
                                uri, "too-large", f"The record's body is over {max_bytes:,} bytes."
                            )
                            continue
                    missing = record.raw_stream.limit
                    if missing > 0:
                        yield reject(uri, "bad-record", _truncated(record.length, missing))
                        if not compressed:
                            offset = int(records.get_record_offset())
                            resume = _next_header(raw, start + offset)
                        break
                    if body is not None:
                        yield _document(uri, record, body, published)
            start = resume
    except Exception as err:  # warcio raises many kinds of errors on corrupt archives
        yield reject(
            str(path), "unreadable", f"Archive reading stopped: {type(err).__name__}: {err}"
        )
        return
    if not found:
        kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(skipped.items()))
        detail = f"Skipped: {kinds}." if kinds else "It holds no records."
        yield reject(str(path), "bad-record", f"The archive holds no HTML responses. {detail}")


def _document(uri: str, record: Any, body: bytes, published: str | None) -> RawDocument:
    target = record.rec_headers.get_header("WARC-Target-URI")
    date = record.rec_headers.get_header("WARC-Date")
    host = urlsplit(target).hostname if target else None
    return RawDocument(
        uri=uri,
        content=body,
        content_type="text/html",
        source=host,
        url=target,
        published=date or published,
    )


def _drain(record: Any) -> None:
    """Read a skipped record's block to its end (as the iterator would), in pieces."""
    while record.raw_stream.read(_PIECE):
        pass


def _truncated(length: int, missing: int) -> str:
    return (
        f"The record is truncated: its Content-Length is {length:,} bytes, and the archive "
        f"ends {missing:,} bytes short of that."
    )


def _next_header(stream: BinaryIO, record_start: int) -> int | None:
    """The offset of the first ``WARC/`` record header after ``record_start``, or None."""
    position = record_start + 1
    carry = b""
    stream.seek(position)
    while piece := stream.read(_PIECE):
        window = carry + piece
        at = window.find(_HEADER)
        if at >= 0:
            return position - len(carry) + at + 1  # past the newline before the header
        carry = window[-len(_HEADER) :]
        position += len(piece)
    return None
