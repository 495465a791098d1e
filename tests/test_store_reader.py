"""eventwire.open: the Python API that mirrors the command line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

import eventwire.store.reader
from eventwire.records import CodedArticle
from eventwire.store import Store, StoreError
from store_driver import numbered


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "ev.duckdb"
    with Store(path) as store:
        run = store.begin_run(["mem"], version="t", lexicon_version="t")
        store.write_many([numbered(i) for i in range(12)], run)
        store.end_run(run, coded=10, rejected=2, skipped=0)
    return path


@pytest.fixture(scope="module")
def db(db_path: Path) -> Iterator[eventwire.store.reader.EventDatabase]:
    with eventwire.store.reader.open(db_path) as database:
        yield database


def test_methods_mirror_the_command_line(db: eventwire.store.reader.EventDatabase) -> None:
    assert len(db.events()) == 20
    assert len(db.events(dyad="FRA:Germany")) == len(db.events(dyad=("France", "DEU"))) == 10
    assert len(db.events(since=dt.date(2024, 3, 5))) == 0
    assert len(db.events(country="Germany")) == len(db.events(country="deu")) == 20
    assert [c["n_articles"] for c in db.clusters()] == [10, 10]
    assert db.counts("day", type="CONSULT") == [
        {"period": dt.date(2024, 3, 4), "type": "CONSULT", "events": 10, "mentions": 10}
    ]
    assert {r["reason"] for r in db.rejections()} == {"too-short"}
    assert db.summary().articles == 10
    assert db.sql("SELECT COUNT(*) AS n FROM articles_view") == [{"n": 10}]


def test_records_come_back_whole(db: eventwire.store.reader.EventDatabase) -> None:
    articles = list(db.articles())
    assert len(articles) == 10 and all(isinstance(a, CodedArticle) for a in articles)
    first = articles[0]
    assert db.article(first.article.doc_id) == first
    assert first in [numbered(i) for i in range(12)]
    assert db.article("missing") is None


def test_export(db: eventwire.store.reader.EventDatabase, tmp_path: Path) -> None:
    assert db.export(tmp_path / "e.parquet", type="CONSULT") == 10
    assert db.export(tmp_path / "e.csv", "csv", dyad="DEU:FRA") == 10


def test_dataframes(db: eventwire.store.reader.EventDatabase) -> None:
    pandas = pytest.importorskip("pandas")
    polars = pytest.importorskip("polars")
    pytest.importorskip("pyarrow")
    assert isinstance(db.events(as_="pandas"), pandas.DataFrame)
    weekly = db.counts("week", as_="polars")
    assert isinstance(weekly, polars.DataFrame) and weekly["mentions"].sum() == 20
    assert len(db.clusters(as_="pandas")) == 2
    assert len(db.rejections(as_="polars")) == 2
    assert db.sql("SELECT 1 AS one", as_="pandas")["one"].tolist() == [1]


_FIRST_CALLS: dict[str, tuple[str, int]] = {
    # method: (how it is called, rows the fixture gives)
    "events": ("events", 20),
    "counts": ("counts", 2),
    "clusters": ("clusters", 2),
    "rejections": ("rejections", 2),
    "sql": ("sql", 1),
}


@pytest.mark.parametrize("as_", ["dicts", "pandas", "polars"])
@pytest.mark.parametrize("method", sorted(_FIRST_CALLS))
def test_every_output_form_works_as_the_first_call(db_path: Path, method: str, as_: str) -> None:
    """A freshly opened database answers in every form, with no dict call before it."""
    if as_ != "dicts":
        pytest.importorskip(as_)
        pytest.importorskip("pyarrow")
    name, expected = _FIRST_CALLS[method]
    with eventwire.store.reader.open(db_path) as fresh:
        call = getattr(fresh, name)
        result = call("SELECT 1 AS one", as_=as_) if name == "sql" else call(as_=as_)
    assert len(result) == expected


def test_missing_extra_is_explained(
    db: eventwire.store.reader.EventDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventwire.store import _frames

    monkeypatch.setattr(_frames, "installed", lambda module: module != "pyarrow")
    with pytest.raises(
        _frames.MissingExtra, match=r"needs pyarrow: pip install 'eventwire\[polars\]'"
    ):
        db.events(as_="polars")


def test_the_database_is_read_only(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        eventwire.store.reader.open(tmp_path / "none.duckdb")
