"""Helpers shared by the API and web tests: a real store coded from sample-corpus files
(built once per test session), and an API server started on 127.0.0.1.

This module holds no test; the ``test_api_*``/``test_web_*`` modules import it.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from eventwire.resources import data_path

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CORPUS = data_path("corpus")
# A handful of sample articles: many actors and places, a syndicated copy (near
# duplicate), and one HTML page.
STORE_FILES = (
    "005-un-veto-myanmar-resolution.txt",
    "007-kyiv-overnight-drone-attack.txt",
    "007-kyiv-overnight-drone-attack-syndicated.txt",
    "009-cairo-gaza-ceasefire-talks.txt",
    "021-us-approves-taiwan-arms-sale.txt",
    "023-kremlin-witkoff-ceasefire.txt",
    "037-kenyan-police-arrive-haiti.html",
)
# What a writer codes into the store while the server reads it.
WRITER_FILES = (
    "011-seoul-north-korea-missiles.txt",
    "014-australia-png-defence-treaty.txt",
    "028-germany-brigade-lithuania.txt",
)
REFERENCE_STORY = ROOT.parent / "shared" / "examples" / "wire-story-visit-and-appeal.txt"

SERVER = """
import sys, uvicorn
from eventwire.api import create_app
app = create_app(sys.argv[1], poll=float(sys.argv[3]))
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning",
            timeout_graceful_shutdown=2)
"""


def build_store(path: Path, files: tuple[str, ...] = STORE_FILES) -> Path:
    """Code ``files`` of the sample corpus into a new store at ``path`` (the real pipeline)."""
    from eventwire.runners.local import run

    run([CORPUS / name for name in files], path, progress=None)
    return path


def session_store(factory: pytest.TempPathFactory) -> Path:
    """The test session's store, built on first use and kept for every module after."""
    path = factory.getbasetemp() / "api-store" / "events.duckdb"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name("building.duckdb")
        build_store(partial)
        partial.rename(path)
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def running_server(db: Path, *, poll: float = 0.5) -> Iterator[str]:
    """Start ``eventwire.api`` under uvicorn in a subprocess; yield its base URL.

    The server's output goes to ``<db>.server.log``.
    """
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    log = Path(f"{db}.server.log").open("w", encoding="utf-8")  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(db), str(port), str(poll)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                log.flush()
                raise RuntimeError(f"the server exited: {Path(log.name).read_text()[-2000:]}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base}/api/status", timeout=2).json().get("ready"):
                    break
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not start within 60 s")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
