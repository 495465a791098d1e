"""URL lists: one http(s) address per line, ``#`` comments and blank lines skipped.

A file is a URL list when its name ends in ``.urls`` (``.urls.gz``), when it is given as
``urls:FILE``, or, with fetching on, when it is a ``.txt`` file whose every line is a URL.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

from eventwire.ingest.fetch import PageRequest, is_web_url
from eventwire.ingest.opening import bounded_lines, open_binary
from eventwire.reasons import reject
from eventwire.records import Rejection

URLS_PREFIX = "urls:"
MAX_URL_CHARS = 8192
SNIFF_BYTES = 65536


def _lines(path: Path) -> Iterator[tuple[int, bytes, bool]]:
    with open_binary(path) as handle:
        for number, (line, whole) in enumerate(bounded_lines(handle, MAX_URL_CHARS), start=1):
            yield number, line, whole


def read_url_list(path: Path) -> Iterator[PageRequest | Rejection]:
    """One :class:`PageRequest` per URL line; anything else becomes a ``bad-url`` rejection."""
    try:
        for number, raw, whole in _lines(path):
            text = raw.decode("utf-8", errors="replace").strip()
            if not text or text.startswith("#"):
                continue
            uri = f"{path}#L{number}"
            if not whole:
                yield reject(uri, "bad-url", f"Line {number} is too long for an address.")
            elif is_web_url(text) and not any(c.isspace() for c in text):
                yield PageRequest(url=text)
            else:
                yield reject(uri, "bad-url", f"Line {number}: {text[:80]!r}.")
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        yield reject(str(path), "unreadable", f"Reading stopped: {err}.")


def looks_like_url_list(path: Path) -> bool:
    """Whether the start of ``path`` holds nothing but URLs (and comments)."""
    try:
        with open_binary(path) as handle:
            head = handle.read(SNIFF_BYTES)
    except (OSError, EOFError, gzip.BadGzipFile):
        return False
    lines = head.decode("utf-8", errors="replace").splitlines()
    if len(head) == SNIFF_BYTES and lines:
        lines = lines[:-1]  # the last line may be cut
    urls = 0
    for line in lines:
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if not is_web_url(text) or any(c.isspace() for c in text):
            return False
        urls += 1
    return urls > 0
