"""write_many: one transaction per batch, with the same results as one write per document."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from eventwire.records import Rejection
from eventwire.store import Store
from store_driver import coded, numbered


def table_counts(store: Store) -> dict[str, int]:
    tables = ("articles", "events", "actors", "places", "quotes", "event_participants",
              "rejections")  # fmt: skip
    return {t: store.sql(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"] for t in tables}


def test_a_batch_stores_what_single_writes_store(tmp_path: Path) -> None:
    items = [numbered(i) for i in range(30)]
    with Store(tmp_path / "one.duckdb") as one, Store(tmp_path / "many.duckdb") as many:
        run_one = one.begin_run(["x"], version="t", lexicon_version="t")
        run_many = many.begin_run(["x"], version="t", lexicon_version="t")
        singles = [one.write(item, run_one) for item in items]
        batched = many.write_many(items[:17], run_many) + many.write_many(items[17:], run_many)
        assert singles == batched == [True] * 30
        assert table_counts(one) == table_counts(many)
        assert many.write_many(items, run_many) == [False] * 30  # idempotent
        ids = [i.doc_id if isinstance(i, Rejection) else i.article.doc_id for i in items]
        assert many.seen_many([*ids, "nope"]) == set(ids)


def test_documents_in_one_batch_see_each_other(tmp_path: Path) -> None:
    text = "The government of France met officials of Germany in Paris on Monday to talk."
    old = coded(text, uri="mem://a", url="https://x.example/a")
    new = coded(text + " Updated.", uri="mem://a", url="https://x.example/a")
    copy = coded(text + " Copied.", uri="mem://b", url="https://y.example/b")
    rejected = Rejection(uri="mem://c", reason="empty", detail="", doc_id="r1")
    later = coded("A long enough text at the same address now codes fine.", uri="mem://c")
    with Store(tmp_path / "b.duckdb") as store:
        run = store.begin_run(["x"], version="t", lexicon_version="t")
        written = store.write_many([old, new, copy, rejected, later, new], run)
        assert written == [True, True, True, True, True, False]
        rows = store.sql("SELECT doc_id, dup_group FROM articles ORDER BY uri")
        assert [r["doc_id"] for r in rows] == [
            new.article.doc_id, copy.article.doc_id, later.article.doc_id,
        ]  # fmt: skip
        assert rows[1]["dup_group"] == new.article.doc_id  # the copy joined the new version
        # mem://c's rejection is cleared by its coded version; the replaced version of
        # https://x.example/a is recorded, so that a re-run does not code it again.
        assert [(r["uri"], r["doc_id"], r["reason"]) for r in store.rejections()] == [
            ("https://x.example/a", old.article.doc_id, "superseded")
        ]


def test_a_failed_batch_leaves_nothing_and_can_be_retried(tmp_path: Path) -> None:
    items = [numbered(i) for i in range(5)]
    text = "Another text entirely. " + " ".join(
        f"It is about topic {n} this time." for n in range(12)
    )
    with Store(tmp_path / "f.duckdb") as store:
        run = store.begin_run(["x"], version="t", lexicon_version="t")
        assert store.write(coded(text, uri="mem://first"), run)
        # A second article with the same title breaks this index, inside the insert.
        store._con.execute("CREATE UNIQUE INDEX one_title ON articles (title)")
        clash = coded(text + " With a new ending.", uri="mem://second")
        with pytest.raises(duckdb.ConstraintException):
            store.write_many([*items, clash], run)
        counts = table_counts(store)
        assert (counts["articles"], counts["events"], counts["rejections"]) == (1, 0, 0)
        assert store.write_many(items, run) == [True] * 5
        store._con.execute("DROP INDEX one_title")
        assert store.write(clash, run)  # not "already stored": the rollback left no trace
        first = coded(text, uri="mem://first").article.doc_id
        group = store.sql("SELECT dup_group FROM articles WHERE uri = 'mem://second'")
        assert group == [{"dup_group": first}]
