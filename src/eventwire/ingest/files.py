"""Walk paths and dispatch each file to the reader for its kind.

Readers yield :class:`RawDocument`, :class:`Rejection` or, for addresses to download,
:class:`PageRequest`; :func:`read_paths_with` hands the requests to a :class:`Fetcher`
when fetching is on and rejects them as ``needs-fetch`` when it is not.
"""

from __future__ import annotations

import fnmatch
import gzip
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.ingest.csvfile import read_csv
from eventwire.ingest.feeds import read_feed_bytes
from eventwire.ingest.fetch import Fetcher, FetchOptions, PageRequest, entry_requests, is_web_url
from eventwire.ingest.fields import FieldMap
from eventwire.ingest.jsonl import read_jsonl, read_jsonl_lines
from eventwire.ingest.names import lossless_name
from eventwire.ingest.opening import open_binary, read_limited
from eventwire.ingest.urllist import URLS_PREFIX, looks_like_url_list, read_url_list
from eventwire.ingest.warc import read_warc
from eventwire.reasons import reject
from eventwire.records import ContentType, RawDocument, Rejection
from eventwire.settings import get_settings

if TYPE_CHECKING:
    from eventwire.store.fetch_cache import FetchCache

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".json")
WARC_SUFFIXES = (".warc", ".arc")
URLS_SUFFIXES = (".urls",)

Item = RawDocument | Rejection | PageRequest


@dataclass(frozen=True, slots=True)
class ReadSettings:
    """Everything a reader needs besides the path (``max_bytes``: by default the
    ``max_bytes`` setting)."""

    fields: FieldMap
    published: str | None = None
    max_bytes: int = field(default_factory=lambda: get_settings().max_bytes)
    fetch: bool = False
    follow_symlinks: bool = False
    include_hidden: bool = False


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
    if suffix in URLS_SUFFIXES:
        return "urls", gz
    return "text", gz


def sniff_content_type(head: bytes) -> ContentType:
    """``text/html`` when the first bytes look like markup, else ``text/plain``."""
    start = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    markers = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml", b"<div", b"<p>")
    return "text/html" if start.startswith(markers) else "text/plain"


def _whole_file(path: Path, gz: bool, max_bytes: int) -> bytes | Rejection:
    """The file's bytes, or a rejection: checked by size on disk before anything is read."""
    try:
        if not gz:
            size = path.stat().st_size
            if size > max_bytes:
                return reject(
                    str(path), "too-large", f"It has {size:,} bytes; the limit is {max_bytes:,}."
                )
        with open_binary(path) as handle:
            data = read_limited(handle, max_bytes)
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        return reject(str(path), "unreadable", f"{type(err).__name__}: {err}")
    if data is None:
        return reject(str(path), "too-large", f"It unpacks to over {max_bytes:,} bytes.")
    return data


def _feed_items(
    content: bytes, name: str, settings: ReadSettings
) -> Iterator[RawDocument | Rejection | PageRequest]:
    entries = read_feed_bytes(content, name, settings.published)
    if settings.fetch:
        yield from entry_requests(entries)
    else:
        yield from entries


def read_file(path: Path, settings: ReadSettings) -> Iterator[Item]:
    """All documents, rejections and pages to fetch from one file (``empty`` when none)."""
    found = False
    for item in _read_kind(path, settings):
        found = True
        yield item
    if not found:
        yield reject(str(path), "empty", "The file holds no documents.")


def _read_kind(path: Path, settings: ReadSettings) -> Iterator[Item]:
    kind, gz = _kind(path)
    if kind == "text" and settings.fetch and looks_like_url_list(path):
        kind = "urls"
    if kind == "urls":
        yield from read_url_list(path)
        return
    if kind == "warc":
        yield from read_warc(path, settings.published, settings.max_bytes)
        return
    if kind == "jsonl":
        yield from read_jsonl(path, settings.fields, settings.published, settings.max_bytes)
        return
    if kind == "csv":
        yield from read_csv(path, settings.fields, settings.published, settings.max_bytes)
        return
    content = _whole_file(path, gz, settings.max_bytes)
    if isinstance(content, Rejection):
        yield content
        return
    if kind == "feed":
        yield from _feed_items(content, str(path), settings)
        return
    ctype: ContentType = "text/html" if kind == "html" else sniff_content_type(content)
    yield RawDocument(
        uri=str(path), content=content, content_type=ctype, published=settings.published
    )


def iter_files(
    directory: Path, pattern: str, *, follow_symlinks: bool = False, include_hidden: bool = False
) -> Iterator[Path]:
    """The regular files under ``directory`` matching ``pattern``, sorted (what
    :func:`walk` finds, without the entries it rejects)."""
    for item in walk(
        directory, pattern, follow_symlinks=follow_symlinks, include_hidden=include_hidden
    ):
        if isinstance(item, Path):
            yield item


