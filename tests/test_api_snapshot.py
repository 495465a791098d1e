"""Reading a store while another process writes it: the API serves private snapshots.

The stores here are written with the hand-built records of ``store_driver`` (fast, no
NLP); the writer is a real second process holding DuckDB's write lock.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.api import Snapshots, StoreUnavailable, create_app
from eventwire.store import Store
from store_driver import numbered

TESTS = Path(__file__).resolve().parent
# Writes documents FIRST..LAST-1, says so, then holds the store open until told to stop.
WRITER = """
import sys
sys.path.insert(0, sys.argv[4])
from store_driver import numbered
from eventwire.store import Store
with Store(sys.argv[1]) as store:
    run = store.begin_run([], version="test", lexicon_version="test")
    for i in range(int(sys.argv[2]), int(sys.argv[3])):
        store.write(numbered(i), run)
    print("written", flush=True)
    sys.stdin.readline()
    store.end_run(run, coded=0, rejected=0, skipped=0)
"""


def write(path: Path, first: int, last: int) -> None:
    with Store(path) as store:
        run = store.begin_run([], version="test", lexicon_version="test")
        for i in range(first, last):
            store.write(numbered(i), run)
        store.end_run(run, coded=last - first, rejected=0, skipped=0)


def n_articles(snapshots: Snapshots) -> int:
    with snapshots.store() as store:
        return store.summary().articles


@contextmanager
def writer(path: Path, first: int, last: int) -> Iterator[subprocess.Popen[str]]:
    """A second process that writes documents and keeps the store open (locked)."""
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(first), str(last), str(TESTS)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    try:
        line = process.stdout.readline()
        assert line.strip() == "written", process.stderr.read() if process.stderr else ""
        yield process
    finally:
        if process.poll() is None:
            process.stdin.write("\n")
            process.stdin.flush()
        assert process.wait(timeout=30) == 0


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.duckdb"
    write(path, 0, 6)
    return path


def test_serves_the_last_snapshot_while_a_run_writes(db: Path, tmp_path: Path) -> None:
    snapshots = Snapshots(db, poll=0, workdir=tmp_path / "snaps")
    try:
        before = n_articles(snapshots)
        with writer(db, 6, 12):
            assert n_articles(snapshots) == before  # still served, from the snapshot
            status = snapshots.status()
            assert status.ready and status.stale and status.writer_active
            assert "being written" in status.message
        after = n_articles(snapshots)
        assert after > before
        status = snapshots.status()
        assert not status.stale and not status.writer_active
    finally:
        snapshots.close()


def test_a_writer_can_start_while_the_server_runs(db: Path, tmp_path: Path) -> None:
    snapshots = Snapshots(db, poll=0, workdir=tmp_path / "snaps")
    try:
        assert n_articles(snapshots) > 0
        with snapshots.store():
            write(db, 6, 8)  # would fail if the API held the store file open
        assert n_articles(snapshots) == n_articles(Snapshots(db, workdir=tmp_path / "b"))
    finally:
        snapshots.close()


def test_no_snapshot_yet_is_a_503_with_retry_after(db: Path) -> None:
    with writer(db, 6, 7):
        snapshots = Snapshots(db, poll=0)
        with pytest.raises(StoreUnavailable, match="being written"):
            n_articles(snapshots)
        snapshots.close()
        with TestClient(create_app(db, poll=0)) as client:
            response = client.get("/api/events")
            assert response.status_code == 503
            assert response.headers["Retry-After"] == "2"
            assert "being written" in response.json()["error"]["message"]
            status = client.get("/api/status").json()
            assert status["ready"] is False and status["writer_active"] is True
        # once the writer is gone, the same app answers
    with TestClient(create_app(db, poll=0)) as client:
        assert client.get("/api/events").status_code == 200


def test_missing_or_foreign_files_are_503(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "none.duckdb")) as client:
        response = client.get("/api/overview")
        assert response.status_code == 503
        assert "no store at" in response.json()["error"]["message"]
    other = tmp_path / "other.duckdb"
    import duckdb

    duckdb.connect(str(other)).close()
    with TestClient(create_app(other)) as client:
        assert "not an eventwire store" in client.get("/api/overview").json()["error"]["message"]


def test_old_snapshots_are_removed(db: Path, tmp_path: Path) -> None:
    work = tmp_path / "snaps"
    snapshots = Snapshots(db, poll=0, workdir=work)
    for first in range(6, 12, 2):
        n_articles(snapshots)
        write(db, first, first + 2)
    n_articles(snapshots)
    assert len(list(work.glob("snapshot-*.duckdb"))) == 1
    snapshots.close()
    assert not list(work.glob("snapshot-*"))
