"""The Python API for reading an event database: ``eventwire.open(path)``.

Its methods mirror the command line (``eventwire query``, ``query --clusters``,
``query --group-by``, ``query --sql``, ``summary``, ``export``) and return lists of
dictionaries, or pandas / polars DataFrames with ``as_="pandas"`` / ``as_="polars"``
(the optional extras ``eventwire[pandas]`` and ``eventwire[polars]``)::

    import eventwire

    with eventwire.open("eventwire.duckdb") as db:
        print(db.summary())
        weekly = db.counts("week", country="IRN", as_="pandas")
        for event in db.events(dyad=("USA", "Iran"), since=date(2025, 1, 1)):
            print(event["effective_date"], event["type"], event["sentence_text"])

The database is opened read-only, so any number of readers can use it while no
run writes to it. To write, use :class:`eventwire.store.Store`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, overload

from eventwire.records import CodedArticle
from eventwire.store._export import ExportFormat
from eventwire.store._filters import parse_dyad
from eventwire.store._frames import Frame, Rows
from eventwire.store.store import Store
from eventwire.store.summary import Summary

DataFrameKind = Literal["pandas", "polars"]
Period = Literal["day", "week", "month"]


def open(path: str | Path) -> EventDatabase:
    """Open an eventwire database read-only; use it as a context manager or ``close()`` it."""
    return EventDatabase(path)


class EventDatabase:
    """A read-only view of one eventwire DuckDB file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._store = Store(self.path, read_only=True)

    def __enter__(self) -> EventDatabase:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._store.close()

    def __repr__(self) -> str:
        return f"EventDatabase({str(self.path)!r})"

    # -- events --------------------------------------------------------------------

    @overload
    def events(
        self,
        *,
        actor: str | None = ...,
        country: str | None = ...,
        type: str | None = ...,
        status: str | None = ...,
        since: dt.date | None = ...,
        until: dt.date | None = ...,
        dyad: str | tuple[str, str] | None = ...,
        dedup: bool = ...,
        limit: int | None = ...,
        as_: Literal["dicts"] = ...,
    ) -> Rows: ...
    @overload
    def events(
        self,
        *,
        actor: str | None = ...,
        country: str | None = ...,
        type: str | None = ...,
        status: str | None = ...,
        since: dt.date | None = ...,
        until: dt.date | None = ...,
        dyad: str | tuple[str, str] | None = ...,
        dedup: bool = ...,
        limit: int | None = ...,
        as_: DataFrameKind,
    ) -> Frame: ...
    def events(
        self,
        *,
        actor: str | None = None,
        country: str | None = None,
        type: str | None = None,
        status: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        dyad: str | tuple[str, str] | None = None,
        dedup: bool = False,
        limit: int | None = None,
        as_: Literal["dicts", "pandas", "polars"] = "dicts",
    ) -> Rows | Frame:
        """Events by date (``eventwire query``): one row of the ``events_all`` view each.

        ``actor`` matches a participant's name (substring, any case) or actor id;
        ``country`` the source's, target's or place's ISO 3166 alpha-3 code; ``dyad``
        is directed, ``"USA:Iran"`` or ``("USA", "Iran")``, each side a country code,
        a country name or an actor name. ``dedup`` counts syndicated copies once
        (``events_view``, with ``n_copies``).
        """
        return self._store.query_events(
            actor=actor,
            country=country,
            type=type,
            status=status,
            since=since,
            until=until,
            dyad=_dyad(dyad),
            dedup=dedup,
            limit=limit,
            as_=as_,
        )

    def articles(self) -> Iterator[CodedArticle]:
        """Every stored coded article, rebuilt as the record that was written."""
        for doc_id in self._store.doc_ids():
            coded = self._store.get(doc_id)
            if coded is not None:
                yield coded

    def article(self, doc_id: str) -> CodedArticle | None:
        """One stored coded article by its content hash, or None."""
        return self._store.get(doc_id)

    # -- clusters and counts ---------------------------------------------------------

    @overload
    def clusters(
        self,
        *,
        min_articles: int = ...,
        limit: int | None = ...,
        as_: Literal["dicts"] = ...,
        **filters: Any,
    ) -> Rows: ...
    @overload
    def clusters(
        self,
        *,
        min_articles: int = ...,
        limit: int | None = ...,
        as_: DataFrameKind,
        **filters: Any,
    ) -> Frame: ...
    def clusters(
        self,
        *,
        min_articles: int = 1,
        limit: int | None = None,
        as_: Literal["dicts", "pandas", "polars"] = "dicts",
        **filters: Any,
    ) -> Rows | Frame:
        """One row per event cluster, largest first (``eventwire query --clusters``).

        Takes the filters of :meth:`events`; a cluster is kept when one of its events
        matches, and ``since``/``until`` bound its first date.
        """
        if "dyad" in filters:
            filters["dyad"] = _dyad(filters["dyad"])
        return self._store.clusters(min_articles=min_articles, limit=limit, as_=as_, **filters)

    @overload
    def counts(
        self,
        group_by: Period = ...,
        *,
        all_statuses: bool = ...,
        as_: Literal["dicts"] = ...,
        **filters: Any,
    ) -> Rows: ...
    @overload
    def counts(
        self,
        group_by: Period = ...,
        *,
        all_statuses: bool = ...,
        as_: DataFrameKind,
        **filters: Any,
    ) -> Frame: ...
    def counts(
        self,
        group_by: Period = "week",
        *,
        all_statuses: bool = False,
        as_: Literal["dicts", "pandas", "polars"] = "dicts",
        **filters: Any,
    ) -> Rows | Frame:
        """Events per day, week or month and type (``eventwire query --group-by``).

        Asserted events only, as GDELT's and ACLED's counts are, unless ``status`` is
        given or ``all_statuses`` is true."""
        if "dyad" in filters:
            filters["dyad"] = _dyad(filters["dyad"])
        return self._store.counts(group_by, as_=as_, **_asserted(filters, all_statuses))

    # -- the rest ------------------------------------------------------------------

    @overload
    def rejections(self, *, as_: Literal["dicts"] = ...) -> Rows: ...
    @overload
    def rejections(self, *, as_: DataFrameKind) -> Frame: ...
    def rejections(self, *, as_: Literal["dicts", "pandas", "polars"] = "dicts") -> Rows | Frame:
        """Every input that could not be coded, with its reason."""
        return self._store.rejections(as_=as_)

    def summary(self, *, top: int = 10) -> Summary:
        """What ``eventwire summary`` prints; ``str()`` it for the text."""
        return self._store.summary(top=top)

    def export(
        self,
        path: str | Path,
        format: ExportFormat = "parquet",
        *,
        all_statuses: bool = False,
        **filters: Any,
    ) -> int:
        """Write matching events to Parquet, CSV, JSONL or GDELT 2.0's event table layout
        (``eventwire export``); rows written. Asserted events only unless ``status`` is
        given or ``all_statuses`` is true."""
        if "dyad" in filters:
            filters["dyad"] = _dyad(filters["dyad"])
        return self._store.export(path, format, **_asserted(filters, all_statuses))

    @overload
    def sql(
        self, query: str, params: Sequence[Any] | None = ..., *, as_: Literal["dicts"] = ...
    ) -> Rows: ...
    @overload
    def sql(
        self, query: str, params: Sequence[Any] | None = ..., *, as_: DataFrameKind
    ) -> Frame: ...
    def sql(
        self,
        query: str,
        params: Sequence[Any] | None = None,
        *,
        as_: Literal["dicts", "pandas", "polars"] = "dicts",
    ) -> Rows | Frame:
        """One read-only query against the documented tables and views (``query --sql``).

        It cannot read or write other files: see ``store/SCHEMA.md``.
        """
        return self._store.sql(query, params, as_=as_)


def _asserted(filters: dict[str, Any], all_statuses: bool) -> dict[str, Any]:
    if all_statuses or filters.get("status"):
        return filters
    return {**filters, "status": "asserted"}


def _dyad(dyad: str | tuple[str, str] | None) -> tuple[str, str] | None:
    if dyad is None or isinstance(dyad, tuple):
        return dyad
    return parse_dyad(dyad)
