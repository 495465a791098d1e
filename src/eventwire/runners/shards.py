"""Merge the Parquet shards of the Ray engine into a DuckDB store, idempotently.

Every row holds one input's full JSON record (a coded article or a rejection); rows are
written in input order through :meth:`Store.write`, one transaction each, so loading the
same shards twice (or shards that overlap a local run) stores nothing twice.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import duckdb

from eventwire import __version__
from eventwire.records import CodedArticle, Rejection
from eventwire.resources import lexicon_version
from eventwire.runners.local import WRITER_MEMORY, RunReport, write_all
from eventwire.serialize import coded_article_from_dict, from_dict
from eventwire.store import Store

FETCH = 500


def shard_files(paths: Sequence[str | Path]) -> list[str]:
    """The ``.parquet`` files named in ``paths`` or found under its folders, sorted."""
    files: list[str] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(str(p) for p in path.rglob("*.parquet")))
        elif path.is_file():
            files.append(str(path))
        else:
            raise FileNotFoundError(f"no such file or folder: {item}")
    return files


def read_shards(paths: Sequence[str | Path]) -> Iterator[CodedArticle | Rejection]:
    """The records of the shards, in input order (file, then position within the file)."""
    files = shard_files(paths)
    if not files:
        return
    con = duckdb.connect()
    try:
        cursor = con.execute(
            "SELECT kind, record FROM read_parquet($files) ORDER BY file, position",
            {"files": files},
        )
        while rows := cursor.fetchmany(FETCH):
            for kind, record in rows:
                data = json.loads(record)
                if kind == "article":
                    yield coded_article_from_dict(data)
                else:
                    yield from_dict(Rejection, data)
    finally:
        con.close()


def load_shards(paths: Sequence[str | Path], db: str | Path, *, batch: int = 256) -> RunReport:
    """Write every record of the shards into the store ``db``; already stored ones are skipped.

    Records are written ``batch`` to a transaction."""
    report = RunReport()
    started = time.perf_counter()
    inputs = [str(p) for p in paths]
    with Store(db, memory_limit=WRITER_MEMORY) as store:
        report.run_id = store.begin_run(
            inputs, version=__version__, lexicon_version=lexicon_version()
        )
        write_all(store, read_shards(inputs), report, batch=batch)
        store.end_run(
            report.run_id, coded=report.coded, rejected=report.rejected, skipped=report.skipped
        )
    report.seconds = time.perf_counter() - started
    return report
