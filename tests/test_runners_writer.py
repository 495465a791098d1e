"""The writer flushes on a timer as well as by batch size: after a lull in coding, what
is done is written within ``seconds``, not when the next document arrives."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.reasons import reject
from eventwire.records import Rejection
from eventwire.runners.local import RunReport, write_all
from eventwire.store import Store


def test_documents_before_a_lull_are_written_during_it(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        report = RunReport(run_id=store.begin_run(["test"], version="t", lexicon_version="t"))
        cursor = store.connection.cursor()
        stored_during_lull: list[int] = []

        def items() -> Iterator[Rejection]:
            yield reject("first", "empty", doc_id="d1")
            time.sleep(1.5)  # a lull: a slow download, a long document
            count = cursor.execute("SELECT COUNT(*) FROM rejections").fetchone()
            stored_during_lull.append(int(count[0]) if count else -1)
            yield reject("second", "empty", doc_id="d2")

        write_all(store, items(), report, batch=64, seconds=0.3)
        assert stored_during_lull == [1]
        assert report.rejected == 2


def test_a_failure_while_producing_reaches_the_writer_and_what_came_before_is_kept(
    tmp_path: Path,
) -> None:
    def items() -> Iterator[Rejection]:
        yield reject("first", "empty", doc_id="d1")
        raise OSError("the disk went away")

    with Store(tmp_path / "s.duckdb") as store:
        report = RunReport(run_id=store.begin_run(["test"], version="t", lexicon_version="t"))
        with pytest.raises(OSError, match="disk went away"):
            write_all(store, items(), report, batch=64, seconds=0.3)
        assert [r["uri"] for r in store.rejections()] == ["first"]
