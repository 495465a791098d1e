"""``eventwire export --format gdelt``: GDELT 2.0's event table layout, read back with the
codebook's column list as a script written for GDELT's files would read it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from eventwire.cli import main
from eventwire.records import Place, Span
from eventwire.store import Store
from store_driver import actor, coded, event_in, numbered

# GDELT 2.0 event table, written out here from the codebook (not from our module).
CODEBOOK = """
GLOBALEVENTID INTEGER, SQLDATE INTEGER, MonthYear INTEGER, Year INTEGER, FractionDate FLOAT,
Actor1Code STRING, Actor1Name STRING, Actor1CountryCode STRING, Actor1KnownGroupCode STRING,
Actor1EthnicCode STRING, Actor1Religion1Code STRING, Actor1Religion2Code STRING,
Actor1Type1Code STRING, Actor1Type2Code STRING, Actor1Type3Code STRING,
Actor2Code STRING, Actor2Name STRING, Actor2CountryCode STRING, Actor2KnownGroupCode STRING,
Actor2EthnicCode STRING, Actor2Religion1Code STRING, Actor2Religion2Code STRING,
Actor2Type1Code STRING, Actor2Type2Code STRING, Actor2Type3Code STRING,
IsRootEvent INTEGER, EventCode STRING, EventBaseCode STRING, EventRootCode STRING,
QuadClass INTEGER, GoldsteinScale FLOAT, NumMentions INTEGER, NumSources INTEGER,
NumArticles INTEGER, AvgTone FLOAT,
Actor1Geo_Type INTEGER, Actor1Geo_FullName STRING, Actor1Geo_CountryCode STRING,
Actor1Geo_ADM1Code STRING, Actor1Geo_ADM2Code STRING, Actor1Geo_Lat FLOAT,
Actor1Geo_Long FLOAT, Actor1Geo_FeatureID STRING,
Actor2Geo_Type INTEGER, Actor2Geo_FullName STRING, Actor2Geo_CountryCode STRING,
Actor2Geo_ADM1Code STRING, Actor2Geo_ADM2Code STRING, Actor2Geo_Lat FLOAT,
Actor2Geo_Long FLOAT, Actor2Geo_FeatureID STRING,
ActionGeo_Type INTEGER, ActionGeo_FullName STRING, ActionGeo_CountryCode STRING,
ActionGeo_ADM1Code STRING, ActionGeo_ADM2Code STRING, ActionGeo_Lat FLOAT,
ActionGeo_Long FLOAT, ActionGeo_FeatureID STRING,
DATEADDED INTEGER, SOURCEURL STRING
"""
SQL_TYPES = {"INTEGER": "BIGINT", "FLOAT": "DOUBLE", "STRING": "VARCHAR"}
COLUMNS = [tuple(part.split()) for part in " ".join(CODEBOOK.split()).split(", ")]


def read_gdelt(path: Path) -> list[dict[str, object]]:
    """The file as GDELT's own files are read: tab-separated, no header, typed columns."""
    spec = ", ".join(f"'{name}': '{SQL_TYPES[kind]}'" for name, kind in COLUMNS)
    con = duckdb.connect()
    try:
        cursor = con.execute(
            f"SELECT * FROM read_csv('{path}', delim='\\t', header=false, quote='', "
            f"columns={{{spec}}})"
        )
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    finally:
        con.close()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("gdelt") / "ev.duckdb"
    text = (
        "Rebels in Springfield threatened the police on Friday.\n\nThe governor said "
        "they did not threaten anyone else."
    )
    rebels, police = actor("Rebels", None, "REB"), actor("police", "USA", "COP")
    town = Place("Springfield", Span(10, 21), "USA", 4250542, 39.8, -89.64, "IL", "PPLA")
    other = coded(
        text,
        uri="mem://other",
        url="https://news.example/springfield",
        actors=(rebels, police),
        places=(town,),
        events=(
            event_in(text, "threatened", "THREATEN", rebels, police, place=town),
            event_in(text, "threaten ", "THREATEN", rebels, None, status="negated"),
        ),
    )
    with Store(path) as store:
        run = store.begin_run(["mem"], version="t", lexicon_version="t")
        store.write_many([*(numbered(i) for i in range(12)), other], run)
        store.end_run(run, coded=11, rejected=2, skipped=0)
    return str(path)


