"""``eventwire query`` and ``eventwire summary`` on a real store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.store import Store
from store_driver import numbered


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cmd") / "ev.duckdb"
    with Store(path) as store:
        run = store.begin_run(["mem"], version="t", lexicon_version="t")
        store.write_many([numbered(i) for i in range(12)], run)
        store.end_run(run, coded=10, rejected=2, skipped=0)
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_events_table_and_filters(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "query", "--db", db, "--type", "consult", "--limit", "3")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["DATE", "TYPE", "STATUS"]
    assert len(lines) == 5 and lines[-1] == "3 events"
    assert "France" in lines[1] and "CONSULT" in lines[1]


def test_dyad_option(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "query", "--db", db, "--dyad", "Germany:FRA", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 10
    assert {(r["source_country"], r["target_country"], r["type"]) for r in rows} == {
        ("DEU", "FRA", "SUPPORT")
    }
    code, _, err = run(capsys, "query", "--db", db, "--dyad", "France")
    assert code == 2 and "SOURCE:TARGET" in err


def test_clusters_option(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "query", "--db", db, "--clusters", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 2
    assert {r["dyad"] for r in rows} == {"FRA -> DEU", "DEU -> FRA"}
    assert {r["n_articles"] for r in rows} == {"10"}
    _, table, _ = run(capsys, "query", "--db", db, "--clusters", "--type", "CONSULT")
    assert table.splitlines()[-1] == "1 clusters" and "Paris" in table


def test_group_by_option(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "query", "--db", db, "--group-by", "month", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows == [
        {"period": "2024-03-01", "type": "CONSULT", "events": "10", "mentions": "10"},
        {"period": "2024-03-01", "type": "SUPPORT", "events": "10", "mentions": "10"},
    ]


def test_sql_option(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    sql = "SELECT reason, COUNT(*) AS n FROM rejections GROUP BY reason"
    code, out, _ = run(capsys, "query", "--db", db, "--sql", sql, "--format", "jsonl")
    assert code == 0 and json.loads(out) == {"reason": "too-short", "n": 2}
    code, _, err = run(
        capsys, "query", "--db", db, "--sql", "SELECT * FROM read_csv('/etc/passwd')"
    )
    assert code == 2 and "disabled" in err
    code, _, err = run(capsys, "query", "--db", db, "--sql", "DROP TABLE events")
    assert code == 2 and "read-only" in err
    code, _, err = run(capsys, "query", "--db", db, "--sql", "SELECT 1", "--type", "AID")
    assert code == 2 and "no filters" in err


def test_summary(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "summary", "--db", db)
    assert code == 0
    assert "articles: 10 coded, 2 rejected" in out
    assert "rejected too-short x2" in out
    assert "10  France (FRA GOV) -> Germany (DEU GOV)" in out
    assert "event clusters: 2, 2 told by 2+ distinct articles" in out


def test_a_missing_store_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "query", "--db", str(tmp_path / "none.duckdb"))
    assert code == 2 and "no store at" in err


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """The usage error for ``argv`` (argparse exits with status 2)."""
    with pytest.raises(SystemExit) as exit_:
        main(list(argv))
    assert exit_.value.code == 2
    out = capsys.readouterr()
    assert out.out == ""
    return out.err


def test_an_unknown_type_or_status_is_an_error_listing_the_valid_ones(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    err = refused(capsys, "query", "--db", db, "--type", "FIGHT")
    assert "FIGHT" in err and "ASSAULT" in err and "CONSULT" in err
    err = refused(capsys, "export", "--db", db, "--type", "war", "--format", "csv", "--out", "x")
    assert "COERCE" in err
    err = refused(capsys, "query", "--db", db, "--status", "certain")
    assert "asserted" in err and "hypothetical" in err


def test_country_takes_a_name_as_dyad_does(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, by_code, _ = run(capsys, "query", "--db", db, "--country", "DEU", "--format", "jsonl")
    assert len(by_code.splitlines()) == 20
    for name in ("Germany", "germany", "deu"):
        _, by_name, _ = run(capsys, "query", "--db", db, "--country", name, "--format", "jsonl")
        assert by_name == by_code, name
    err = refused(capsys, "query", "--db", db, "--country", "Atlantis")
    assert "Atlantis" in err and "country" in err


@pytest.fixture(scope="module")
def long_names(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Events whose evidence sentences sit between blank lines and whose actors have long
    names, as text extracted from web pages gives them."""
    from store_driver import actor, coded, event_in

    path = tmp_path_factory.mktemp("wide") / "ev.duckdb"
    texts = [
        "Dateline.\n\nThe Ministry of Foreign Affairs of the Republic of Example cooperated "
        f"with the Union of Neighbouring Provinces on river number {i}.\n\nMore follows."
        for i in range(4)
    ]
    ministry = actor("Ministry of Foreign Affairs of the Republic of Example", "FRA")
    union = actor("Union of Neighbouring Provinces", "DEU")
    items = [
        coded(text, uri=f"mem://wide{i}", actors=(ministry, union),
              events=(event_in(text, "cooperated", "COOPERATE", ministry, union),))
        for i, text in enumerate(texts)
    ]  # fmt: skip
    with Store(path) as store:
        run_id = store.begin_run(["mem"], version="t", lexicon_version="t")
        store.write_many(items, run_id)
        store.end_run(run_id, coded=4, rejected=0, skipped=0)
    return str(path)


def test_table_fits_the_terminal_and_never_cuts_the_type(
    long_names: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for width in (80, 120, 200):
        monkeypatch.setenv("COLUMNS", str(width))
        _, out, _ = run(capsys, "query", "--db", long_names)
        lines = out.splitlines()
        assert lines[-1] == "4 events"
        assert all(len(line) <= width for line in lines), (width, out)
        assert all("COOPERATE " in line for line in lines[1:-1]), out
    monkeypatch.setenv("COLUMNS", "400")
    _, out, _ = run(capsys, "query", "--db", long_names)  # wide: nothing cut
    assert "Ministry of Foreign Affairs of the Republic of Example" in out
    assert "river number 3." in out and "…" not in out


def test_sql_show_tables_lists_each_table_once_in_full(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    _, out, _ = run(capsys, "query", "--db", db, "--sql", "SHOW TABLES")
    names = [line.strip() for line in out.splitlines()[1:-1]]
    assert len(names) == len(set(names)) and "events_all" in names and "events_view" in names
    assert not any("…" in name for name in names)


def test_csv_cells_carry_no_surrounding_line_breaks(
    long_names: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _, out, _ = run(capsys, "query", "--db", long_names, "--format", "csv")
    assert len(out.splitlines()) == 5  # the header and four rows, one line each
    rows = list(csv.DictReader(io.StringIO(out)))
    assert all(r["sentence_text"] == r["sentence_text"].strip() for r in rows)
    assert rows[0]["sentence_text"].startswith("The Ministry")
    export = tmp_path / "e.csv"
    run(capsys, "export", "--db", long_names, "--format", "csv", "--out", str(export))
    assert len(export.read_text().splitlines()) == 5