def walk(
    directory: Path, pattern: str, *, follow_symlinks: bool = False, include_hidden: bool = False
) -> Iterator[Path | Rejection]:
    """Every entry under ``directory``, sorted: the regular files matching ``pattern`` (and
    links to such files), and a rejection for each entry that is not read, so nothing
    vanishes: a hidden file or folder (``hidden``, unless ``include_hidden``), a link to a
    folder (``link``, unless ``follow_symlinks``; a link back into a folder being walked
    is ``unreadable``), a broken or looping link and a folder that cannot be listed
    (``unreadable``), a named pipe, socket or device (``unsupported``)."""
    seen = {_identity(directory)}
    yield from _walk(directory, directory, pattern, follow_symlinks, include_hidden, seen)


def _identity(path: Path) -> tuple[int, int]:
    info = path.stat()
    return (info.st_dev, info.st_ino)


def _walk(
    root: Path,
    folder: Path,
    pattern: str,
    follow: bool,
    hidden: bool,
    seen: set[tuple[int, int]],
) -> Iterator[Path | Rejection]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        yield reject(str(folder), "unreadable", f"The folder cannot be listed: {err.strerror}.")
        return
    for entry in entries:
        path = folder / entry.name
        name = str(path)
        if entry.name.startswith(".") and not hidden:
            yield reject(name, "hidden")
            continue
        try:
            is_link = entry.is_symlink()
            info = path.stat()  # follows links: raises for a broken or looping one
        except OSError as err:
            what = "The link is broken or loops" if is_link else "It cannot be read"
            yield reject(name, "unreadable", f"{what}: {err.strerror}.")
            continue
        if stat.S_ISDIR(info.st_mode):
            if is_link and not follow:
                yield reject(name, "link")
                continue
            identity = (info.st_dev, info.st_ino)
            if identity in seen:
                yield reject(name, "unreadable", "The link leads back into a folder being read.")
                continue
            yield from _walk(root, path, pattern, follow, hidden, seen | {identity})
        elif stat.S_ISREG(info.st_mode):
            if fnmatch.fnmatch(entry.name, pattern) or path.relative_to(root).match(pattern):
                yield path
        else:
            yield reject(name, "unsupported", f"It is a {_special(info.st_mode)}, not a file.")


def _special(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def read_stdin(settings: ReadSettings) -> Iterator[RawDocument | Rejection]:
    """One document from standard input (or one per line when it is JSON Lines)."""
    try:
        content = read_limited(sys.stdin.buffer, settings.max_bytes)  # type: ignore[arg-type]
    except (OSError, ValueError) as err:
        yield reject("-", "unreadable", f"Standard input could not be read: {err}")
        return
    if content is None:
        yield reject("-", "too-large", f"Standard input is over {settings.max_bytes:,} bytes.")
        return
    stripped = content.lstrip()
    if stripped.startswith(b"{") and b"\n" in stripped.strip():
        lines = iter(content.splitlines())
        yield from read_jsonl_lines(lines, "-", settings.fields, settings.published)
        return
    yield RawDocument(
        uri="-",
        content=content,
        content_type=sniff_content_type(content),
        published=settings.published,
    )


def _items(paths: Sequence[str | Path], settings: ReadSettings, pattern: str) -> Iterator[Item]:
    for item in paths:
        name = str(item)
        if name == "-":
            yield from read_stdin(settings)
        elif name.startswith(URLS_PREFIX):
            yield from read_url_list(Path(name.removeprefix(URLS_PREFIX)))
        elif is_web_url(name):
            yield PageRequest(url=name.strip())
        elif Path(item).is_dir():
            entries = walk(
                Path(item),
                pattern,
                follow_symlinks=settings.follow_symlinks,
                include_hidden=settings.include_hidden,
            )
            for entry in entries:
                if isinstance(entry, Rejection):
                    yield entry
                else:
                    yield from read_file(entry, settings)
        elif Path(item).is_file():
            yield from read_file(Path(item), settings)
        elif Path(item).exists():
            yield reject(name, "unsupported", "It is not a regular file or folder.")
        else:
            yield reject(name, "unreadable", "No such file or folder.")


def _valid_names(item: Item) -> Item:
    """``item`` with a file name that is not valid UTF-8 in its ``uri`` bytes-escaped."""
    if item.uri is not None and lossless_name(item.uri) != item.uri:
        return replace(item, uri=lossless_name(item.uri))
    return item


def _without_fetching(items: Iterable[Item]) -> Iterator[RawDocument | Rejection]:
    for item in items:
        if isinstance(item, PageRequest):
            yield reject(item.uri or item.url, "needs-fetch")
        else:
            yield item


def read_paths_with(
    paths: Sequence[str | Path],
    settings: ReadSettings,
    pattern: str = "*",
    fetch_options: FetchOptions | None = None,
    fetch_cache: FetchCache | None = None,
) -> Iterator[RawDocument | Rejection]:
    """Every document under ``paths`` (files, folders, URLs or ``-``), in a stable order."""
    items = map(_valid_names, _items(paths, settings, pattern))
    if not settings.fetch:
        yield from _without_fetching(items)
        return
    with Fetcher(fetch_options, fetch_cache) as fetcher:
        yield from fetcher.documents(items)
