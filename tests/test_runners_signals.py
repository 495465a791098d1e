"""A killed run leaves no process behind: SIGTERM stops a run as Ctrl-C does, and pool
workers exit by themselves when the run's process dies (SIGKILL), fork server included."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.runners.local import sample_corpus
from eventwire.runners.pool import process_alive

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc (Linux)")

SCRIPT = """
import sys
from eventwire.runners.local import run
run([sys.argv[1]], sys.argv[2], workers=2, progress=None, write_batch=4)
"""


def descendants(pid: int) -> set[int]:
    """Every process below ``pid``, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_bytes()
        except OSError:
            continue
        ppid = int(stat.rsplit(b")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough text documents to keep two workers busy for a while."""
    folder = tmp_path_factory.mktemp("many")
    texts = sorted(sample_corpus().glob("*.txt"))
    for copy in range(6):
        for text in texts:
            body = text.read_text(encoding="utf-8")
            (folder / f"{copy}-{text.name}").write_text(f"{body}\\nCopy {copy}.\\n")
    return folder


def started_run(corpus: Path, db: Path) -> tuple[subprocess.Popen[bytes], set[int]]:
    """A ``--workers 2`` run, once its fork server and both workers are up."""
    process = subprocess.Popen([sys.executable, "-c", SCRIPT, str(corpus), str(db)])
    deadline = time.monotonic() + 120
    tree: set[int] = set()
    while time.monotonic() < deadline and process.poll() is None:
        tree = descendants(process.pid)
        if len(tree) >= 4:  # resource tracker, fork server, two workers
            time.sleep(2)  # let the workers start coding
            return process, descendants(process.pid)
        time.sleep(0.2)
    process.kill()
    pytest.fail(f"the workers did not start (processes: {sorted(tree)})")


def wait_gone(pids: set[int], seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    alive = set(pids)
    while alive and time.monotonic() < deadline:
        alive = {pid for pid in alive if process_alive(pid)}
        time.sleep(0.2)
    return alive


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM])
def test_no_process_outlives_a_killed_run(corpus: Path, tmp_path: Path, signum: int) -> None:
    process, tree = started_run(corpus, tmp_path / "s.duckdb")
    os.kill(process.pid, signum)
    process.wait(timeout=60)
    left = wait_gone(tree, 20)
    for pid in left:  # clean up before failing
        os.kill(pid, signal.SIGKILL)
    assert not left, f"{len(left)} of {len(tree)} processes outlived the run"
