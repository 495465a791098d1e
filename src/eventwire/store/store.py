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
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from eventwire.records import CodedArticle, Rejection
from eventwire.serialize import coded_article_from_dict
from eventwire.store import _clusters, _export, _rows, _schema
from eventwire.store._export import ExportFormat
from eventwire.store._filters import EventFilter
from eventwire.store._neardup import NearDuplicateIndex
from eventwire.store.summary import Summary

CHILD_TABLES = ("removed_blocks", "actors", "places", "event_participants", "quotes")
INSERT_CHUNK = 250
_READ_ONLY_SQL = re.compile(r"^\s*(?:(?:--[^\n]*\n|/\*.*?\*/)\s*)*(select|with)\b", re.I | re.S)


class StoreError(Exception):
    """A store that cannot be opened or a request it refuses."""


class Store:
    """A DuckDB file of coded articles, events, rejections and runs.

    Use as a context manager, or call :meth:`close`. Not safe to share between threads.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
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
        self._neardup: NearDuplicateIndex | None = None
        if read_only:
            self._check_schema()
        else:
            self._create_schema()

    # -- lifecycle -------------------------------------------------------------------

    def close(self) -> None:
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
            for statement in _schema.TABLES:
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
        row = self._con.execute(
            "SELECT EXISTS (SELECT 1 FROM articles WHERE doc_id = $id) "
            "OR EXISTS (SELECT 1 FROM rejections WHERE doc_id = $id)",
            {"id": doc_id},
        ).fetchone()
        return bool(row and row[0])

    def write(self, item: CodedArticle | Rejection, run_id: str) -> bool:
        """Store one document in one transaction; False when it was already stored.

        An article whose URL (or, without a URL, whose URI) matches a stored article
        with other content replaces that article and everything coded from it.
        """
        if isinstance(item, Rejection):
            return self._write_rejection(item, run_id)
        return self._write_article(item, run_id)

    def _write_rejection(self, item: Rejection, run_id: str) -> bool:
        with self._transaction():
            exists = self._con.execute(
                "SELECT 1 FROM rejections WHERE uri = ? AND doc_id IS NOT DISTINCT FROM ?",
                [item.uri, item.doc_id],
            ).fetchone()
            if exists:
                return False
            self._con.execute(
                "INSERT INTO rejections VALUES (?, ?, ?, ?, ?, ?)",
                [item.uri, item.doc_id, item.reason, item.detail, run_id, _now()],
            )
        return True

    def _write_article(self, coded: CodedArticle, run_id: str) -> bool:
        article = coded.article
        index = self._index()
        with self._transaction():
            if self._con.execute(
                "SELECT 1 FROM articles WHERE doc_id = ?", [article.doc_id]
            ).fetchone():
                return False
            replaced = self._older_versions(coded)
            for doc_id in replaced:
                self._delete_article(doc_id)
            self._con.execute(
                "DELETE FROM rejections WHERE uri = ? AND doc_id IS DISTINCT FROM ?",
                [article.uri, article.doc_id],
            )
            group = index.group_for(article.doc_id, article.signature, exclude=replaced)
            rows = _rows.flatten(coded, dup_group=group, run_id=run_id, coded_at=_now())
            for table, (columns, table_rows) in rows.tables.items():
                self._insert(table, columns, table_rows)
        for doc_id in replaced:
            index.remove(doc_id)
        index.add(article.doc_id, article.signature, group)
        return True

    def _older_versions(self, coded: CodedArticle) -> list[str]:
        article = coded.article
        if article.url:
            sql, key = "SELECT doc_id FROM articles WHERE url = ? AND doc_id <> ?", article.url
        else:
            sql = "SELECT doc_id FROM articles WHERE url IS NULL AND uri = ? AND doc_id <> ?"
            key = article.uri
        return [str(row[0]) for row in self._con.execute(sql, [key, article.doc_id]).fetchall()]

    def _delete_article(self, doc_id: str) -> None:
        self._con.execute(
            "DELETE FROM event_clusters WHERE event_id IN "
            "(SELECT event_id FROM events WHERE doc_id = ?)",
            [doc_id],
        )
        for table in (*CHILD_TABLES, "events", "articles"):
            self._con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])

    def delete(self, doc_id: str) -> bool:
        """Remove an article and everything coded from it; False if it was not stored."""
        with self._transaction():
            if not self._con.execute(
                "SELECT 1 FROM articles WHERE doc_id = ?", [doc_id]
            ).fetchone():
                return False
            self._delete_article(doc_id)
        if self._neardup is not None:
            self._neardup.remove(doc_id)
        return True

    def _insert(self, table: str, columns: tuple[str, ...], rows: list[_rows.Row]) -> None:
        if not rows:
            return
        names = ", ".join(columns)
        one = "(" + ", ".join("?" * len(columns)) + ")"
        for start in range(0, len(rows), INSERT_CHUNK):
            chunk = rows[start : start + INSERT_CHUNK]
            values = ", ".join([one] * len(chunk))
            params = [value for row in chunk for value in row]
            self._con.execute(f"INSERT INTO {table} ({names}) VALUES {values}", params)

    def _index(self) -> NearDuplicateIndex:
        if self._neardup is None:
            index = NearDuplicateIndex()
            cursor = self._con.execute(
                "SELECT doc_id, signature, dup_group FROM articles "
                "WHERE signature IS NOT NULL AND len(signature) > 0"
            )
            while batch := cursor.fetchmany(10_000):
                index.load(batch)
            self._neardup = index
        return self._neardup

    # -- clusters --------------------------------------------------------------------

    def recluster(self) -> int:
        """Recompute every event cluster (one transaction); returns the number of clusters."""
        rows = self._con.execute(
            "SELECT e.event_id, e.doc_id, a.dup_group, a.source, e.type, e.status, "
            "COALESCE(e.source_country, e.source_name), COALESCE(e.target_country, e.target_name), "
            "COALESCE(e.event_date, a.published), e.place_name, e.place_country, "
            "e.place_feature, e.lat, e.lon "
            "FROM events e JOIN articles a USING (doc_id)"
        ).fetchall()
        clusters = _clusters.cluster([_clusters.Mention(*row) for row in rows])
        with self._transaction():
            self._con.execute("DELETE FROM event_clusters")
            self._con.execute("DELETE FROM clusters")
            self._insert(
                "event_clusters",
                ("event_id", "cluster_id"),
                [(m.event_id, c.cluster_id) for c in clusters for m in c.mentions],
            )
            self._insert("clusters", _CLUSTER_COLUMNS, [c.row() for c in clusters])
        return len(clusters)

    def clusters(self, *, min_articles: int = 1, limit: int | None = None) -> list[dict[str, Any]]:
        """Event clusters, largest first."""
        sql = (
            "SELECT * FROM clusters WHERE n_articles >= ? "
            "ORDER BY n_articles DESC, n_mentions DESC, first_date, cluster_id"
        )
        params: list[Any] = [min_articles]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return self._dicts(sql, params)

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
        limit: int | None = None,
        dedup: bool = False,
    ) -> list[dict[str, Any]]:
        """Events (rows of ``events_all``, or of ``events_view`` with ``dedup``), by date."""
        where = EventFilter(actor, country, type, since, until, status)
        clause, params = where.where("e")
        view = "events_view" if dedup else "events_all"
        sql = f"SELECT * FROM {view} e WHERE {clause} ORDER BY e.effective_date, e.event_id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return self._dicts(sql, params)

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

    def rejections(self) -> list[dict[str, Any]]:
        return self._dicts("SELECT * FROM rejections ORDER BY rejected_at, uri")

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
            top_dyads=[
                (str(s), str(t), int(n))
                for s, t, n in self._con.execute(
                    "SELECT source, target, n_events FROM dyads "
                    "ORDER BY n_events DESC, source, target LIMIT ?",
                    [top],
                ).fetchall()
            ],
            quotes=one("SELECT COUNT(*) FROM quotes"),
            actors=one("SELECT COUNT(*) FROM actors"),
            places=one("SELECT COUNT(*) FROM places"),
            near_duplicate_groups=int(groups[0]) if groups else 0,
            near_duplicate_copies=int(groups[1]) if groups else 0,
            clusters=one("SELECT COUNT(*) FROM clusters"),
            multi_article_clusters=one("SELECT COUNT(*) FROM clusters WHERE n_articles > 1"),
            top_clusters=self.clusters(min_articles=2, limit=top),
        )

    def export(self, path: str | Path, fmt: ExportFormat, **filters: Any) -> int:
        """Write matching events to Parquet, CSV (GDELT-like columns) or JSONL; rows written.

        ``filters`` are those of :meth:`query_events` (and ``doc_id``, ``cluster_id``).
        """
        return _export.export(self._con, Path(path), fmt, EventFilter(**filters))

    def sql(self, query: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        """Run one read-only ``SELECT``/``WITH`` query; anything else raises StoreError.

        On a writable store the query runs in a transaction that is rolled back.
        """
        body = query.strip().rstrip(";")
        if not _READ_ONLY_SQL.match(body) or ";" in _strip_strings(body):
            raise StoreError("only a single SELECT or WITH query is allowed")
        if self.read_only:
            return self._dicts(body, list(params or ()))
        self._con.execute("BEGIN TRANSACTION")
        try:
            return self._dicts(body, list(params or ()))
        finally:
            self._con.execute("ROLLBACK")

    # -- helpers ---------------------------------------------------------------------

    def _dicts(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        cursor = self._con.execute(sql, list(params or ()))
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

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


def _strip_strings(sql: str) -> str:
    return re.sub(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"", "''", sql)
