"""A writer killed with SIGKILL at random moments leaves a consistent, resumable store."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from eventwire.store import Store
from store_driver import doc_id_of, numbered

DRIVER = Path(__file__).with_name("store_driver.py")
COUNT = 120


def run_driver(db: Path, kill: tuple[int, float] | None) -> int:
    """Run the driver; with ``kill=(n, s)``, SIGKILL it ``s`` seconds after its n-th write.

    Returns how many documents it reported written.
    """
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), str(db), str(COUNT)],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    written = 0
    if kill is not None:
        for _line in proc.stdout:
            written += 1
            if written == kill[0]:
                time.sleep(kill[1])
                proc.send_signal(signal.SIGKILL)
                break
    written += len(proc.stdout.read().split())
    proc.wait(timeout=120)
    if kill is None:
        assert proc.returncode == 0
    return written


def test_kill_and_resume(tmp_path: Path) -> None:
    db = tmp_path / "ev.duckdb"
    rng = random.Random(7)
    done = 0
    for _ in range(3):
        done += run_driver(db, kill=(rng.randint(5, 25), rng.uniform(0.0, 0.05)))
        with Store(db, read_only=True) as store:  # every kill leaves a readable store
            orphans = store.sql(
                "SELECT COUNT(*) AS n FROM events e "
                "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc_id = e.doc_id)"
            )
            assert orphans == [{"n": 0}]
    assert 0 < done < COUNT  # the kills did land mid-run
    run_driver(db, kill=None)

    expected = {doc_id_of(numbered(i)) for i in range(COUNT)}
    with Store(db, read_only=True) as store:
        stored = store.sql("SELECT doc_id FROM articles UNION ALL SELECT doc_id FROM rejections")
        ids = [row["doc_id"] for row in stored]
        assert len(ids) == len(set(ids)) == COUNT
        assert set(ids) == expected
        per_doc = store.sql(
            "SELECT a.doc_id, COUNT(e.event_id) AS n FROM articles a "
            "LEFT JOIN events e USING (doc_id) GROUP BY a.doc_id"
        )
        assert {row["n"] for row in per_doc} == {2}
        for table in ("actors", "places", "quotes", "event_participants"):
            orphans = store.sql(
                f"SELECT COUNT(*) AS n FROM {table} t "
                "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc_id = t.doc_id)"
            )
            assert orphans == [{"n": 0}], table
        participants = store.sql("SELECT COUNT(*) AS n FROM event_participants")[0]["n"]
        assert participants == 4 * len(per_doc)
        assert len(store.runs()) == 4
        assert store.summary().clusters == 2
