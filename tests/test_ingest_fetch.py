"""Downloading against a real HTTP server on 127.0.0.1: pages, feeds, redirects, errors,
slow and oversized answers, robots.txt, politeness and conditional GET. Nothing leaves
the machine."""

from __future__ import annotations

import hashlib
import itertools
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest

from eventwire.ingest import FetchOptions, read_paths
from eventwire.records import RawDocument, Rejection
from eventwire.store.fetch_cache import FetchCache

PAGE = (
    "<html><head><title>Page {n}</title></head><body><article><h1>Talks on page {n}</h1>"
    "<p>The foreign ministers of both countries met in Geneva on Tuesday to resume talks "
    "on the border dispute, officials said after the meeting ended late at night.</p>"
    "</article></body></html>"
)
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
<item><title>First</title><link>{base}/page/1</link><pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate>
<description>Summary one.</description></item>
<item><title>Second</title><link>{base}/page/2</link><description>Summary two.</description></item>
</channel></rss>"""
ROBOTS = "User-agent: *\nDisallow: /private\n"


@dataclass
class Log:
    hits: Counter[str] = field(default_factory=Counter)
    agents: set[str] = field(default_factory=set)
    conditional: list[str] = field(default_factory=list)
    starts: dict[str, list[float]] = field(default_factory=dict)
    active: int = 0  # requests for /slowpage/ being answered right now
    max_active: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class Handler(BaseHTTPRequestHandler):
    log: Log
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _send(
        self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", **extra: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        log = self.log
        path = self.path
        with log.lock:
            log.hits[path] += 1
            log.agents.add(self.headers.get("User-Agent", ""))
            log.starts.setdefault(path.rsplit("/", 1)[0], []).append(time.monotonic())
            counted = path.startswith("/slowpage/")
            log.active += counted
            log.max_active = max(log.max_active, log.active)
        try:
            self._route(path)
        finally:
            with log.lock:
                log.active -= counted

    def _route(self, path: str) -> None:
        base = f"http://{self.headers['Host']}"
        if path == "/robots.txt":
            self._send(200, ROBOTS.encode(), "text/plain")
        elif path.startswith("/page/"):
            n = path.rsplit("/", 1)[1]
            body = PAGE.format(n=n).encode()
            etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.log.conditional.append(path)
                self._send(304, ETag=etag)
            else:
                self._send(200, body, ETag=etag, Last_Modified="Tue, 07 May 2024 10:00:00 GMT")
        elif path.startswith("/slowpage/"):
            time.sleep(0.15)
            self._send(200, PAGE.format(n=path).encode())
        elif path == "/feed.xml":
            self._send(200, FEED.format(base=base).encode(), "application/rss+xml")
        elif path == "/redirect":
            self._send(302, Location="/page/1")
        elif path.startswith("/loop"):
            self._send(302, Location="/loop2" if path == "/loop1" else "/loop1")
        elif path.startswith("/chain/"):
            hop = int(path.rsplit("/", 1)[1])
            self._send(302, Location=f"/chain/{hop + 1}")
        elif path == "/to-private":
            self._send(301, Location="/private/secret")
        elif path == "/slow":
            time.sleep(2.0)
            self._send(200, PAGE.format(n="slow").encode())
        elif path == "/flaky":
            if self.log.hits[path] < 3:
                self._send(503, b"busy", Retry_After="0")
            else:
                self._send(200, PAGE.format(n="flaky").encode())
        elif path == "/broken":
            self._send(500, b"oops")
        elif path == "/big":
            self._send(200, b"<html><body>" + b"x" * 300_000 + b"</body></html>")
        elif path == "/big-stream":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"<p>" + b"y" * 10_000 + b"</p>")
            self.close_connection = True
        elif path == "/image.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        else:
            self._send(404, b"not here")


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Log]]:
    log = Log()
    handler = type("BoundHandler", (Handler,), {"log": log})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", log
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


FAST = FetchOptions(delay=0.0, timeout=0.5, deadline=2.0, retries=2, backoff=0.01)


def _one(url: str, options: FetchOptions = FAST, **kwargs: object) -> RawDocument | Rejection:
    items = list(read_paths([url], fetch=options, **kwargs))  # type: ignore[arg-type]
    assert len(items) == 1, items
    return items[0]


def _reason(item: RawDocument | Rejection) -> str:
    assert isinstance(item, Rejection), item
    return item.reason


def test_page_is_downloaded_with_metadata_and_user_agent(server: tuple[str, Log]) -> None:
    base, log = server
    doc = _one(f"{base}/page/7")
    assert isinstance(doc, RawDocument)
    assert doc.content_type == "text/html" and "Talks on page 7" in str(doc.content)
    assert doc.url == f"{base}/page/7" and doc.source == "127.0.0.1"
    assert doc.fetched_at is not None
    assert any(agent.startswith("eventwire/") and "(+http" in agent for agent in log.agents)


def test_without_fetch_urls_are_rejected_with_a_reason(server: tuple[str, Log]) -> None:
    base, _ = server
    (item,) = list(read_paths([f"{base}/page/1"]))
    assert _reason(item) == "needs-fetch" and "--fetch" in item.detail  # type: ignore[union-attr]


def test_redirect_is_followed_and_final_url_kept(server: tuple[str, Log]) -> None:
    base, _ = server
    doc = _one(f"{base}/redirect")
    assert isinstance(doc, RawDocument)
    assert doc.uri == f"{base}/redirect" and doc.url == f"{base}/page/1"


def test_redirect_loops_and_long_chains_are_rejected(server: tuple[str, Log]) -> None:
    base, _ = server
    assert _reason(_one(f"{base}/loop1")) == "redirects"
    chain = _one(f"{base}/chain/0", replace(FAST, max_redirects=3))
    assert _reason(chain) == "redirects" and "More than 3" in chain.detail  # type: ignore[union-attr]


def test_robots_txt_is_respected_also_after_redirects(server: tuple[str, Log]) -> None:
    base, log = server
    before = log.hits["/robots.txt"]
    items = list(read_paths([f"{base}/private/report", f"{base}/to-private"], fetch=FAST))
    assert [_reason(i) for i in items] == ["robots", "robots"]
    assert log.hits["/private/report"] == 0 and log.hits["/private/secret"] == 0
    assert log.hits["/robots.txt"] == before + 1  # fetched once per site and run


def test_http_errors_and_retries(server: tuple[str, Log]) -> None:
    base, log = server
    assert _reason(_one(f"{base}/missing")) == "http:404"
    assert log.hits["/missing"] == 1  # a 404 is not retried
    assert _reason(_one(f"{base}/broken")) == "http:500"
    assert log.hits["/broken"] == 3  # the first try and two retries
    flaky = _one(f"{base}/flaky")
    assert isinstance(flaky, RawDocument) and log.hits["/flaky"] == 3


def test_slow_server_times_out(server: tuple[str, Log]) -> None:
    base, log = server
    options = replace(FAST, timeout=0.3, retries=1)
    started = time.monotonic()
    item = _one(f"{base}/slow", options)
    assert _reason(item) == "fetch-failed" and "Timeout" in item.detail  # type: ignore[union-attr]
    assert log.hits["/slow"] == 2 and time.monotonic() - started < 1.8


def test_oversized_bodies_are_rejected(server: tuple[str, Log]) -> None:
    base, _ = server
    announced = _one(f"{base}/big", max_bytes=100_000)
    assert _reason(announced) == "too-large" and "announced" in announced.detail  # type: ignore[union-attr]
    streamed = _one(f"{base}/big-stream", max_bytes=100_000)
    assert _reason(streamed) == "too-large" and "grew past" in streamed.detail  # type: ignore[union-attr]
    assert isinstance(_one(f"{base}/big"), RawDocument)  # fits the default limit


def test_non_html_is_rejected(server: tuple[str, Log]) -> None:
    base, _ = server
    item = _one(f"{base}/image.png")
    assert _reason(item) == "not-html" and "image/png" in item.detail  # type: ignore[union-attr]


def test_feed_url_entries_are_downloaded(server: tuple[str, Log]) -> None:
    base, _ = server
    docs = list(read_paths([f"{base}/feed.xml"], fetch=FAST))
    assert [d.url for d in docs if isinstance(d, RawDocument)] == [
        f"{base}/page/1",
        f"{base}/page/2",
    ]
    first = docs[0]
    assert isinstance(first, RawDocument)
    assert first.title == "First" and first.published == "2024-05-07"
    assert first.source == "Local Wire" and "Talks on page 1" in str(first.content)


def test_feed_file_links_are_fetched_only_with_fetch(
    server: tuple[str, Log], tmp_path: Path
) -> None:
    base, _ = server
    feed = tmp_path / "local.rss"
    feed.write_text(FEED.format(base=base))
    summaries = list(read_paths([feed]))
    assert [str(d.content) for d in summaries if isinstance(d, RawDocument)] == [
        "Summary one.",
        "Summary two.",
    ]
    pages = list(read_paths([feed], fetch=FAST))
    assert all(isinstance(d, RawDocument) and "Talks on page" in str(d.content) for d in pages)


def test_url_list_files(server: tuple[str, Log], tmp_path: Path) -> None:
    base, _ = server
    listing = tmp_path / "today.urls"
    listing.write_text(f"# morning run\n{base}/page/3\n\nnot a url\n{base}/missing\n")
    items = list(read_paths([listing], fetch=FAST))
    assert isinstance(items[0], RawDocument) and items[0].url == f"{base}/page/3"
    assert [_reason(i) for i in items[1:]] == ["bad-url", "http:404"]
    assert items[1].uri == f"{listing}#L4"
    plain = tmp_path / "list.txt"
    plain.write_text(f"{base}/page/4\n{base}/page/5\n")
    assert len([d for d in read_paths([plain], fetch=FAST) if isinstance(d, RawDocument)]) == 2
    assert all(isinstance(d, RawDocument) for d in read_paths([plain]))  # text without --fetch
    prefixed = list(read_paths([f"urls:{plain}"]))
    assert [_reason(i) for i in prefixed] == ["needs-fetch", "needs-fetch"]


def test_per_host_concurrency_and_delay(server: tuple[str, Log]) -> None:
    base, log = server
    urls = [f"{base}/slowpage/{i}" for i in range(6)]
    log.max_active = 0
    options = replace(FAST, workers=6, per_host=2, timeout=2.0)
    docs = list(read_paths(urls, fetch=options))
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [d.url for d in docs if isinstance(d, RawDocument)] == urls  # input order kept
    assert log.max_active == 2
    delayed = replace(options, per_host=6, delay=0.1)
    log.starts.pop("/slowpage", None)
    list(read_paths([f"{base}/slowpage/d{i}" for i in range(4)], fetch=delayed))
    starts = sorted(log.starts["/slowpage"])
    assert min(b - a for a, b in itertools.pairwise(starts)) >= 0.09


def test_conditional_get_downloads_only_what_changed(
    server: tuple[str, Log], tmp_path: Path
) -> None:
    base, log = server
    con = duckdb.connect(str(tmp_path / "store.duckdb"))
    stored: set[str] = set()
    cache = FetchCache(con, seen=stored.__contains__)
    urls = [f"{base}/page/40", f"{base}/page/41"]
    first = list(read_paths(urls, fetch=FAST, fetch_cache=cache))
    assert all(isinstance(d, RawDocument) for d in first)
    entry = cache.get(urls[0])
    assert entry is not None and entry.etag and entry.content_hash == first[0].doc_id
    # Nothing stored yet (say the run was killed): validators are not sent.
    again = list(read_paths(urls, fetch=FAST, fetch_cache=cache))
    assert all(isinstance(d, RawDocument) for d in again) and not log.conditional
    stored.update(d.doc_id for d in first if isinstance(d, RawDocument))
    rerun = list(read_paths(urls, fetch=FAST, fetch_cache=cache))
    assert [_reason(i) for i in rerun] == ["not-modified", "not-modified"]
    assert [i.doc_id for i in rerun] == [d.doc_id for d in first]
    assert sorted(log.conditional) == ["/page/40", "/page/41"]
    con.close()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_site_is_a_network_error_not_robots() -> None:
    """No answer at all (as with no DNS or no network) is reported as what it is."""
    port = _closed_port()
    urls = [f"http://127.0.0.1:{port}/news/1", f"http://127.0.0.1:{port}/news/2"]
    items = list(read_paths(urls, fetch=replace(FAST, retries=0)))
    assert [_reason(i) for i in items] == ["fetch-failed", "fetch-failed"]
    for item in items:
        assert isinstance(item, Rejection)
        assert f"127.0.0.1:{port} could not be reached: ConnectError" in item.detail
        assert "robots" not in item.detail
    no_robots = _one(urls[0], replace(FAST, retries=0, robots=False))
    assert _reason(no_robots) == "fetch-failed" and "ConnectError" in no_robots.detail  # type: ignore[union-attr]
