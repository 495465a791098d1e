"""Answers to read requests remembered per snapshot.

The API serves a snapshot that never changes once taken (:mod:`eventwire.api.snapshot`),
so a ``GET`` on the same address has the same answer until the next snapshot: the last
``size`` answers (of at most ``max_body`` bytes each, status 200 only) are kept, keyed by
the snapshot, the path and the query string, and sent again without a query or a
serialisation. ``/api/status`` and everything outside ``/api/`` pass through.
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.api.snapshot import Snapshots, StoreUnavailable

Answer = tuple[int, list[tuple[bytes, bytes]], bytes]
UNCACHED = ("/api/status", "/api/code")


class ResponseCache:
    def __init__(
        self, app: ASGIApp, *, snapshots: Snapshots, size: int = 512, max_body: int = 1 << 20
    ) -> None:
        self.app = app
        self.snapshots = snapshots
        self.size = size
        self.max_body = max_body
        self._answers: OrderedDict[tuple[str, str, bytes], Answer] = OrderedDict()
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or not path.startswith("/api/")
            or path in UNCACHED
        ):
            await self.app(scope, receive, send)
            return
        if self.snapshots.due():  # copying a store file must not stall the event loop
            with contextlib.suppress(StoreUnavailable):
                await run_in_threadpool(self.snapshots.refresh)
        snapshot = self.snapshots.serving()
        if snapshot is None:
            await self.app(scope, receive, send)
            return
        key = (snapshot, path, scope.get("query_string", b""))
        with self._lock:
            answer = self._answers.get(key)
            if answer is not None:
                self._answers.move_to_end(key)
        if answer is not None:
            status, headers, body = answer
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, self._recorder(key, send))

    def _recorder(self, key: tuple[str, str, bytes], send: Send) -> Send:
        start: dict[str, Any] = {}
        parts: list[bytes] = []
        size = 0

        async def record(message: Message) -> None:
            nonlocal size
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body" and start.get("status") == 200:
                body = message.get("body", b"")
                size += len(body)
                if size <= self.max_body:
                    parts.append(body)
                if not message.get("more_body", False) and size <= self.max_body:
                    self._keep(key, (200, list(start.get("headers", [])), b"".join(parts)))
            await send(message)

        return record

    def _keep(self, key: tuple[str, str, bytes], answer: Answer) -> None:
        with self._lock:
            self._answers[key] = answer
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)
