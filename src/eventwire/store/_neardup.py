"""Near-duplicate grouping of articles by their MinHash signatures.

Candidates come from a banded LSH index kept in a DuckDB table, ``neardup_bands``:
one row per band of every stored signature, holding a 64-bit hash of that band's
values (the bucket) and the article's id. Two signatures are candidates when they
share a bucket; each candidate is then checked by the share of equal hash values,
which estimates the Jaccard similarity of the two articles' shingle sets. The index
lives in the database, not in Python memory, so it persists with the store and costs
the writer nothing as the corpus grows; a batch's candidates come from one join.

The bands are chosen so that LSH never misses a pair that passes the check: with
``b`` bands, two signatures that differ in fewer than ``b`` positions share at least
one whole band. (A 0.8 threshold with 5 bands of 11 rows found a pair of true
similarity 0.8 only about one time in three, which is why syndicated copies with
different tails were missed.) A bucket collision only adds a candidate that the
check then rejects, so the grouping is exactly "the most similar stored article at
or above the threshold". The threshold is the ``near_duplicate_threshold`` setting; the
bands depend on it, so a store's articles should all be indexed with the same one.
"""

from __future__ import annotations

import hashlib
import math
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import duckdb

from eventwire.settings import get_settings

BANDS_TABLE = "neardup_bands"
BANDS_DDL = f"""
    CREATE TABLE IF NOT EXISTS {BANDS_TABLE} (
        bucket BIGINT NOT NULL,
        doc_id VARCHAR NOT NULL
    )"""
_DOCUMENTS_DDL = """
    CREATE TABLE IF NOT EXISTS neardup_documents (
        doc_id VARCHAR PRIMARY KEY,
        signature UBIGINT[],
        dup_group VARCHAR NOT NULL
    )"""


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures of equal length (0 if they differ)."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


def bands(num_perm: int, threshold: float) -> tuple[int, int]:
    """``(bands, rows)`` such that every pair with similarity >= ``threshold`` is a candidate.

    A pair at the threshold differs in at most ``num_perm - ceil(threshold * num_perm)``
    positions; with more bands than that, one band is always left whole. Among such
    choices the one with the most rows per band lets through the fewest false candidates.
    """
    most_different = num_perm - math.ceil(threshold * num_perm - 1e-9)
    for rows in range(num_perm, 0, -1):
        if num_perm // rows > most_different:
            return num_perm // rows, rows
    return num_perm, 1


def buckets(signature: Sequence[int], threshold: float | None = None) -> list[int]:
    """The bucket of each band of ``signature``: a signed 64-bit hash, stable across runs
    (bands for ``threshold``, by default the ``near_duplicate_threshold`` setting).

    The signature's length and the band's number are hashed in, so bands of different
    positions or of signatures of different lengths never share a bucket by design.
    """
    if threshold is None:
        threshold = get_settings().near_duplicate_threshold
    count, rows = bands(len(signature), threshold)
    result = []
    for band in range(count):
        values = signature[band * rows : (band + 1) * rows]
        packed = struct.pack(f"<HH{rows}Q", len(signature), band, *values)
        digest = hashlib.blake2b(packed, digest_size=8).digest()
        result.append(int.from_bytes(digest, "little", signed=True))
    return result


@dataclass(frozen=True, slots=True)
class _Candidate:
    doc_id: str
    score: float
    group: str


