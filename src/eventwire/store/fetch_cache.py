"""What was downloaded from each URL, so a re-run asks only for what changed.

The ``fetch_cache`` table keeps, per URL, the validators the server sent (``ETag``,
``Last-Modified``), the content hash (the document id) of what was downloaded and when.
A later fetch sends them back as a conditional GET; a ``304 Not Modified`` answer means
the stored copy is still current. The cache lives in the store's DuckDB file and is only
touched from the thread that owns the connection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

TABLE = """
CREATE TABLE IF NOT EXISTS fetch_cache (
    url VARCHAR PRIMARY KEY,
    etag VARCHAR,
    last_modified VARCHAR,
    content_hash VARCHAR,
    fetched_at TIMESTAMP NOT NULL,
    checked_at TIMESTAMP NOT NULL
)"""


@dataclass(frozen=True, slots=True)
class CacheEntry:
    """The remembered answer for one URL."""

    url: str
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    fetched_at: dt.datetime
    checked_at: dt.datetime


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class FetchCache:
    """The ``fetch_cache`` table of an open DuckDB connection (created when missing).

    ``seen(content_hash)`` tells whether the store still holds what a URL gave last time;
    validators are only sent for such URLs, so a document lost from the store (a run
    killed between download and write) is downloaded again rather than taken as unchanged.
    """

    def __init__(self, connection: Any, *, seen: Callable[[str], bool] | None = None) -> None:
        self._con = connection
        self._seen = seen
        self._con.execute(TABLE)

    def get(self, url: str) -> CacheEntry | None:
        """The cached entry for ``url``, or ``None``."""
        row = self._con.execute(
            "SELECT url, etag, last_modified, content_hash, fetched_at, checked_at "
            "FROM fetch_cache WHERE url = ?",
            [url],
        ).fetchone()
        return CacheEntry(*row) if row else None

    def validators(self, url: str) -> dict[str, str]:
        """Conditional-GET headers for ``url`` (empty when nothing usable is cached)."""
        entry = self.get(url)
        if entry is None or entry.content_hash is None:
            return {}
        if self._seen is not None and not self._seen(entry.content_hash):
            return {}
        headers: dict[str, str] = {}
        if entry.etag:
            headers["If-None-Match"] = entry.etag
        if entry.last_modified:
            headers["If-Modified-Since"] = entry.last_modified
        return headers

    def remember(
        self,
        url: str,
        *,
        etag: str | None,
        last_modified: str | None,
        content_hash: str,
        when: dt.datetime | None = None,
    ) -> None:
        """Record a full download of ``url``."""
        at = when or _now()
        self._con.execute(
            "INSERT OR REPLACE INTO fetch_cache "
            "(url, etag, last_modified, content_hash, fetched_at, checked_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [url, etag, last_modified, content_hash, at, at],
        )

    def unchanged(self, url: str, when: dt.datetime | None = None) -> str | None:
        """Note a ``304`` answer for ``url``; returns the content hash of the stored copy."""
        self._con.execute(
            "UPDATE fetch_cache SET checked_at = ? WHERE url = ?", [when or _now(), url]
        )
        entry = self.get(url)
        return entry.content_hash if entry else None

    def __len__(self) -> int:
        row = self._con.execute("SELECT count(*) FROM fetch_cache").fetchone()
        return int(row[0]) if row else 0
