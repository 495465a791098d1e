"""Download web pages (URL lists, feed links) politely, with httpx.

Per-host concurrency limit and delay, timeouts, retries with exponential backoff (and the
server's ``Retry-After``), robots.txt, a size limit on bodies, redirects followed up to a
limit, non-HTML answers rejected, and conditional GET against a :class:`FetchCache` so a
re-run downloads only what changed. Results come back in input order.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import httpx

from eventwire import __version__
from eventwire.ingest.feeds import read_feed_bytes
from eventwire.ingest.hostgate import HostGate
from eventwire.ingest.robots import RobotsBook, site_of
from eventwire.reasons import reject
from eventwire.records import RawDocument, Rejection
from eventwire.settings import get_settings

if TYPE_CHECKING:
    from eventwire.store.fetch_cache import FetchCache

PROJECT_URL = "https://github.com/eventwire/eventwire"
USER_AGENT = f"eventwire/{__version__} (+{PROJECT_URL})"
ROBOTS_AGENT = "eventwire"

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml", "application/atom+xml", "application/rdf+xml",
        "application/feed+json", "application/xml", "text/xml", "application/json",
    }
)  # fmt: skip
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How politely and how far to download.

    ``timeout`` bounds each network operation (connect, each read); ``deadline`` bounds one
    whole attempt, so a server that drips bytes cannot hold a worker forever.
    ``max_bytes``, the largest body read, is by default the ``max_bytes`` setting.
    """

    workers: int = 8
    per_host: int = 2
    delay: float = 1.0
    timeout: float = 20.0
    deadline: float = 60.0
    retries: int = 3
    backoff: float = 1.0
    max_backoff: float = 60.0
    max_redirects: int = 5
    max_bytes: int = field(default_factory=lambda: get_settings().max_bytes)
    robots: bool = True
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class PageRequest:
    """A page to download, with what is already known about it (from a feed entry)."""

    url: str
    uri: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    expand_feeds: bool = True


@dataclass(slots=True)
class _Answer:
    """What one download came to: content, a redirect, 304, or a rejection."""

    url: str
    status: int = 0
    content: bytes = b""
    media_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None
    failure: tuple[str, str] | None = None
    headers: dict[str, str] = field(default_factory=dict)


