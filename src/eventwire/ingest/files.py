"""Walk paths and dispatch each file to the reader for its kind."""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from eventwire.ingest.csvfile import read_csv
from eventwire.ingest.feeds import read_feed_bytes
from eventwire.ingest.fields import FieldMap
from eventwire.ingest.jsonl import read_jsonl, read_jsonl_lines
from eventwire.ingest.warc import read_warc
from eventwire.reasons import reject
from eventwire.records import ContentType, RawDocument, Rejection

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".json")
WARC_SUFFIXES = (".warc", ".arc")


def _kind(path: Path) -> tuple[str, bool]:
    """The reader kind for a file name, and whether the file is gzipped."""
    name = path.name.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    suffix = Path(name).suffix
    if suffix in WARC_SUFFIXES:
        return "warc", gz
    if suffix in JSONL_SUFFIXES:
        return "jsonl", gz
    if suffix == ".csv":
        return "csv", gz
    if suffix in FEED_SUFFIXES:
        return "feed", gz
    if suffix in HTML_SUFFIXES:
        return "html", gz
    return "text", gz


def sniff_content_type(head: bytes) -> ContentType:
    """``text/html`` when the first bytes look like markup, else ``text/plain``."""
    start = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    markers = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml", b"<div", b"<p>")
    return "text/html" if start.startswith(markers) else "text/plain"


def _read_bytes(path: Path, gz: bool) -> bytes:
    if gz:
        with gzip.open(path, "rb") as handle:
            return handle.read()
    return path.read_bytes()


def read_file(
    path: Path, fields: FieldMap, published: str | None
) -> Iterator[RawDocument | Rejection]:
    """All documents (or rejections) from one file."""
    kind, gz = _kind(path)
    if kind == "warc":
        yield from read_warc(path, published)
        return
    if kind == "jsonl":
        yield from read_jsonl(path, fields, published)
        return
    if kind == "csv":
        yield from read_csv(path, fields, published)
        return
    try:
        content = _read_bytes(path, gz)
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        yield reject(str(path), "unreadable", f"{type(err).__name__}: {err}")
        return
    if kind == "feed":
        yield from read_feed_bytes(content, str(path), published)
        return
    ctype: ContentType = "text/html" if kind == "html" else sniff_content_type(content)
    yield RawDocument(uri=str(path), content=content, content_type=ctype, published=published)


def iter_files(directory: Path, pattern: str) -> Iterator[Path]:
    """Files under ``directory`` matching ``pattern``, sorted, hidden files and folders skipped."""
    found = []
    for path in directory.rglob(pattern):
        parts = path.relative_to(directory).parts
        if any(part.startswith(".") for part in parts):
            continue
        if path.is_file():
            found.append(path)
    yield from sorted(found)


def read_stdin(fields: FieldMap, published: str | None) -> Iterator[RawDocument | Rejection]:
    """One document from standard input (or one per line when it is JSON Lines)."""
    try:
        content = sys.stdin.buffer.read()
    except (OSError, ValueError) as err:
        yield reject("-", "unreadable", f"Standard input could not be read: {err}")
        return
    stripped = content.lstrip()
    if stripped.startswith(b"{") and b"\n" in stripped.strip():
        yield from read_jsonl_lines(iter(content.splitlines()), "-", fields, published)
        return
    yield RawDocument(
        uri="-", content=content, content_type=sniff_content_type(content), published=published
    )


def read_paths_with(
    paths: Sequence[str | Path], fields: FieldMap, published: str | None, pattern: str
) -> Iterator[RawDocument | Rejection]:
    """Every document under ``paths`` (files, folders or ``-``), in a deterministic order."""
    for item in paths:
        if str(item) == "-":
            yield from read_stdin(fields, published)
            continue
        path = Path(item)
        if path.is_dir():
            for file in iter_files(path, pattern):
                yield from read_file(file, fields, published)
        elif path.is_file():
            yield from read_file(path, fields, published)
        else:
            yield reject(str(path), "unreadable", "No such file or folder.")
