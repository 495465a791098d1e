"""A date keeps its precision: a year-only or month-only date is not counted in a finer
period (a year is not piled into January), and the CSV export says how precise each is."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from eventwire.api.queries import timeseries
from eventwire.records import Precision, When
from eventwire.store import EventFilter, Store
from store_driver import actor, coded, event_in


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "ev.duckdb")
    run = store.begin_run(["mem"], version="t", lexicon_version="t")
    chile, peru = actor("Chile", "CHL"), actor("Peru", "PER")
    precisions: list[tuple[str, Precision, dt.date]] = [
        ("Chile signed a pact with Peru on a spring day.", "day", dt.date(2023, 4, 12)),
        ("Chile signed a pact with Peru during one autumn month.", "month", dt.date(2023, 10, 1)),
        ("Chile signed a pact with Peru at some point that year.", "year", dt.date(2023, 1, 1)),
    ]
    for i, (text, precision, day) in enumerate(precisions):
        event = replace(event_in(text, "signed", "AGREE", chile, peru), when=When(day, precision))
        store.write(coded(text, uri=f"mem://{i}", actors=(chile, peru), events=(event,)), run)
    store.end_run(run, coded=3, rejected=0, skipped=0)
    return store


def test_a_year_only_date_is_not_counted_in_january(store: Store) -> None:
    monthly = store.counts("month")
    periods = {row["period"]: row["events"] for row in monthly}
    assert periods == {dt.date(2023, 4, 1): 1, dt.date(2023, 10, 1): 1}
    assert dt.date(2023, 1, 1) not in periods
    store.close()


def test_a_month_only_date_is_not_counted_in_a_week_or_day(store: Store) -> None:
    weekly = store.counts("week")
    assert sum(row["events"] for row in weekly) == 1
    daily = store.counts("day")
    assert [row["period"] for row in daily] == [dt.date(2023, 4, 12)]
    store.close()


def test_the_timeline_leaves_coarse_dates_undated(store: Store) -> None:
    series = timeseries(store, EventFilter(), interval="month")
    assert series["total"] == 2
    assert series["undated"] == 1
    store.close()


def test_csv_export_has_a_precision_column(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert store.export(out, "csv") == 3
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(row["date_precision"] for row in rows) == ["day", "month", "year"]
    parquet = tmp_path / "events.parquet"
    store.export(parquet, "parquet")
    kept = store.sql("SELECT date_precision FROM events_all ORDER BY date_precision")
    assert [row["date_precision"] for row in kept] == ["day", "month", "year"]
    store.close()
