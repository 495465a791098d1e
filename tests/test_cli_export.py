"""``eventwire export``: the command over Store.export, with the query filters."""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import duckdb
import pytest

from eventwire.cli import export
from eventwire.store import Store
from store_driver import numbered


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("export") / "ev.duckdb"
    with Store(path) as store:
        run = store.begin_run(["mem"], version="t", lexicon_version="t")
        store.write_many([numbered(i) for i in range(12)], run)
        store.end_run(run, coded=10, rejected=2, skipped=0)
    return str(path)


def cli(*argv: str) -> int:
    # Built here, so the test does not depend on export being listed in eventwire.cli.
    parser = argparse.ArgumentParser(prog="eventwire")
    export.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    code: int = args.handler(args)
    return code


def test_parquet_round_trips(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "e.parquet"
    assert cli("export", "--db", db, "--format", "parquet", "--out", str(out)) == 0
    assert capsys.readouterr().out.startswith("wrote 20 events")
    with Store(db, read_only=True) as store:
        table = store.sql("SELECT * FROM events_all ORDER BY effective_date, event_id")
    con = duckdb.connect()
    cursor = con.execute("SELECT * FROM read_parquet(?)", [str(out)])
    names = [d[0] for d in cursor.description]
    assert [dict(zip(names, row, strict=True)) for row in cursor.fetchall()] == table


def test_csv_with_filters(db: str, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    code = cli("export", "--db", db, "--format", "csv", "--out", str(out), "--dyad", "FRA:Germany")
    assert code == 0
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 10
    assert {(r["Actor1CountryCode"], r["Actor2CountryCode"]) for r in rows} == {("FRA", "DEU")}
    assert {r["NumArticles"] for r in rows} == {"10"}


def test_jsonl_with_date_filter(db: str, tmp_path: Path) -> None:
    out = tmp_path / "e.jsonl"
    args = ["export", "--db", db, "--format", "jsonl", "--out", str(out)]
    assert cli(*args, "--since", "2024-03-05") == 0
    assert out.read_text(encoding="utf-8") == ""
    assert cli(*args, "--type", "SUPPORT", "--until", "2024-03-04") == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 10 and {line["event"]["type"] for line in lines} == {"SUPPORT"}


def test_format_and_out_are_required() -> None:
    with pytest.raises(SystemExit):
        cli("export", "--db", "x.duckdb", "--out", "x.csv")
