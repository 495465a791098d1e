"""The DuckDB event store: an idempotent, resumable writer and the queries over it.

One process may write a store at a time (DuckDB's rule); any number may open it
``read_only=True`` when no writer holds it. Each document is written in its own
transaction, so a run killed at any moment leaves every document either fully
stored or absent, and re-running skips what is there (:meth:`Store.seen`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from eventwire.records import CodedArticle, Rejection
from eventwire.serialize import coded_article_from_dict
from eventwire.store import _clusters, _export, _rows, _schema
from eventwire.store._batch import plan_batch
from eventwire.store._countries import actor_label
from eventwire.store._export import ExportFormat
from eventwire.store._filters import EventFilter, precise_for
from eventwire.store._frames import Frame, Output, Rows, check_output, fetch
from eventwire.store._neardup import BANDS_TABLE, NearDuplicateIndex, backfill
from eventwire.store._sandbox import Sandbox, check_read_only
from eventwire.store.summary import DyadCount, Summary

CHILD_TABLES = ("removed_blocks", "actors", "places", "event_participants", "quotes")
INSERT_CHUNK = 10_000
VALUES_ROWS = 4  # above it the appender is cheaper (at 8 rows, and ~40% less at 25 articles)
MEMORY_LIMIT = re.compile(r"\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)")
GROUP_BY = {"day": "day", "week": "week", "month": "month"}


class StoreError(ValueError):
    """A store that cannot be opened or a request it refuses."""


class Store:
    """A DuckDB file of coded articles, events, rejections and runs.

    Use as a context manager, or call :meth:`close`. Not safe to share between threads.
    """

    def __init__(
        self, path: str | Path, *, read_only: bool = False, memory_limit: str | None = None
    ) -> None:
        """Open (or create) the store at ``path``.

        ``memory_limit`` (such as ``"256MB"``) caps DuckDB's memory, the blocks it keeps
        cached included; without it DuckDB may cache up to most of the machine's memory,
        which a long-running writer fills as the store grows. Larger work spills to disk.
        """
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}")
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as error:
            raise StoreError(f"cannot open {self.path}: {error}") from error
        if memory_limit is not None:
            if not MEMORY_LIMIT.fullmatch(memory_limit):
                self._con.close()
                raise StoreError(
                    f"memory_limit must be like '256MB' or '2GB', not {memory_limit!r}"
                )
            self._con.execute(f"SET memory_limit = '{memory_limit}'")
        self._neardup: NearDuplicateIndex | None = None
        self._sandbox: Sandbox | None = None
        if read_only:
            self._check_schema()
        else:
            self._create_schema()

    # -- lifecycle -------------------------------------------------------------------

    @property
    def connection(self) -> Any:
        """The open DuckDB connection, for helpers that keep their own tables (fetch cache)."""
        return self._con

    def close(self) -> None:
        if self._sandbox is not None:
            self._sandbox.close()
            self._sandbox = None
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _create_schema(self) -> None:
        with self._transaction():
            for statement in (*_schema.TABLES, *_schema.ADDED_COLUMNS):
                self._con.execute(statement)
            self._con.execute(
                "INSERT INTO meta SELECT 'schema_version', ? "
                "WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'schema_version')",
                [str(_schema.SCHEMA_VERSION)],
            )
            for statement in _schema.VIEWS:
                self._con.execute(statement)
        self._check_schema()

    def _check_schema(self) -> None:
        try:
            row = self._con.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'"
            ).fetchone()
        except duckdb.CatalogException as error:
            raise StoreError(f"{self.path} is not an eventwire store") from error
        if row is None or int(row[0]) > _schema.SCHEMA_VERSION:
            found = row[0] if row else "none"
            raise StoreError(
                f"{self.path} has schema version {found}; this eventwire reads "
                f"version {_schema.SCHEMA_VERSION} and older"
            )

    def _transaction(self) -> _Transaction:
        return _Transaction(self._con)

    # -- runs ------------------------------------------------------------------------

    def begin_run(self, inputs: Sequence[str], *, version: str, lexicon_version: str) -> str:
        """Record the start of a run and return its id."""
        now = _now()
        run_id = f"{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        with self._transaction():
            self._con.execute(
                "INSERT INTO runs (run_id, started, version, lexicon_version, inputs) "
                "VALUES (?, ?, ?, ?, ?)",
                [run_id, now, version, lexicon_version, list(inputs)],
            )
        return run_id

    def end_run(self, run_id: str, *, coded: int, rejected: int, skipped: int) -> None:
        """Record the end of a run with its counts, then recompute the event clusters."""
        with self._transaction():
            self._con.execute(
                "UPDATE runs SET finished = ?, coded = ?, rejected = ?, skipped = ? "
                "WHERE run_id = ?",
                [_now(), coded, rejected, skipped, run_id],
            )
        self.recluster()

    def runs(self) -> list[dict[str, Any]]:
        return self._dicts("SELECT * FROM runs ORDER BY started")

    # -- writing ---------------------------------------------------------------------

    def seen(self, doc_id: str) -> bool:
        """Whether the document with this content hash is stored, as an article or a rejection."""
        return doc_id in self.seen_many([doc_id])

    def seen_many(self, doc_ids: Iterable[str]) -> set[str]:
        """Those of ``doc_ids`` that are stored, as articles or rejections (one query)."""
        ids = list(dict.fromkeys(doc_ids))
        if not ids:
            return set()
        rows = self._con.execute(
            "SELECT doc_id FROM articles WHERE doc_id IN (SELECT unnest($ids)) UNION "
            "SELECT doc_id FROM rejections WHERE doc_id IN (SELECT unnest($ids))",
            {"ids": ids},
        ).fetchall()
        return {str(row[0]) for row in rows}

    def write(self, item: CodedArticle | Rejection, run_id: str) -> bool:
        """Store one document in one transaction; False when it was already stored.

        An article whose URL (or, without a URL, whose URI) matches a stored article
        with other content replaces that article and everything coded from it.
        """
        return self.write_many([item], run_id)[0]

    def write_many(self, items: Iterable[CodedArticle | Rejection], run_id: str) -> list[bool]:
        """Store several documents in one transaction; for each, False if already stored.

        Every document is still all-or-nothing: a run killed mid-batch leaves the whole
        batch absent, and a re-run codes it again (:meth:`seen_many` skips the rest).
        One transaction per batch instead of per document is what makes bulk loading
        fast (a DuckDB commit costs a few milliseconds). Documents in one batch see
        each other as :meth:`write` would: a later version of a URL replaces an
        earlier one, and a syndicated copy joins the group of one written before it.
        """
        batch = list(items)
        if not batch:
            return []
        index = self._index()
        try:
            with self._transaction():
                plan = plan_batch(self._con, batch, index, run_id, _now())
                self._delete_articles(plan.deleted)
                for uri, keep in plan.cleared:
                    self._con.execute(
                        "DELETE FROM rejections WHERE uri = ? AND doc_id IS DISTINCT FROM ?",
                        [uri, keep],
                    )
                for table, (columns, rows) in plan.tables().items():
                    self._insert(table, columns, rows)
                index.flush()
        except BaseException:
            index.reset()  # the batch's band rows were rolled back with it
            raise
        return plan.written

    def _delete_articles(self, doc_ids: Sequence[str]) -> None:
        """Remove articles and everything coded from them: one statement per table for
        all of them (a batch that replaces many stored versions pays for one)."""
        if not doc_ids:
            return
        ids = list(doc_ids)
        among = "doc_id IN (" + ", ".join("?" * len(ids)) + ")"
        self._con.execute(
            "DELETE FROM event_clusters WHERE event_id IN "
            f"(SELECT event_id FROM events WHERE {among})",
            ids,
        )
        for table in (*CHILD_TABLES, BANDS_TABLE, "events", "articles"):
            self._con.execute(f"DELETE FROM {table} WHERE {among}", ids)

    def delete(self, doc_id: str) -> bool:
        """Remove an article and everything coded from it; False if it was not stored."""
        with self._transaction():
            if not self._con.execute(
                "SELECT 1 FROM articles WHERE doc_id = ?", [doc_id]
            ).fetchone():
                return False
            self._delete_articles([doc_id])
        return True

    def _insert(self, table: str, columns: tuple[str, ...], rows: list[_rows.Row]) -> None:
        """Insert rows inside the open transaction.

        A few rows go in one ``INSERT ... VALUES`` statement; many go through DuckDB's
        appender, whose setup costs more but whose rows cost far less.
        """
        if not rows:
            return
        if len(rows) <= VALUES_ROWS:
            one = "(" + ", ".join("?" * len(columns)) + ")"
            self._con.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([one] * len(rows))}",
                [value for row in rows for value in row],
            )
            return
        appender = self._con.appender(table, columns=list(columns))
        for start in range(0, len(rows), INSERT_CHUNK):
            appender.append_rows(rows[start : start + INSERT_CHUNK])
            appender.flush()

    def _index(self) -> NearDuplicateIndex:
        """The near-duplicate index over this store's tables (no per-article state in RAM).

        On the first write of this process, articles stored without band rows (by an
        eventwire before the index moved into the database) get them.
        """
        if self._neardup is None:
            with self._transaction():
                backfill(self._con)
            self._neardup = NearDuplicateIndex(self._con, documents="articles")
        return self._neardup

    # -- clusters --------------------------------------------------------------------

    def recluster(self) -> int:
        """Recompute every event cluster (one transaction); returns the number of clusters.

        Events are read in the order of the clustering key (type, factuality, dyad) and
        clustered one key at a time, so memory holds one key's events, not the store's.
        """
        factual = ", ".join(f"'{status}'" for status in sorted(_clusters.FACTUAL))
        reader = self._con.cursor()
        count = 0
        try:
            result = reader.execute(
                "SELECT e.event_id, e.doc_id, a.dup_group, a.source, e.type, e.status, "
                f"{_schema.actor_key('e.source')} AS source_key, "
                f"{_schema.actor_key('e.target')} AS target_key, "
                "COALESCE(e.event_date, a.published), e.place_name, e.place_country, "
                "e.place_feature, e.lat, e.lon, "
                f"CASE WHEN e.status IN ({factual}) THEN NULL ELSE e.status END AS kind "
                "FROM events e JOIN articles a USING (doc_id) "
                "ORDER BY e.type, kind NULLS FIRST, source_key NULLS FIRST, "
                "target_key NULLS FIRST"
            )
            with self._transaction():
                self._con.execute("DELETE FROM event_clusters")
                self._con.execute("DELETE FROM clusters")
                links: list[_rows.Row] = []
                rows: list[_rows.Row] = []
                for mentions in _key_groups(result):
                    clusters = _clusters.cluster(mentions)
                    links.extend((m.event_id, c.cluster_id) for c in clusters for m in c.mentions)
                    rows.extend(c.row() for c in clusters)
                    count += len(clusters)
                    if len(links) >= INSERT_CHUNK:  # insert in chunks: memory stays flat
                        self._insert("event_clusters", ("event_id", "cluster_id"), links)
                        self._insert("clusters", _CLUSTER_COLUMNS, rows)
                        links, rows = [], []
                self._insert("event_clusters", ("event_id", "cluster_id"), links)
                self._insert("clusters", _CLUSTER_COLUMNS, rows)
        finally:
            reader.close()
        return count

    def clusters(
        self,
        *,
        min_articles: int = 1,
        limit: int | None = None,
        as_: Output = "dicts",
        **filters: Any,
    ) -> Rows | Frame:
        """Event clusters, largest first, each with the sentence of its first mention.

        ``filters`` are those of :meth:`query_events`: a cluster is listed when one of
        its events matches them (``since``/``until`` bound the cluster's first date).
        """
        check_output(as_)
        dates = {key: filters.pop(key) for key in ("since", "until") if key in filters}
        clause, params = EventFilter(**filters).where("e")
        sql = (
            "SELECT c.*, f.sentence_text, f.url, f.article_source "
            "FROM clusters c LEFT JOIN events_all f ON f.event_id = c.cluster_id[2:] "
            "WHERE c.n_articles >= ?"
        )
        params = [min_articles, *params]
        if clause != "TRUE":
            sql += f" AND c.cluster_id IN (SELECT e.cluster_id FROM events_all e WHERE {clause})"
        if dates.get("since"):
            sql += " AND c.first_date >= ?"
            params.append(dates["since"])
        if dates.get("until"):
            sql += " AND c.first_date <= ?"
            params.append(dates["until"])
        sql += " ORDER BY c.n_articles DESC, c.n_mentions DESC, c.first_date, c.cluster_id"
        return self._fetch(sql, params, as_, limit)

    # -- reading ---------------------------------------------------------------------

    def query_events(
        self,
        *,
        actor: str | None = None,
        country: str | None = None,
        type: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        status: str | None = None,
        dyad: tuple[str, str] | None = None,
        limit: int | None = None,
        dedup: bool = False,
        stated: bool = False,
        as_: Output = "dicts",
    ) -> Rows | Frame:
        """Events (rows of ``events_all``, or of ``events_view`` with ``dedup``), by date.

        Filters: see :class:`EventFilter` (``stated``: no country inferred from the
        document). ``as_`` gives a pandas or polars DataFrame.
        """
        check_output(as_)
        where = EventFilter(actor, country, type, since, until, status, dyad=dyad, stated=stated)
        clause, params = where.where("e")
        view = "events_view" if dedup else "events_all"
        sql = f"SELECT * FROM {view} e WHERE {clause} ORDER BY e.effective_date, e.event_id"
        return self._fetch(sql, params, as_, limit)

    def counts(
        self, group_by: str = "week", *, as_: Output = "dicts", **filters: Any
    ) -> Rows | Frame:
        """Events per period and type: ``period`` (first day), ``type``, ``events``, ``mentions``.

        ``events`` counts the copies of an event in syndicated articles once
        (``events_view``); ``mentions`` counts every stored mention. Periods are days,
        ISO weeks (from Monday) or calendar months of the effective date; events with
        no date at all, or a date coarser than the period (a year for a month), are left
        out. ``filters`` are those of :meth:`query_events`.
        """
        check_output(as_)
        unit = GROUP_BY.get(group_by)
        if unit is None:
            raise ValueError(f"group_by must be day, week or month, not {group_by!r}")
        clause, params = EventFilter(**filters).where("e")
        sql = (
            f"SELECT CAST(date_trunc('{unit}', e.effective_date) AS DATE) AS period, e.type, "
            "COUNT(*) FILTER (WHERE v.event_id IS NOT NULL) AS events, COUNT(*) AS mentions "
            "FROM events_all e LEFT JOIN (SELECT event_id FROM events_view) v USING (event_id) "
            f"WHERE e.effective_date IS NOT NULL AND {precise_for(unit, 'e')} AND {clause} "
            "GROUP BY ALL ORDER BY period, events DESC, e.type"
        )
        return self._fetch(sql, params, as_)

    def get(self, doc_id: str) -> CodedArticle | None:
        """The stored coded article with this id, rebuilt exactly as it was written."""
        row = self._con.execute(
            "SELECT record, text FROM articles WHERE doc_id = ?", [doc_id]
        ).fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        data["article"]["text"] = row[1]
        return coded_article_from_dict(data)

    def doc_ids(self) -> list[str]:
        return [str(r[0]) for r in self._con.execute("SELECT doc_id FROM articles").fetchall()]

    def rejections(self, *, as_: Output = "dicts") -> Rows | Frame:
        """Every rejection, oldest first."""
        return self._fetch("SELECT * FROM rejections ORDER BY rejected_at, uri", [], as_)

    def summary(self, *, top: int = 10) -> Summary:
        """Counts for a terminal report; see :class:`Summary`."""
        one = self._scalar
        groups = self._con.execute(
            "SELECT COUNT(*), COALESCE(SUM(n - 1), 0) FROM "
            "(SELECT COUNT(*) AS n FROM articles GROUP BY dup_group HAVING COUNT(*) > 1)"
        ).fetchone()
        return Summary(
            runs=one("SELECT COUNT(*) FROM runs"),
            articles=one("SELECT COUNT(*) FROM articles"),
            rejections=self._counts("SELECT reason, COUNT(*) FROM rejections GROUP BY 1"),
            events=one("SELECT COUNT(*) FROM events"),
            unique_events=one("SELECT COUNT(*) FROM events_view"),
            events_by_type=self._counts("SELECT type, COUNT(*) FROM events_view GROUP BY 1"),
            events_by_status=self._counts("SELECT status, COUNT(*) FROM events_view GROUP BY 1"),
            top_dyads=self._top_dyads(top),
            quotes=one("SELECT COUNT(*) FROM quotes"),
            actors=one("SELECT COUNT(*) FROM actors"),
            places=one("SELECT COUNT(*) FROM places"),
            near_duplicate_groups=int(groups[0]) if groups else 0,
            near_duplicate_copies=int(groups[1]) if groups else 0,
            clusters=one("SELECT COUNT(*) FROM clusters"),
            multi_article_clusters=one("SELECT COUNT(*) FROM clusters WHERE n_articles > 1"),
            top_clusters=self.clusters(min_articles=2, limit=top),
        )

    def _top_dyads(self, top: int) -> list[DyadCount]:
        rows = self._con.execute(
            "SELECT source, source_name, source_country, source_sector, "
            "target, target_name, target_country, target_sector, n_events FROM dyads "
            "ORDER BY n_events DESC, source, target, source_sector NULLS FIRST, "
            "target_sector NULLS FIRST LIMIT ?",
            [top],
        ).fetchall()
        return [
            DyadCount(
                source=actor_label(str(row[0]), row[1], row[2], row[3]),
                target=actor_label(str(row[4]), row[5], row[6], row[7]),
                events=int(row[8]),
                source_key=str(row[0]),
                target_key=str(row[4]),
            )
            for row in rows
        ]

    def export(self, path: str | Path, fmt: ExportFormat, **filters: Any) -> int:
        """Write matching events to Parquet, CSV (GDELT-like columns) or JSONL; rows written.

        ``filters`` are those of :meth:`query_events` (and ``doc_id``, ``cluster_id``).
        """
        return _export.export(self._con, Path(path), fmt, EventFilter(**filters))

    def sql(
        self, query: str, params: Sequence[Any] | None = None, *, as_: Output = "dicts"
    ) -> Rows | Frame:
        """Run one read-only query (``SELECT``, ``WITH``, ``DESCRIBE``, ...); else StoreError.

        On a read-only store the query runs on a sandbox connection that attaches the
        file read-only with DuckDB's external access off, so it cannot read or write
        other files. On a writable store (the writer's own process) it runs on the
        writer's connection inside a transaction that is rolled back.
        """
        check_output(as_)
        try:
            body = check_read_only(query)
            if self.read_only:
                if self._sandbox is None:
                    self._sandbox = Sandbox(self.path)
                return self._sandbox.run(body, params, as_)
            self._con.execute("BEGIN TRANSACTION")
            try:
                return self._fetch(body, list(params or ()), as_)
            finally:
                self._con.execute("ROLLBACK")
        except (ValueError, duckdb.Error) as error:
            raise StoreError(str(error)) from error

    # -- helpers ---------------------------------------------------------------------

    def _dicts(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = self._fetch(sql, list(params or ()), "dicts")
        return rows

    def _fetch(
        self, sql: str, params: list[Any], as_: Output, limit: int | None = None
    ) -> Rows | Frame:
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, limit]
        return fetch(self._con, sql, params, as_)

    def _scalar(self, sql: str) -> int:
        row = self._con.execute(sql).fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _counts(self, sql: str) -> dict[str, int]:
        rows: Iterable[tuple[Any, ...]] = self._con.execute(sql).fetchall()
        ordered = sorted(((str(k), int(n)) for k, n in rows), key=lambda kv: (-kv[1], kv[0]))
        return dict(ordered)


_CLUSTER_COLUMNS = (
    "cluster_id", "type", "factual", "source_key", "target_key", "dyad", "first_date",
    "last_date", "place_name", "place_country", "n_mentions", "n_articles", "n_sources",
    "n_copies",
)  # fmt: skip


def _key_groups(result: Any, *, fetch: int = 10_000) -> Iterator[list[_clusters.Mention]]:
    """The mentions of a result ordered by clustering key, one key's mentions at a time.

    Each row is a :class:`_clusters.Mention` followed by the factuality part of the key.
    """
    group: list[_clusters.Mention] = []
    key: tuple[object, ...] | None = None
    while rows := result.fetchmany(fetch):
        for row in rows:
            mention = _clusters.Mention(*row[:-1])
            row_key = (mention.type, row[-1], mention.source_key, mention.target_key)
            if row_key != key and group:
                yield group
                group = []
            key = row_key
            group.append(mention)
    if group:
        yield group


class _Transaction:
    """``with`` block around one DuckDB transaction: commit on success, else roll back."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    def __enter__(self) -> None:
        self._con.execute("BEGIN TRANSACTION")

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self._con.execute("COMMIT")
        else:
            self._con.execute("ROLLBACK")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
