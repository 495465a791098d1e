"""Writing to the store: idempotency, URL updates, rejections, runs, reopening."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from eventwire.records import CodedArticle, Place, Quote, Rejection, RemovedBlock, Span
from eventwire.store import Store, StoreError
from store_driver import actor, coded, event_in

TEXT = "Russia accused Ukraine of shelling the plant. Officials in Kyiv denied it on Monday."
TABLES = ("articles", "actors", "places", "events", "event_participants", "quotes")


def sample(text: str = TEXT, **kw: Any) -> CodedArticle:
    russia, ukraine = actor("Russia", "RUS"), actor("Ukraine", "UKR")
    kyiv = Place(
        "Kyiv", Span(text.index("Kyiv"), text.index("Kyiv") + 4), "UKR", 703448, 50.45, 30.52
    )
    return coded(
        text,
        actors=(russia, ukraine),
        places=(kyiv,),
        events=(event_in(text, "accused", "ACCUSE", russia, ukraine),),
        quotes=(Quote("denied it", Span(0, 6), speaker=ukraine, direct=False),),
        **kw,
    )


def counts(store: Store) -> dict[str, int]:
    return {t: store.sql(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"] for t in TABLES}


def test_same_document_twice_is_stored_once(tmp_path: Path) -> None:
    item = sample(url="https://a.example/1")
    with Store(tmp_path / "ev.duckdb") as store:
        run = store.begin_run(["x"], version="0", lexicon_version="l")
        assert store.write(item, run) is True
        assert store.write(item, run) is False
        assert store.seen(item.article.doc_id)
        assert counts(store) == {
            "articles": 1, "actors": 2, "places": 1, "events": 1,
            "event_participants": 2, "quotes": 1,
        }  # fmt: skip
    # A second process (here: a second open) does not store it again either.
    with Store(tmp_path / "ev.duckdb") as store:
        assert store.write(item, "run2") is False
        assert counts(store)["articles"] == 1


def test_stored_record_round_trips(tmp_path: Path) -> None:
    item = sample(url="https://a.example/1")
    with Store(tmp_path / "ev.duckdb") as store:
        store.write(item, "r")
        assert store.get(item.article.doc_id) == item
        assert store.get("nope") is None
        row = store.query_events()[0]
        assert row["trigger_text"] == "accused"
        assert row["sentence_text"] == "Russia accused Ukraine of shelling the plant."
        assert (row["source_country"], row["target_country"]) == ("RUS", "UKR")
        assert row["source_actor_id"] == "A0" and row["target_actor_id"] == "A1"


def test_new_content_at_same_url_replaces_old_version(tmp_path: Path) -> None:
    old = sample(url="https://a.example/1")
    new_text = TEXT.replace("Monday", "Tuesday") + " Russia threatened Ukraine."
    russia, ukraine = actor("Russia", "RUS"), actor("Ukraine", "UKR")
    new = coded(
        new_text,
        url="https://a.example/1",
        actors=(russia, ukraine),
        events=(
            event_in(new_text, "accused", "ACCUSE", russia, ukraine),
            event_in(new_text, "threatened", "THREATEN", russia, ukraine),
        ),
    )
    with Store(tmp_path / "ev.duckdb") as store:
        store.write(old, "r1")
        store.recluster()
        assert store.write(new, "r2") is True
        assert store.doc_ids() == [new.article.doc_id]
        assert store.get(old.article.doc_id) is None
        # Recorded as superseded: a re-run holding both versions skips the old one.
        assert store.seen(old.article.doc_id)
        assert [r["reason"] for r in store.rejections()] == ["superseded"]
        assert counts(store) == {
            "articles": 1, "actors": 2, "places": 0, "events": 2,
            "event_participants": 4, "quotes": 0,
        }  # fmt: skip
        assert store.sql("SELECT COUNT(*) AS n FROM event_clusters")[0]["n"] == 0
        assert {e["type"] for e in store.query_events()} == {"ACCUSE", "THREATEN"}


def test_without_url_the_uri_identifies_the_document(tmp_path: Path) -> None:
    a = coded("First version of the note.", uri="file:///n.txt")
    b = coded("Second version of the note.", uri="file:///n.txt")
    c = coded("Another note entirely.", uri="file:///m.txt")
    with Store(tmp_path / "ev.duckdb") as store:
        for item in (a, b, c):
            store.write(item, "r")
        assert sorted(store.doc_ids()) == sorted([b.article.doc_id, c.article.doc_id])


def test_rejections_are_stored_once_per_uri_and_content(tmp_path: Path) -> None:
    rejection = Rejection("file:///x.html", "not-news", "a login page", doc_id="abc")
    no_id = Rejection("file:///gone.html", "unreadable", "could not decode")
    with Store(tmp_path / "ev.duckdb") as store:
        assert store.write(rejection, "r") is True
        assert store.write(rejection, "r") is False
        assert store.write(no_id, "r") is True
        assert store.write(no_id, "r") is False
        assert store.seen("abc")
        rows = store.rejections()
        assert [(r["uri"], r["reason"], r["doc_id"]) for r in rows] == [
            ("file:///x.html", "not-news", "abc"),
            ("file:///gone.html", "unreadable", None),
        ]
        assert store.summary().rejections == {"not-news": 1, "unreadable": 1}


def test_a_coded_new_version_clears_the_old_rejection(tmp_path: Path) -> None:
    item = sample(uri="file:///x.txt")
    with Store(tmp_path / "ev.duckdb") as store:
        store.write(Rejection("file:///x.txt", "too-short", "3 words", doc_id="old"), "r1")
        store.write(item, "r2")
        assert store.rejections() == []


def test_removed_blocks_and_article_metadata(tmp_path: Path) -> None:
    import dataclasses

    item = sample(url="https://a.example/1")
    article = dataclasses.replace(
        item.article,
        removed=(RemovedBlock(0, 12, "newsletter", "Sign up now!"),),
        published=dt.date(2024, 1, 2),
    )
    with Store(tmp_path / "ev.duckdb") as store:
        store.write(dataclasses.replace(item, article=article), "r")
        blocks = store.sql("SELECT reason, start_char, end_char, text FROM removed_blocks")
        assert blocks == [
            {"reason": "newsletter", "start_char": 0, "end_char": 12, "text": "Sign up now!"}
        ]
        meta = store.sql("SELECT published, n_chars, len(signature) AS k FROM articles")[0]
        assert meta == {"published": dt.date(2024, 1, 2), "n_chars": len(TEXT), "k": 64}


def test_runs_are_recorded(tmp_path: Path) -> None:
    with Store(tmp_path / "ev.duckdb") as store:
        run = store.begin_run(["a.txt", "b/"], version="0.1.0", lexicon_version="abc")
        store.end_run(run, coded=3, rejected=1, skipped=2)
        (row,) = store.runs()
        assert row["run_id"] == run and row["inputs"] == ["a.txt", "b/"]
        assert (row["coded"], row["rejected"], row["skipped"]) == (3, 1, 2)
        assert row["finished"] >= row["started"]


def test_read_only_store_refuses_writes_and_non_select_sql(tmp_path: Path) -> None:
    path = tmp_path / "ev.duckdb"
    with Store(path) as store:
        store.write(sample(), "r")
        with pytest.raises(StoreError):
            store.sql("DELETE FROM articles")
        # A writable store runs even a SELECT in a rolled-back transaction.
        assert store.sql("SELECT COUNT(*) AS n FROM articles") == [{"n": 1}]
    with Store(path, read_only=True) as store:
        assert store.sql("-- count\nWITH a AS (SELECT 1 AS x) SELECT x FROM a;") == [{"x": 1}]
        assert store.sql("SELECT ';' AS s") == [{"s": ";"}]
        for bad in ("DROP TABLE articles", "SELECT 1; DROP TABLE articles", "COPY articles TO 'x'"):
            with pytest.raises(StoreError):
                store.sql(bad)
        with pytest.raises(Exception):  # noqa: B017 - DuckDB's own read-only error
            store.write(sample("Another text about Russia accused Ukraine."), "r")
        assert counts(store)["articles"] == 1


def test_opening_something_else_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(tmp_path / "missing.duckdb", read_only=True)
    import duckdb

    duckdb.connect(str(tmp_path / "other.duckdb")).execute("CREATE TABLE t (x INT)").close()
    with pytest.raises(StoreError):
        Store(tmp_path / "other.duckdb", read_only=True)
