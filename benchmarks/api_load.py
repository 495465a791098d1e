"""Load benchmark of ``eventwire serve``: many concurrent readers while a writer writes.

    .venv/bin/python benchmarks/api_load.py [--clients 200] [--requests 5] [--events 20000]

Builds a store of synthetic coded articles (no spaCy; ``store_bench.articles``), starts
the server on 127.0.0.1 (loopback only) in a subprocess, starts a writer process that
keeps adding articles to the same store file, and sends ``--requests`` requests from each
of ``--clients`` concurrent clients (a new connection per request) to ``/api/events``
(and a few other read endpoints with ``--mix``). Prints requests per second, p50, p95, p99
and the errors. Bounded: everything stops after ``--limit`` seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventwire.store import Store
from store_bench import articles

SERVER = """
import sys, uvicorn
from eventwire.api import create_app
app = create_app(sys.argv[1], poll=1.0)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning",
            timeout_graceful_shutdown=2)
"""

# Adds synthetic articles to the store until killed, holding the file as ``eventwire run``
# does, at about the rate a two-worker run writes on this machine (16 articles/s, in
# transactions of 8).
WRITER = """
import sys, time
sys.path.insert(0, sys.argv[2])
from store_bench import articles
from eventwire.store import Store
with Store(sys.argv[1], memory_limit="256MB") as store:
    run_id = store.begin_run(["writer"], version="bench", lexicon_version="bench")
    batch = []
    for coded in articles(10_000_000, seed=7):
        batch.append(coded)
        if len(batch) == 8:
            store.write_many(batch, run_id)
            batch.clear()
            time.sleep(0.5)
"""

EVENTS = "/api/events?limit=20"
MIX = (
    "/api/events?limit=20",
    "/api/events?type=CONSULT&limit=20",
    "/api/overview",
    "/api/actors?limit=10",
    "/api/status",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def build(path: Path, n_events: int) -> None:
    with Store(path) as store:
        run_id = store.begin_run(["bench"], version="bench", lexicon_version="bench")
        batch = []
        for coded in articles(n_events):
            batch.append(coded)
            if len(batch) == 200:
                store.write_many(batch, run_id)
                batch.clear()
        store.write_many(batch, run_id)


@contextlib.contextmanager
def server(db: Path) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(port)])
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base}/api/status", timeout=2).json().get("ready"):
                    break
            time.sleep(0.2)
        else:
            raise RuntimeError("the server did not start within 60 s")
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@contextlib.contextmanager
def writer(db: Path) -> Iterator[None]:
    here = str(Path(__file__).resolve().parent)
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(db), here])
    try:
        time.sleep(2)  # let it open the store
        yield
    finally:
        process.terminate()
        process.wait(timeout=30)


async def load(
    base: str, clients: int, requests: int, urls: tuple[str, ...], limit: float
) -> list[tuple[int, float]]:
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=limit) as client:

        async def one(index: int) -> list[tuple[int, float]]:
            done = []
            for n in range(requests):
                started = time.perf_counter()
                try:
                    response = await client.get(urls[(index + n) % len(urls)])
                    status = response.status_code
                except httpx.HTTPError:
                    status = 0
                done.append((status, time.perf_counter() - started))
            return done

        results = await asyncio.wait_for(
            asyncio.gather(*(one(i) for i in range(clients))), timeout=limit
        )
    return [item for result in results for item in result]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--requests", type=int, default=5, help="requests per client")
    parser.add_argument("--events", type=int, default=20_000, help="events in the store")
    parser.add_argument("--mix", action="store_true", help="several endpoints, not only events")
    parser.add_argument("--no-writer", action="store_true")
    parser.add_argument("--limit", type=float, default=180.0, help="seconds at most")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventwire-load-") as folder:
        db = Path(folder) / "load.duckdb"
        build(db, args.events)
        urls = MIX if args.mix else (EVENTS,)
        with server(db) as base, contextlib.nullcontext() if args.no_writer else writer(db):
            httpx.get(f"{base}{EVENTS}", timeout=60)  # warm
            started = time.perf_counter()
            results = asyncio.run(load(base, args.clients, args.requests, urls, args.limit))
            took = time.perf_counter() - started
    latencies = sorted(seconds for _, seconds in results)
    errors = sum(1 for status, _ in results if status != 200)

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(len(latencies) * p))] * 1000

    print(
        f"{len(results)} requests, {args.clients} clients, writer "
        f"{'off' if args.no_writer else 'on'}, cpus {os.cpu_count()}: "
        f"{len(results) / took:.0f} req/s, p50 {statistics.median(latencies) * 1000:.0f} ms, "
        f"p95 {pct(0.95):.0f} ms, p99 {pct(0.99):.0f} ms, max {latencies[-1] * 1000:.0f} ms, "
        f"{errors} errors"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