def export(db: str, out: Path, *options: str) -> list[dict[str, object]]:
    assert main(["export", "--db", db, "--format", "gdelt", "--out", str(out), *options]) == 0
    assert all(line.count("\t") == 60 for line in out.read_text().splitlines())
    return read_gdelt(out)


def test_one_row_per_cluster_in_gdelt_columns(db: str, tmp_path: Path) -> None:
    rows = export(db, tmp_path / "events.tsv")
    assert len(rows) == 3  # two clusters of ten articles each, one of one
    by_type = {(r["EventCode"], r["Actor1Code"], r["Actor2Code"]): r for r in rows}
    consult = by_type[("040", "FRAGOV", "DEUGOV")]
    assert consult["Actor1Name"] == "France" and consult["Actor1CountryCode"] == "FRA"
    assert consult["Actor1Type1Code"] == "GOV" and consult["Actor1KnownGroupCode"] is None
    assert (consult["NumMentions"], consult["NumSources"], consult["NumArticles"]) == (10, 1, 10)
    assert (consult["SQLDATE"], consult["MonthYear"], consult["Year"]) == (20240304, 202403, 2024)
    assert consult["FractionDate"] == pytest.approx(2024 + 64 / 365, abs=1e-4)
    assert consult["EventBaseCode"] == "040" and consult["EventRootCode"] == "04"
    assert consult["QuadClass"] == 1 and consult["GoldsteinScale"] == 1.0
    assert consult["IsRootEvent"] == 1 and consult["AvgTone"] is None
    assert consult["ActionGeo_FullName"] == "Paris" and consult["ActionGeo_CountryCode"] == "FR"
    assert consult["ActionGeo_Type"] == 4 and consult["ActionGeo_FeatureID"] == "2988507"
    assert consult["Actor1Geo_Type"] is None and consult["Actor2Geo_FullName"] is None
    assert str(consult["SOURCEURL"]).startswith("https://news.example/")
    added = dt.datetime.strptime(str(consult["DATEADDED"]), "%Y%m%d%H%M%S")
    assert added.date() >= dt.date(2024, 3, 4)
    assert len({r["GLOBALEVENTID"] for r in rows}) == 3
    threat = by_type[("040", "REB", "USACOP")]
    assert threat["Actor1CountryCode"] is None and threat["Actor1Type1Code"] == "REB"
    assert threat["ActionGeo_Type"] == 3 and threat["ActionGeo_ADM1Code"] == "USIL"
    assert threat["ActionGeo_Lat"] == pytest.approx(39.8)
    assert threat["SOURCEURL"] == "https://news.example/springfield"


def test_only_asserted_events_unless_asked(db: str, tmp_path: Path) -> None:
    assert len(export(db, tmp_path / "a.tsv")) == 3
    every = export(db, tmp_path / "b.tsv", "--all-statuses")
    assert len(every) == 4
    assert len(export(db, tmp_path / "c.tsv", "--status", "negated")) == 1
    # the GDELT-like CSV and the counts follow the same rule
    out = tmp_path / "d.csv"
    assert main(["export", "--db", db, "--format", "csv", "--out", str(out)]) == 0
    assert len(out.read_text().splitlines()) == 1 + 21
    out_all = tmp_path / "e.csv"
    argv = ["export", "--db", db, "--format", "csv", "--out", str(out_all), "--all-statuses"]
    assert main(argv) == 0
    assert len(out_all.read_text().splitlines()) == 1 + 22


def test_counts_are_of_asserted_events_unless_asked(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["query", "--db", db, "--group-by", "month", "--type", "THREATEN", "--format", "csv"])
    assert capsys.readouterr().out.splitlines()[1].endswith(",1,1")
    main(["query", "--db", db, "--group-by", "month", "--type", "THREATEN", "--format", "csv",
          "--all-statuses"])  # fmt: skip
    assert capsys.readouterr().out.splitlines()[1].endswith(",2,2")


def test_the_python_api_counts_and_exports_asserted_events_by_default(
    db: str, tmp_path: Path
) -> None:
    import eventwire.store.reader

    with eventwire.store.reader.open(db) as events:
        threats = events.counts("month", type="THREATEN")
        assert [r["events"] for r in threats] == [1]
        every = events.counts("month", type="THREATEN", all_statuses=True)
        assert [r["events"] for r in every] == [2]
        assert events.export(tmp_path / "a.csv", "csv", type="THREATEN") == 1
        assert events.export(tmp_path / "b.csv", "csv", type="THREATEN", all_statuses=True) == 2
