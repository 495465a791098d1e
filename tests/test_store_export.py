"""Exports: Parquet equals the table, CSV has GDELT-like columns, JSONL holds full events."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

from eventwire.records import Event
from eventwire.serialize import from_dict
from eventwire.store import Store
from store_driver import numbered


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "ev.duckdb")
    run = store.begin_run(["mem"], version="t", lexicon_version="t")
    for i in range(12):
        store.write(numbered(i), run)
    store.end_run(run, coded=10, rejected=2, skipped=0)
    return store


def test_parquet_reads_back_equal_to_the_table(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "out" / "events.parquet"
    assert store.export(out, "parquet") == 20
    table = store.sql("SELECT * FROM events_all ORDER BY effective_date, event_id")
    con = duckdb.connect()
    cursor = con.execute(f"SELECT * FROM read_parquet('{out}')")
    names = [d[0] for d in cursor.description]
    back = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    assert back == table
    store.close()


def test_parquet_export_applies_filters(store: Store, tmp_path: Path) -> None:
    assert store.export(tmp_path / "c.parquet", "parquet", type="CONSULT") == 10
    assert store.export(tmp_path / "none.parquet", "parquet", country="BRA") == 0
    store.close()


def test_csv_has_gdelt_like_columns(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert store.export(out, "csv", type="CONSULT") == 10
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 10
    row = rows[0]
    assert row["SQLDATE"] == "20240304"
    # how exact SQLDATE is: day, week, month or year, or "published" when the event has
    # no date of its own and the article's publication date stands in
    assert row["date_precision"] == "day"
    assert (row["Actor1Code"], row["Actor2Code"]) == ("FRAGOV", "DEUGOV")  # CAMEO form
    assert (row["Actor1Name"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == (
        "France", "FRA", "GOV",
    )  # fmt: skip
    assert (row["Actor2CountryCode"], row["EventCode"], row["EventRootCode"]) == (
        "DEU",
        "040",
        "04",
    )
    assert row["NumArticles"] == "10"  # all ten describe one meeting, per the clusters
    assert row["ActionGeo_FullName"] == "Paris" and row["ActionGeo_CountryCode"] == "FRA"
    assert row["SOURCEURL"].startswith("https://news.example/")
    assert row["plover_type"] == "CONSULT" and row["status"] == "asserted"
    assert "met officials of Germany" in row["evidence"]
    store.close()


def test_jsonl_holds_full_event_records(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    assert store.export(out, "jsonl", actor="germany") == 20
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 20
    first = lines[0]
    event = from_dict(Event, first["event"])
    original = store.get(first["doc_id"])
    assert original is not None and event in original.events
    assert first["published"] == "2024-03-04" and first["cluster_id"]
    store.close()


def test_unknown_format_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        store.export(tmp_path / "x", "xml")  # type: ignore[arg-type]
    store.close()
