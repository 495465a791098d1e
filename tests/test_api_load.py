"""A bounded load test on 127.0.0.1: 200 concurrent readers are served, without a
single error, while ``eventwire run`` (a second process) codes documents into the
same store file; once the run ends, the server serves what it wrote."""

from __future__ import annotations

import asyncio
import itertools
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from test_api_fixtures import CORPUS, WRITER_FILES, running_server, session_store

READERS = 200
REQUESTS_EACH = 3
TIME_LIMIT = 240.0
URLS = (
    "/api/events?limit=20",
    "/api/events?type=CONSULT&dedup=true",
    "/api/events?q=ceasefire",
    "/api/overview",
    "/api/timeseries",
    "/api/network?by=country",
    "/api/places",
    "/api/actors?limit=10",
    "/api/clusters?limit=10",
    "/api/status",
)


async def read_many(base: str) -> list[tuple[int, float, str, float]]:
    """READERS clients at once, each sending REQUESTS_EACH requests.

    Returns (status, seconds, url, time answered) for every request.
    """
    urls = itertools.cycle(URLS)
    # A connection per request: a kept-alive connection that the server closes after
    # its idle timeout, just as the client reuses it, is a client-side race, not an error.
    limits = httpx.Limits(max_connections=READERS, max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=120) as client:

        async def reader(paths: list[str]) -> list[tuple[int, float, str, float]]:
            done = []
            for path in paths:
                started = time.perf_counter()
                response = await client.get(path)
                now = time.perf_counter()
                done.append((response.status_code, now - started, path, now))
            return done

        plans = [[next(urls) for _ in range(REQUESTS_EACH)] for _ in range(READERS)]
        results = await asyncio.wait_for(
            asyncio.gather(*(reader(plan) for plan in plans)), timeout=TIME_LIMIT
        )
    return [item for result in results for item in result]


def _wait_end(process: subprocess.Popen[str]) -> float:
    while process.poll() is None:
        time.sleep(0.05)
    return time.perf_counter()


def wait_for(predicate: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.2)
    return False


def test_200_readers_while_a_run_writes(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    db = tmp_path / "events.duckdb"
    shutil.copyfile(session_store(tmp_path_factory), db)
    with running_server(db, poll=0.5) as base:
        before = httpx.get(f"{base}/api/overview").json()["articles"]
        writer = subprocess.Popen(
            [sys.executable, "-m", "eventwire.cli", "run", "--db", str(db), "--quiet",
             *(str(CORPUS / name) for name in WRITER_FILES)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        try:
            seen_writer = wait_for(
                lambda: httpx.get(f"{base}/api/status").json()["writer_active"], 60
            )
            ended: list[float] = []
            watcher = threading.Thread(target=lambda: ended.append(_wait_end(writer)))
            watcher.start()
            started = time.perf_counter()
            results = asyncio.run(read_many(base))
            took = time.perf_counter() - started
        finally:
            _out, err = writer.communicate(timeout=300)
            watcher.join()
        assert writer.returncode == 0, err
        assert seen_writer, "the writer never held the store while the server ran"
        during = sum(1 for *_, answered in results if answered < ended[0])

        statuses = [status for status, *_ in results]
        latencies = sorted(seconds for _, seconds, *_ in results)
        assert len(results) == READERS * REQUESTS_EACH
        assert during > 0, "no request was answered while the writer ran"
        errors = [(s, u) for s, _, u, _ in results if s != 200]
        assert not errors, errors[:10]
        p50 = statistics.median(latencies)
        p95 = latencies[int(len(latencies) * 0.95) - 1]
        print(
            f"\n{len(statuses)} requests from {READERS} concurrent readers in {took:.1f} s "
            f"({len(statuses) / took:.0f}/s), p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
            f"max {latencies[-1] * 1000:.0f} ms; {during} answered while the writer ran"
        )

        def refreshed() -> bool:
            status = httpx.get(f"{base}/api/status").json()
            articles = httpx.get(f"{base}/api/overview").json()["articles"]
            return not status["stale"] and articles > before

        assert wait_for(refreshed, 30), "the server did not pick up what the run wrote"