class _Failed(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def is_web_url(value: str) -> bool:
    """Whether ``value`` is an absolute http(s) URL with a host."""
    parts = urlsplit(value.strip())
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _media_type(value: str | None) -> tuple[str, str | None]:
    if not value:
        return "", None
    kind, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, found = param.partition("=")
        if name.strip().lower() == "charset" and found.strip():
            charset = found.strip().strip("\"'")
    return kind.strip().lower(), charset


def _sniff(content: bytes) -> str:
    head = content[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "text/html"
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf")):
        return "application/xml"
    return ""


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


class Fetcher:
    """Downloads pages on a pool of threads; use as a context manager (or call close())."""

    def __init__(
        self,
        options: FetchOptions | None = None,
        cache: FetchCache | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.options = options or FetchOptions()
        self.cache = cache
        self._client = httpx.Client(
            headers={"User-Agent": self.options.user_agent},
            timeout=httpx.Timeout(self.options.timeout),
            follow_redirects=False,
            transport=transport,
        )
        self._gate = HostGate(self.options.per_host, self.options.delay)
        self._robots = RobotsBook(self._robots_text, ROBOTS_AGENT)
        self._pool = ThreadPoolExecutor(max(1, self.options.workers), "eventwire-fetch")
        self._closed = threading.Event()

    # -- lifecycle -----------------------------------------------------------------------

    def close(self) -> None:
        self._closed.set()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- worker side: one URL, in a pool thread -------------------------------------------

    def _robots_text(self, url: str) -> tuple[int, str]:
        host = urlsplit(url).netloc
        try:
            with self._gate.slot(host):
                response = self._client.get(url, follow_redirects=True)
        except httpx.HTTPError as err:
            return 0, f"{type(err).__name__}: {err or 'no answer'}"
        if len(response.content) > 512_000:
            return 200, response.content[:512_000].decode("utf-8", "replace")
        return response.status_code, response.text

    def _once(self, url: str, headers: dict[str, str]) -> _Answer:
        """One GET of ``url``: redirects are returned, not followed."""
        options = self.options
        started = time.monotonic()
        with self._client.stream("GET", url, headers=headers) as response:
            answer = _Answer(url=url, status=response.status_code)
            answer.headers = {k.lower(): v for k, v in response.headers.items()}
            if response.status_code in REDIRECT_STATUSES:
                answer.location = response.headers.get("Location")
                return answer
            if response.status_code == 304 or response.status_code >= 400:
                return answer
            answer.media_type, answer.charset = _media_type(response.headers.get("Content-Type"))
            if answer.media_type and answer.media_type not in HTML_TYPES | FEED_TYPES:
                answer.failure = ("not-html", f"It is {answer.media_type!r}.")
                return answer
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > options.max_bytes:
                answer.failure = (
                    "too-large",
                    f"The server announced {int(declared):,} bytes; "
                    f"the limit is {options.max_bytes:,}.",
                )
                return answer
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > options.max_bytes:
                    answer.failure = (
                        "too-large",
                        f"The body grew past the limit of {options.max_bytes:,} bytes.",
                    )
                    return answer
                if time.monotonic() - started > options.deadline:
                    raise httpx.ReadTimeout(f"no full answer within {options.deadline:g} s")
                chunks.append(chunk)
            answer.content = b"".join(chunks)
            answer.etag = response.headers.get("ETag")
            answer.last_modified = response.headers.get("Last-Modified")
            if not answer.media_type:
                answer.media_type = _sniff(answer.content)
                if not answer.media_type:
                    answer.failure = (
                        "not-html",
                        "It has no content type and does not look like HTML.",
                    )
            return answer

    def _with_retries(self, url: str, headers: dict[str, str]) -> _Answer:
        options = self.options
        attempt = 0
        while True:
            host = urlsplit(url).netloc
            delay = self._robots.crawl_delay(url) if options.robots else None
            try:
                with self._gate.slot(host, delay):
                    answer = self._once(url, headers)
            except httpx.HTTPError as err:
                if attempt >= options.retries or self._closed.is_set():
                    raise _Failed(
                        "fetch-failed",
                        f"{type(err).__name__}: {err or 'no answer'} "
                        f"(after {attempt + 1} attempts).",
                    ) from err
                wait = None
            else:
                if answer.status not in RETRY_STATUSES or attempt >= options.retries:
                    return answer
                wait = _retry_after(answer.headers.get("retry-after"))
            backoff = options.backoff * (2**attempt)
            time.sleep(min(options.max_backoff, max(backoff, wait or 0.0)))
            attempt += 1

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> _Answer:
        """Download ``url`` following redirects; failures come back in ``answer.failure``."""
        visited: set[str] = set()
        current = url
        for _hop in range(self.options.max_redirects + 1):
            visited.add(current)
            try:
                if self.options.robots:
                    problem = self._robots.unreachable(current)
                    if problem is not None:
                        detail = f"{site_of(current)} could not be reached: {problem}."
                        return _Answer(url=current, failure=("fetch-failed", detail))
                    if not self._robots.allowed(current):
                        return _Answer(url=current, failure=("robots", f"Disallowed: {current}"))
                answer = self._with_retries(current, headers or {})
            except _Failed as failed:
                return _Answer(url=current, failure=(failed.reason, failed.detail))
            if answer.status not in REDIRECT_STATUSES:
                return answer
            if not answer.location:
                return _Answer(url=current, failure=("http:" + str(answer.status), "No Location."))
            following = urljoin(current, answer.location)
            if not is_web_url(following):
                return _Answer(url=current, failure=("bad-url", f"Redirect to {following!r}."))
            if following in visited:
                return _Answer(url=current, failure=("redirects", f"Loop back to {following}."))
            current = following
        return _Answer(
            url=current,
            failure=("redirects", f"More than {self.options.max_redirects} redirects."),
        )

    # -- consumer side: order, cache, documents --------------------------------------------

    def documents(
        self, items: Iterable[PageRequest | RawDocument | Rejection]
    ) -> Iterator[RawDocument | Rejection]:
        """Fetch every :class:`PageRequest` in ``items``; other items pass through, in order."""
        window = max(2, 4 * self.options.workers)
        pending: deque[tuple[PageRequest | RawDocument | Rejection, Future[_Answer] | None]]
        pending = deque()
        for item in items:
            future = None
            if isinstance(item, PageRequest):
                headers = self.cache.validators(item.url) if self.cache is not None else {}
                future = self._pool.submit(self.fetch, item.url, headers)
            pending.append((item, future))
            while len(pending) >= window:
                yield from self._finish(*pending.popleft())
        while pending:
            yield from self._finish(*pending.popleft())

    def _finish(
        self,
        item: PageRequest | RawDocument | Rejection,
        future: Future[_Answer] | None,
    ) -> Iterator[RawDocument | Rejection]:
        if future is None or not isinstance(item, PageRequest):
            assert not isinstance(item, PageRequest)
            yield item
            return
        answer = future.result()
        uri = item.uri or item.url
        if answer.failure is not None:
            reason, detail = answer.failure
            yield reject(uri, reason, detail)
            return
        if answer.status == 304:
            known = self.cache.unchanged(item.url) if self.cache is not None else None
            yield reject(uri, "not-modified", "", doc_id=known)
            return
        if answer.status >= 400:
            yield reject(uri, f"http:{answer.status}", f"While fetching {answer.url}.")
            return
        if answer.media_type in FEED_TYPES:
            yield from self._feed(item, answer)
            return
        document = self._page(item, answer)
        if self.cache is not None:
            self.cache.remember(
                item.url,
                etag=answer.etag,
                last_modified=answer.last_modified,
                content_hash=document.doc_id,
            )
        yield document

    def _page(self, item: PageRequest, answer: _Answer) -> RawDocument:
        content: bytes | str = answer.content
        if answer.charset:
            try:
                content = answer.content.decode(answer.charset)
            except (LookupError, UnicodeDecodeError):
                content = answer.content
        return RawDocument(
            uri=item.uri or item.url,
            content=content,
            content_type="text/html",
            source=item.source or urlsplit(answer.url).hostname,
            url=answer.url,
            published=item.published,
            title=item.title,
            fetched_at=dt.datetime.now(dt.UTC),
        )

    def _feed(self, item: PageRequest, answer: _Answer) -> Iterator[RawDocument | Rejection]:
        entries = read_feed_bytes(answer.content, item.uri or item.url, item.published)
        if not item.expand_feeds:
            yield reject(item.uri or item.url, "not-html", "It is a feed linked from a feed.")
            return
        yield from self.documents(entry_requests(entries))


def entry_requests(
    entries: Iterable[RawDocument | Rejection],
) -> Iterator[PageRequest | RawDocument | Rejection]:
    """Feed entries as pages to download (their links), keeping title, date and source.

    An entry without a usable link stays as it is (its summary is coded).
    """
    for entry in entries:
        if isinstance(entry, RawDocument) and entry.url and is_web_url(entry.url):
            yield PageRequest(
                url=entry.url.strip(),
                title=entry.title,
                published=entry.published,
                source=entry.source,
                expand_feeds=False,
            )
        else:
            yield entry
