"""An ASGI middleware that refuses request bodies above a size, with a JSON 413."""

from __future__ import annotations

import asyncio
import json
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.settings import get_settings


class BodyLimit:
    """Refuse bodies larger than ``max_bytes``: at once when Content-Length says so,
    else once the streamed body passes the limit. Bodies within the limit are read
    whole before the app sees them (they are small: texts to code), within
    ``body_seconds`` (else 408; by default the ``api_body_seconds`` setting)."""

    def __init__(self, app: ASGIApp, max_bytes: int, body_seconds: float | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        if body_seconds is None:
            body_seconds = get_settings().api_body_seconds
        self.body_seconds = body_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                length = int(value) if value.isdigit() else -1
                if length < 0:
                    await _refuse(send, 400, "invalid Content-Length")
                    return
                if length > self.max_bytes:
                    await _refuse(send, 413, self._too_large())
                    return
        chunks: list[bytes] = []
        seen = 0
        deadline = time.monotonic() + self.body_seconds
        while True:
            try:
                message = await asyncio.wait_for(receive(), deadline - time.monotonic())
            except TimeoutError:
                await _refuse(send, 408, f"the request body took over {self.body_seconds:g} s")
                return
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            seen += len(body)
            if seen > self.max_bytes:
                await _refuse(send, 413, self._too_large())
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _too_large(self) -> str:
        return f"the request body is larger than {self.max_bytes} bytes"


async def _refuse(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": {"status": status, "message": message}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
