"""The local runner: one or two workers store the same thing; a re-run skips everything."""

from __future__ import annotations

import gc
import io
import shutil
from pathlib import Path

import pytest

from eventwire.runners.local import run, sample_corpus
from eventwire.store import Store

BAD_INPUTS = Path(__file__).parent / "data" / "bad-inputs"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A handful of sample-corpus files and one bad input, a rejection."""
    folder = tmp_path_factory.mktemp("corpus")
    names = sorted(p.name for p in sample_corpus().iterdir() if p.name[0].isdigit())
    for name in [*names[:5], names[-1]]:  # the last one is HTML
        shutil.copy(sample_corpus() / name, folder / name)
    shutil.copy(BAD_INPUTS / "bad-empty.txt", folder / "bad-empty.txt")
    return folder


def stored(db: Path) -> dict[str, object]:
    with Store(db, read_only=True) as store:
        articles = {doc_id: store.get(doc_id) for doc_id in store.doc_ids()}
        rejections = sorted((r["uri"], r["reason"]) for r in store.rejections())
    return {"articles": articles, "rejections": rejections}


def test_two_workers_store_what_one_stores(corpus: Path, tmp_path: Path) -> None:
    one = run([corpus], tmp_path / "one.duckdb", progress=None, workers=1)
    two = run([corpus], tmp_path / "two.duckdb", progress=None, workers=2)
    assert (one.coded, one.rejected, one.events) == (two.coded, two.rejected, two.events)
    assert one.coded == 6 and one.rejected == 1 and one.events > 0
    first, second = stored(tmp_path / "one.duckdb"), stored(tmp_path / "two.duckdb")
    assert first == second


def test_a_rerun_skips_every_stored_document_before_coding(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "resume.duckdb"
    first = run([corpus], db, progress=None, workers=2)
    log = io.StringIO()
    again = run([corpus], db, progress=log, every=0.0, workers=2)
    assert (again.coded, again.rejected, again.events) == (0, 0, 0)
    assert again.skipped == first.coded + first.rejected == 7
    assert log.getvalue().strip().splitlines()[-1].startswith("7/7 documents (100%)")


def test_small_write_batches_store_the_same(corpus: Path, tmp_path: Path) -> None:
    run([corpus], tmp_path / "a.duckdb", progress=None, write_batch=1)
    run([corpus], tmp_path / "b.duckdb", progress=None, write_batch=64)
    assert stored(tmp_path / "a.duckdb") == stored(tmp_path / "b.duckdb")


def test_one_worker_freezes_the_loaded_heap_while_it_codes_and_thaws_it_after(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    frozen_while_writing: list[int] = []
    write_many = Store.write_many

    def spy(self: Store, *args: object, **kwargs: object) -> list[bool]:
        frozen_while_writing.append(gc.get_freeze_count())
        return write_many(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "write_many", spy)
    assert gc.get_freeze_count() == 0
    report = run([corpus], tmp_path / "frozen.duckdb", progress=None, workers=1)
    assert report.coded == 6
    assert frozen_while_writing and all(count > 0 for count in frozen_while_writing)
    assert gc.get_freeze_count() == 0


def test_a_heap_frozen_by_the_caller_stays_frozen(corpus: Path, tmp_path: Path) -> None:
    gc.freeze()
    try:
        run([corpus], tmp_path / "caller.duckdb", progress=None, workers=1)
        assert gc.get_freeze_count() > 0  # not thawed by the run
    finally:
        gc.unfreeze()
