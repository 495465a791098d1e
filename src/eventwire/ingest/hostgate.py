"""Politeness per host: at most N requests at once, and a pause between request starts."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class HostGate:
    """Per-host concurrency limit and minimum delay between the starts of two requests.

    Thread-safe: worker threads call :meth:`slot` around each request they send.
    """

    def __init__(self, per_host: int, delay: float) -> None:
        if per_host < 1:
            raise ValueError("per_host must be at least 1")
        self.per_host = per_host
        self.delay = max(0.0, delay)
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next: dict[str, float] = {}

    def _semaphore(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            found = self._slots.get(host)
            if found is None:
                found = self._slots[host] = threading.BoundedSemaphore(self.per_host)
            return found

    def _wait_turn(self, host: str, delay: float) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + delay
        if start > now:
            time.sleep(start - now)

    @contextmanager
    def slot(self, host: str, delay: float | None = None) -> Iterator[None]:
        """Hold one of ``host``'s slots, starting no sooner than its delay allows.

        ``delay`` raises the pause for this host (a robots.txt ``Crawl-delay``), never lowers it.
        """
        semaphore = self._semaphore(host)
        with semaphore:
            self._wait_turn(host, max(self.delay, delay or 0.0))
            yield
