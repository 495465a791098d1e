"""The ASGI app behind ``eventwire serve``: the JSON API under ``/api``, its OpenAPI
description at ``/openapi.json`` (Swagger UI at ``/docs``), and the web page at ``/``
(files from ``web/``)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from eventwire import __version__
from eventwire.api import coding, docs, errors, routes
from eventwire.api.cache import ResponseCache
from eventwire.api.guards import SecurityHeaders
from eventwire.api.limits import BodyLimit
from eventwire.api.snapshot import Snapshots, StoreUnavailable
from eventwire.settings import get_settings

WEB = Path(__file__).resolve().parent / "web"

DESCRIPTION = """\
Read the events of an eventwire store (who did what to whom, where, when, with the
sentence as evidence), and code new text without storing it.

The server answers from a private snapshot of the store, refreshed when the store
changes, so `eventwire run` can write the file while the server runs. While a run
holds the file, the last snapshot is served (`GET /api/status` says it is stale);
before any snapshot could be taken, reads answer 503 with `Retry-After`.
Every error is JSON: `{"error": {"status": 404, "message": "..."}}`.
"""


def create_app(
    db: str | Path,
    *,
    poll: float | None = None,
    max_code_bytes: int | None = None,
    warm_coder: bool = False,
    allowed_hosts: Sequence[str] | None = None,
) -> FastAPI:
    """The app for the store at ``db``.

    ``poll``: least seconds between two checks for a changed store; ``max_code_bytes``:
    the largest body ``POST /api/code`` accepts; ``warm_coder``: load the NLP model at
    start-up (in the background) rather than on the first ``POST /api/code``;
    ``allowed_hosts``: the ``Host`` names to answer (others get 400; ``eventwire serve``
    passes the bound names, see :func:`~eventwire.api.guards.bound_host_names`), None
    for any. ``poll`` and ``max_code_bytes`` default to the ``api_poll`` and
    ``api_max_code_bytes`` settings.
    """
    if max_code_bytes is None:
        max_code_bytes = get_settings().api_max_code_bytes
    snapshots = Snapshots(db, poll=poll)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        with contextlib.suppress(StoreUnavailable):
            snapshots.refresh()
        if warm_coder:
            threading.Thread(target=coding.warm_up, name="eventwire-warm-up", daemon=True).start()
        try:
            yield
        finally:
            snapshots.close()

    app = FastAPI(
        title="eventwire",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # the stock docs pages load scripts from a CDN: see api/docs.py
        redoc_url=None,
    )
    app.state.snapshots = snapshots
    app.add_middleware(BodyLimit, max_bytes=max_code_bytes)
    app.add_middleware(ResponseCache, snapshots=snapshots)
    app.add_middleware(SecurityHeaders)
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    errors.install(app)
    app.include_router(routes.router)
    app.include_router(coding.router)
    app.mount("/static", StaticFiles(directory=WEB), name="static")
    docs.install(app)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB / "index.html", headers={"Cache-Control": "no-cache"})

    return app
