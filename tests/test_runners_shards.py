"""Parquet shards of coded articles merge into the store like a local run, idempotently."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from eventwire.records import CodedArticle
from eventwire.runners.local import run, sample_corpus
from eventwire.runners.ray_runner import Coder, input_files, input_parts, read_rows
from eventwire.runners.shards import load_shards, read_shards, shard_files
from eventwire.store import Store

BAD_INPUTS = Path(__file__).parent / "data" / "bad-inputs"

COLUMNS = ("file", "position", "doc_id", "uri", "kind", "events", "record")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for source in (
        sample_corpus() / "001-kenya-ethiopia-border-trade.txt",
        BAD_INPUTS / "bad-binary.bin",
        sample_corpus() / "wires.jsonl",
    ):
        shutil.copy(source, folder / source.name)
    return folder


def write_shards(corpus: Path, out: Path, per_shard: int = 3) -> int:
    """Code ``corpus`` as the Ray engine's stages do (without Ray) and write Parquet shards."""
    rows: list[dict[str, Any]] = []
    for part in input_parts(input_files([corpus]), part_bytes=1024):
        rows.extend(read_rows(part))
    rows.reverse()  # shards arrive in any order; loading restores input order
    coder = Coder()
    out.mkdir()
    con = duckdb.connect()
    for start in range(0, len(rows), per_shard):
        chunk = rows[start : start + per_shard]
        batch = {key: [row[key] for row in chunk] for key in ("file", "position", "kind", "record")}
        coded = coder(batch)
        con.execute(
            "CREATE OR REPLACE TABLE shard (file BIGINT, position BIGINT, doc_id VARCHAR, "
            "uri VARCHAR, kind VARCHAR, events BIGINT, record VARCHAR)"
        )
        con.executemany(
            "INSERT INTO shard VALUES (?, ?, ?, ?, ?, ?, ?)",
            [list(values) for values in zip(*(coded[c] for c in COLUMNS), strict=True)],
        )
        con.execute(f"COPY shard TO '{out / f'part-{start:04d}.parquet'}' (FORMAT parquet)")
    con.close()
    return len(rows)


def contents(db: Path) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    with Store(db, read_only=True) as store:
        articles = {doc_id: store.get(doc_id) for doc_id in store.doc_ids()}
        rejections = sorted((r["uri"], r["reason"]) for r in store.rejections())
    return articles, rejections


def test_loading_shards_equals_a_local_run_and_is_idempotent(corpus: Path, tmp_path: Path) -> None:
    rows = write_shards(corpus, tmp_path / "shards")
    assert len(shard_files([tmp_path / "shards"])) > 1
    first = load_shards([tmp_path / "shards"], tmp_path / "loaded.duckdb")
    assert first.coded + first.rejected == rows and first.rejected == 1
    again = load_shards([tmp_path / "shards"], tmp_path / "loaded.duckdb")
    assert (again.coded, again.rejected, again.skipped) == (0, 0, rows)
    local = run([corpus], tmp_path / "local.duckdb", progress=None)
    assert (local.coded, local.events) == (first.coded, first.events)
    assert contents(tmp_path / "loaded.duckdb") == contents(tmp_path / "local.duckdb")


def test_records_come_back_in_input_order(corpus: Path, tmp_path: Path) -> None:
    write_shards(corpus, tmp_path / "shards", per_shard=2)
    items = list(read_shards([tmp_path]))
    uris = [item.article.uri if isinstance(item, CodedArticle) else item.uri for item in items]
    assert uris[0].endswith("001-kenya-ethiopia-border-trade.txt")
    assert uris[1].endswith("bad-binary.bin")
    assert all("wires.jsonl#L" in uri for uri in uris[2:])
    lines = [int(uri.rsplit("#L", 1)[1]) for uri in uris[2:]]
    assert lines == sorted(lines)


def test_missing_shards_are_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_shards([tmp_path / "nowhere"], tmp_path / "x.duckdb")


def test_load_command_reports_what_it_stored(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from eventwire.cli import load

    rows = write_shards(corpus, tmp_path / "shards")
    args = argparse.Namespace(shards=[str(tmp_path / "shards")], db=str(tmp_path / "c.duckdb"))
    assert load.main(args) == 0
    assert load.main(args) == 0
    first, second = capsys.readouterr().out.strip().splitlines()
    assert first.startswith(f"loaded {rows - 1} articles (") and ", 1 rejections;" in first
    assert second.startswith("loaded 0 articles (0 events), 0 rejections; skipped")
    assert f"skipped {rows} already stored" in second


def test_run_command_needs_a_shard_folder_for_ray() -> None:
    from eventwire.cli import main

    with pytest.raises(SystemExit):
        main(["run", "--engine", "spark"])
    assert main(["run", "--engine", "ray", "--db", "unused.duckdb"]) == 2


def test_one_document_key_whatever_runner_and_path_form(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A local run given a relative path and shards made from the absolute one (and the
    other way round) store each input once: the key is the absolute path either way."""
    work = tmp_path / "work"
    shutil.copytree(corpus, work / "in")
    monkeypatch.chdir(work)
    db = tmp_path / "mixed.duckdb"
    local = run([Path("in")], db, progress=None)
    assert local.rejected == 1
    rows = write_shards(work / "in", tmp_path / "shards")
    loaded = load_shards([tmp_path / "shards"], db)
    assert (loaded.coded, loaded.rejected, loaded.skipped) == (0, 0, rows)
    _, rejections = contents(db)
    assert rejections == [(str(work / "in" / "bad-binary.bin"), "binary")]

    other = tmp_path / "other.duckdb"
    rows = write_shards(Path("in"), tmp_path / "relative-shards")
    assert load_shards([tmp_path / "relative-shards"], other).rejected == 1
    again = run([work / "in"], other, progress=None)
    assert (again.coded, again.rejected) == (0, 0)
    again = run(["./in/../in"], other, progress=None)
    assert (again.coded, again.rejected) == (0, 0)
    assert contents(other) == contents(db)
