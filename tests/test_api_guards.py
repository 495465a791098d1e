"""The server protects a local user and stays responsive: security headers, only bound
host names, deadlines for slow clients, a bounded coding queue, pooled store readers."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient

import eventwire.pipeline
from eventwire.api import Snapshots, coding, create_app
from eventwire.api.guards import HeaderDeadline, bound_host_names
from eventwire.api.limits import BodyLimit
from eventwire.store import Store
from test_api_fixtures import free_port, session_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return session_store(tmp_path_factory)


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    hosts = bound_host_names("127.0.0.1")
    with TestClient(create_app(db, allowed_hosts=hosts), base_url="http://127.0.0.1") as test:
        yield test


@pytest.mark.parametrize("path", ["/", "/api/status", "/api/events?limit=1", "/api/nowhere"])
def test_every_answer_carries_the_security_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


def test_a_foreign_host_header_is_refused(client: TestClient) -> None:
    assert client.get("/api/status", headers={"Host": "localhost:8000"}).status_code == 200
    assert client.get("/api/status", headers={"Host": "rebind.attacker.example"}).status_code == 400


def test_bound_host_names() -> None:
    assert "localhost" in bound_host_names("127.0.0.1")
    assert bound_host_names("10.0.0.5") == ["10.0.0.5"]
    assert bound_host_names("0.0.0.0") == ["*"]
    assert bound_host_names("0.0.0.0", ("events.example.org",))[-1] == "events.example.org"


def test_coding_waits_in_a_bounded_queue_and_reads_never_wait(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    started = threading.Semaphore(0)

    def slow_code_text(text: str, **options: Any) -> Any:
        started.release()
        release.wait(30)
        return eventwire.pipeline.reject("<text>", "empty")

    monkeypatch.setattr(eventwire.pipeline, "code_text", slow_code_text)
    answers: list[int] = []

    def post() -> None:
        answers.append(client.post("/api/code", json={"text": "Some text."}).status_code)

    posts = [threading.Thread(target=post) for _ in range(coding.QUEUE)]
    for thread in posts:
        thread.start()
    assert started.acquire(timeout=30)  # the first is being coded, the others wait
    deadline = time.monotonic() + 30
    while coding._SLOTS._value > 0 and time.monotonic() < deadline:  # type: ignore[attr-defined]
        time.sleep(0.05)
    try:
        full = client.post("/api/code", json={"text": "One more."})
        assert full.status_code == 503 and full.headers["retry-after"] == coding.RETRY_AFTER
        began = time.perf_counter()
        assert client.get("/api/events?limit=5").status_code == 200
        assert time.perf_counter() - began < 5  # reads do not queue behind coding
    finally:
        release.set()
        for thread in posts:
            thread.join(60)
    assert answers == [200] * coding.QUEUE


def test_a_body_that_never_finishes_gets_408() -> None:
    sent: list[dict[str, Any]] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        raise AssertionError("the app must not be called")

    async def receive() -> dict[str, Any]:
        await asyncio.sleep(60)
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "headers": []}
    asyncio.run(BodyLimit(app, max_bytes=100, body_seconds=0.3)(scope, receive, send))
    assert sent[0]["status"] == 408


class QuickDeadline(HeaderDeadline):
    header_seconds = 0.5


@contextlib.contextmanager
def uvicorn_server(app: Any) -> Iterator[int]:
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, http=QuickDeadline, log_level="error")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(10)


def test_a_client_that_never_finishes_its_headers_is_cut_off() -> None:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    with uvicorn_server(app) as port, socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and nothing more
        sock.settimeout(10)
        began = time.monotonic()
        assert sock.recv(1024) == b""  # closed by the server
        assert time.monotonic() - began < 5


def test_stores_are_pooled_per_snapshot_and_closed_with_it(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.duckdb"
    shutil.copyfile(db, copy)
    snapshots = Snapshots(copy, poll=0.0, workdir=tmp_path / "snapshots")
    try:
        with snapshots.store() as first:
            count = len(list(first.doc_ids()))
        with snapshots.store() as second:
            assert second is first  # reused, not opened again
        with Store(copy) as writer:  # the store changes: a new snapshot is taken
            writer.begin_run(["x"], version="t", lexicon_version="t")
        snapshots.refresh(force=True)
        with snapshots.store() as third:
            assert third is not first and len(list(third.doc_ids())) == count
        with pytest.raises(Exception):  # noqa: B017 (the retired snapshot's store is closed)
            first.doc_ids()
    finally:
        snapshots.close()