class NearDuplicateIndex:
    """Finds the near-duplicate group a new article joins, from an LSH table in DuckDB.

    In a store, ``documents`` is the ``articles`` table (its ``doc_id``, ``signature``
    and ``dup_group``) and every call runs inside the writer's open transaction: added
    articles stay pending (visible to :meth:`group_for`) until :meth:`flush` writes
    their band rows, after their article rows. Without a connection the index keeps
    its own in-memory database with a table of the documents it was given.
    """

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection | None = None,
        *,
        documents: str = "neardup_documents",
        threshold: float | None = None,
    ) -> None:
        if threshold is None:
            threshold = get_settings().near_duplicate_threshold
        self.threshold = threshold
        self._owned = con is None
        self._con = duckdb.connect() if con is None else con
        self._documents = documents
        if self._owned:
            self._con.execute(BANDS_DDL)
            self._con.execute(_DOCUMENTS_DDL)
        # Per batch only (cleared by flush and reset): the articles added since the last
        # flush and their buckets, the buckets of the batch's articles, the stored
        # articles removed in it, and the candidates fetched for it by :meth:`prepare`.
        self._pending: dict[str, tuple[tuple[int, ...], str]] = {}
        self._pending_buckets: dict[int, list[str]] = {}
        self._buckets: dict[str, list[int]] = {}
        self._removed: set[str] = set()
        self._prepared: dict[str, list[_Candidate]] = {}

    def __len__(self) -> int:
        """How many articles the index holds (a full count: for tests and reports)."""
        row = self._con.execute(f"SELECT COUNT(DISTINCT doc_id) FROM {BANDS_TABLE}").fetchone()
        flushed = int(row[0]) if row else 0
        return flushed + sum(1 for signature, _ in self._pending.values() if signature)

    def prepare(self, queries: Iterable[tuple[str, Sequence[int]]]) -> None:
        """Fetch and score the stored candidates of a batch's ``(doc_id, signature)`` pairs
        in one join.

        DuckDB compares the signatures and returns each candidate's score, not its
        signature: a story syndicated a hundred times has a hundred stored candidates for
        every new copy, and moving their signatures into Python to compare them there made
        each write slower the more copies the store held.
        """
        doc_ids: list[str] = []
        keys: list[int] = []
        signatures: dict[str, list[int]] = {}
        for doc_id, signature in queries:
            self._prepared[doc_id] = []
            if signature:
                signatures[doc_id] = list(signature)
                for bucket in self._buckets_of(doc_id, signature):
                    doc_ids.append(doc_id)
                    keys.append(bucket)
        if not keys:
            return
        rows = self._con.execute(
            "WITH probe AS (SELECT unnest($doc_ids) AS query, unnest($keys) AS bucket), "
            "queries AS (SELECT unnest($queries) AS query, "
            "unnest($signatures)::UBIGINT[] AS signature), "
            f"hits AS (SELECT DISTINCT p.query, b.doc_id FROM probe p "
            f"JOIN {BANDS_TABLE} b USING (bucket)) "
            "SELECT h.query, d.doc_id, d.dup_group, "
            "CASE WHEN len(d.signature) = len(q.signature) THEN list_sum(list_transform("
            "range(len(q.signature)), lambda i: (d.signature[i + 1] = q.signature[i + 1])"
            "::INTEGER)) / len(q.signature) ELSE 0 END "
            f"FROM hits h JOIN {self._documents} d USING (doc_id) "
            "JOIN queries q ON q.query = h.query",
            {
                "doc_ids": doc_ids,
                "keys": keys,
                "queries": list(signatures),
                "signatures": list(signatures.values()),
            },
        ).fetchall()
        for query, doc_id, group, score in rows:
            self._prepared[str(query)].append(_Candidate(str(doc_id), float(score), str(group)))

    def group_for(
        self, doc_id: str, signature: Sequence[int], *, exclude: Iterable[str] = ()
    ) -> str:
        """The group a new article joins: that of its most similar stored article, or its own.

        Articles in ``exclude`` (older versions being replaced) are not candidates.
        """
        if not signature:
            return doc_id
        if doc_id not in self._prepared:
            self.prepare([(doc_id, signature)])
        stored = self._prepared.pop(doc_id)
        sharing = {
            other
            for bucket in self._buckets_of(doc_id, signature)
            for other in self._pending_buckets.get(bucket, ())
        }
        pending = (
            _Candidate(
                other, similarity(signature, self._pending[other][0]), self._pending[other][1]
            )
            for other in sharing
        )
        skip = {doc_id, *exclude, *self._removed}
        best: tuple[float, str, str] | None = None
        for candidate in (*stored, *pending):
            if candidate.doc_id in skip:
                continue
            score = candidate.score
            if score >= self.threshold and (best is None or (score, candidate.doc_id) > best[:2]):
                best = (score, candidate.doc_id, candidate.group)
        return best[2] if best else doc_id

    def add(self, doc_id: str, signature: Sequence[int], group: str) -> None:
        """Record a new article; it is a candidate at once, and stored at :meth:`flush`."""
        self._removed.discard(doc_id)
        self._pending[doc_id] = (tuple(signature), group)
        if signature:
            for bucket in self._buckets_of(doc_id, signature):
                self._pending_buckets.setdefault(bucket, []).append(doc_id)
        if self._owned:
            self.flush()

    def remove(self, doc_id: str) -> None:
        """Forget an article that is replaced or deleted.

        In a store the caller deletes the article's band rows with the article (one
        statement for all of a batch's replaced articles, ``Store._delete_articles``);
        an article still pending has none. Only an index of its own deletes them here.
        """
        if self._pending.pop(doc_id, None) is None:
            self._removed.add(doc_id)
        for bucket in self._buckets.get(doc_id, ()):
            sharing = self._pending_buckets.get(bucket, [])
            while doc_id in sharing:
                sharing.remove(doc_id)
        if self._owned:
            self._con.execute(f"DELETE FROM {BANDS_TABLE} WHERE doc_id = ?", [doc_id])
            self._con.execute("DELETE FROM neardup_documents WHERE doc_id = ?", [doc_id])

    def flush(self) -> None:
        """Write the band rows of the pending articles (in a store: after their article rows)."""
        rows = [
            (bucket, doc_id)
            for doc_id, (signature, _) in self._pending.items()
            if signature
            for bucket in self._buckets_of(doc_id, signature)
        ]
        if self._owned:
            documents = [
                (doc_id, list(signature) or None, group)
                for doc_id, (signature, group) in self._pending.items()
            ]
            if documents:
                self._con.executemany(
                    "INSERT OR REPLACE INTO neardup_documents VALUES (?, ?, ?)", documents
                )
        if rows:
            self._con.execute(
                f"INSERT INTO {BANDS_TABLE} SELECT unnest($buckets), unnest($doc_ids)",
                {"buckets": [r[0] for r in rows], "doc_ids": [r[1] for r in rows]},
            )
        self.reset()

    def reset(self) -> None:
        """Drop what this batch kept in memory (after a flush, or when its transaction failed)."""
        self._pending.clear()
        self._pending_buckets.clear()
        self._buckets.clear()
        self._removed.clear()
        self._prepared.clear()

    def _buckets_of(self, doc_id: str, signature: Sequence[int]) -> list[int]:
        """The buckets of one of the batch's articles, computed once per batch."""
        known = self._buckets.get(doc_id)
        if known is None:
            known = self._buckets[doc_id] = buckets(signature, self.threshold)
        return known


def backfill(con: duckdb.DuckDBPyConnection, *, chunk: int = 5_000) -> int:
    """Add the band rows of stored articles that have none (stores written before the table).

    Reads the articles through a second cursor, ``chunk`` at a time, so memory stays flat.
    Returns how many articles were added.
    """
    reader = con.cursor()
    added = 0
    try:
        result = reader.execute(
            "SELECT doc_id, signature FROM articles a "
            "WHERE signature IS NOT NULL AND len(signature) > 0 AND NOT EXISTS "
            f"(SELECT 1 FROM {BANDS_TABLE} b WHERE b.doc_id = a.doc_id)"
        )
        while batch := result.fetchmany(chunk):
            keys: list[int] = []
            doc_ids: list[str] = []
            for doc_id, signature in batch:
                for bucket in buckets(tuple(signature)):
                    keys.append(bucket)
                    doc_ids.append(str(doc_id))
            con.execute(
                f"INSERT INTO {BANDS_TABLE} SELECT unnest($buckets), unnest($doc_ids)",
                {"buckets": keys, "doc_ids": doc_ids},
            )
            added += len(batch)
    finally:
        reader.close()
    return added
