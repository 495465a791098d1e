"""Readers: files, folders, stdin, JSONL, CSV, WARC, feeds, URL lists -> RawDocument | Rejection."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.ingest.feeds import read_feed_bytes
from eventwire.ingest.fetch import USER_AGENT, Fetcher, FetchOptions, PageRequest
from eventwire.ingest.fields import FieldMap
from eventwire.ingest.files import ReadSettings, read_file, read_paths_with
from eventwire.ingest.keys import input_key
from eventwire.records import RawDocument, Rejection
from eventwire.settings import get_settings

if TYPE_CHECKING:
    from eventwire.store.fetch_cache import FetchCache

__all__ = [
    "USER_AGENT",
    "FetchOptions",
    "Fetcher",
    "FieldMap",
    "PageRequest",
    "ReadSettings",
    "input_key",
    "read_feed_bytes",
    "read_file",
    "read_paths",
]


def read_paths(
    paths: Sequence[str | Path],
    *,
    published: str | None = None,
    text_field: str = "text",
    html_field: str = "html",
    url_field: str = "url",
    date_field: str = "published",
    source_field: str = "source",
    title_field: str = "title",
    pattern: str = "*",
    max_bytes: int | None = None,
    fetch: bool | FetchOptions = False,
    fetch_cache: FetchCache | None = None,
    follow_symlinks: bool = False,
    include_hidden: bool = False,
) -> Iterator[RawDocument | Rejection]:
    """Stream documents from files, folders (recursive, sorted), URLs, or ``-`` (stdin).

    The kind of each file comes from its extension: text, HTML, JSONL/NDJSON, CSV, WARC,
    an RSS/Atom/JSON feed, or a ``.urls`` list (``.gz`` allowed); ``urls:FILE`` reads any
    file as a URL list. ``published`` is the date hint for documents that carry none of
    their own. Nothing over ``max_bytes`` (by default the ``max_bytes`` setting) is read
    into memory.

    ``fetch`` (``True`` or :class:`FetchOptions`) downloads URL lists, URL arguments and the
    pages that feed entries link to (a ``.txt`` file of nothing but URLs counts as a list);
    ``fetch_cache`` remembers validators so a re-run asks only for what changed. Without
    ``fetch``, each address becomes a ``needs-fetch`` rejection. Problems become
    :class:`Rejection` records; nothing raises. In folders, hidden entries and links to
    folders are rejected (``hidden``, ``link``) unless ``include_hidden`` or
    ``follow_symlinks``; broken links, special files and unreadable folders are rejected
    too: nothing under a folder is passed over without a record. Files are named by their
    absolute path (:func:`input_key`), whichever runner reads them.
    """
    if max_bytes is None:
        max_bytes = get_settings().max_bytes
    fields = FieldMap(
        text=text_field,
        html=html_field,
        url=url_field,
        date=date_field,
        source=source_field,
        title=title_field,
    )
    settings = ReadSettings(
        fields=fields,
        published=published,
        max_bytes=max_bytes,
        fetch=bool(fetch),
        follow_symlinks=follow_symlinks,
        include_hidden=include_hidden,
    )
    options = fetch if isinstance(fetch, FetchOptions) else FetchOptions()
    options = replace(options, max_bytes=min(options.max_bytes, max_bytes))
    keys = [input_key(item) for item in paths]  # one key per file, however it was named
    return read_paths_with(keys, settings, pattern, options, fetch_cache)
