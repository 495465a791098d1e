"""Fatalities and counts in the store, its exports and a store written before them."""

from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path

import duckdb
import pytest

from eventwire.records import CodedArticle, Span, Tally
from eventwire.serialize import coded_article_from_dict, to_dict
from eventwire.store import Store
from eventwire.store._schema import EVENT_TALLY_COLUMNS
from store_driver import actor, coded, event_in

TEXT = (
    "Militia fighters from Sudan raided a camp in Chad. The raid killed at least 14 herders "
    "and the fighters seized 30 cattle keepers. Officials in Chad protested."
)


def _tally(words: str, value: int | None, **kw: object) -> Tally:
    start = TEXT.index(words)
    return Tally(value, words, Span(start, start + len(words)), **kw)  # type: ignore[arg-type]


def _article() -> CodedArticle:
    sudan, chad = actor("Sudan", "SDN", "MIL"), actor("Chad", "TCD")
    raid = event_in(TEXT, "raid", "ASSAULT", sudan, chad)
    raid = dataclasses.replace(
        raid,
        fatalities=_tally("at least 14", 14, at_least=True),
        count=_tally("30", 30),
    )
    protest = event_in(TEXT, "protested", "PROTEST", chad, sudan)
    return coded(TEXT, actors=(sudan, chad), events=(raid, protest), url="https://x.example/1")


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "ev.duckdb")
    run = store.begin_run(["mem"], version="t", lexicon_version="t")
    store.write(_article(), run)
    store.end_run(run, coded=1, rejected=0, skipped=0)
    return store


def test_the_record_round_trips_through_json_and_the_store(store: Store) -> None:
    article = _article()
    assert coded_article_from_dict(json.loads(json.dumps(to_dict(article)))) == article
    back = store.get(article.article.doc_id)
    assert back is not None
    assert back.events[0].fatalities == article.events[0].fatalities
    assert back.events[0].count == article.events[0].count
    assert back.events[1].fatalities is None
    store.close()


def test_the_events_table_has_value_text_and_span(store: Store) -> None:
    rows = store.sql(
        "SELECT type, fatalities, fatalities_text, fatalities_at_least, fatalities_start, "
        "fatalities_end, count, count_text FROM events ORDER BY ordinal"
    )
    raid, protest = rows
    start = TEXT.index("at least 14")
    assert raid == {
        "type": "ASSAULT", "fatalities": 14, "fatalities_text": "at least 14",
        "fatalities_at_least": True, "fatalities_start": start,
        "fatalities_end": start + len("at least 14"), "count": 30, "count_text": "30",
    }  # fmt: skip
    assert protest["fatalities"] is None and protest["count"] is None
    store.close()


def test_every_export_has_a_fatalities_column(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    assert store.export(out, "csv") == 2
    with out.open(encoding="utf-8", newline="") as handle:
        rows = {r["plover_type"]: r for r in csv.DictReader(handle)}
    assert rows["ASSAULT"]["fatalities"] == "14" and rows["PROTEST"]["fatalities"] == ""
    assert rows["ASSAULT"]["people_count"] == "30"

    parquet = tmp_path / "e.parquet"
    store.export(parquet, "parquet")
    got = duckdb.connect().execute(
        f"SELECT type, fatalities, count FROM read_parquet('{parquet}') ORDER BY type"
    )
    assert got.fetchall() == [("ASSAULT", 14, 30), ("PROTEST", None, None)]

    lines = tmp_path / "e.jsonl"
    store.export(lines, "jsonl")
    records = [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]
    by_type = {r["event"]["type"]: r for r in records}
    assert by_type["ASSAULT"]["fatalities"] == 14
    assert by_type["ASSAULT"]["event"]["fatalities"]["text"] == "at least 14"
    assert by_type["PROTEST"]["fatalities"] is None
    store.close()


def test_a_store_written_before_the_columns_gains_them(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    for name, _ in EVENT_TALLY_COLUMNS:
        con.execute(f"ALTER TABLE events DROP COLUMN {name}")
    con.close()
    with Store(path) as store:
        run = store.begin_run(["mem"], version="t", lexicon_version="t")
        store.write(_article(), run)
        assert store.sql("SELECT SUM(fatalities) AS n FROM events_view") == [{"n": 14}]
