"""What the server adds to protect a local user: security headers on every answer, only
the bound host names in ``Host`` (against DNS rebinding), and a deadline for request
headers so that a slow client cannot hold a connection open.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from eventwire.settings import get_settings

# Scripts, styles and data from this server only; no framing, plugins or foreign forms.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
)
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every HTTP answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def add_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in SECURITY_HEADERS if n not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, add_headers)


def bound_host_names(host: str, extra: tuple[str, ...] = ()) -> list[str]:
    """The ``Host`` names to accept for a server bound to ``host``: the loopback names
    for a loopback address, the address itself otherwise, plus ``extra``; ``["*"]``
    (any) for all interfaces (0.0.0.0, ::) unless ``extra`` names some."""
    if host in ("0.0.0.0", "::", ""):
        return [*LOOPBACK_NAMES, *extra] if extra else ["*"]
    if host in LOOPBACK_NAMES:
        return [*LOOPBACK_NAMES, *extra]
    return [host, *extra]


class HeaderDeadline(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, closing a connection whose request headers have not
    all arrived ``header_seconds`` after it opened or after the previous answer (None:
    the ``api_header_seconds`` setting)."""

    header_seconds: float | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        seconds = self.header_seconds
        if seconds is None:
            seconds = get_settings().api_header_seconds
        self._header_timer = self.loop.call_later(seconds, self._late)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _late(self) -> None:
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()  # the headers never came whole
