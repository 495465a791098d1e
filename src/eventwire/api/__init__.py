"""The HTTP API and web page of ``eventwire serve``.

``create_app(db)`` builds the ASGI app; serve it with any ASGI server (uvicorn).
"""

from __future__ import annotations

from eventwire.api.app import create_app
from eventwire.api.snapshot import Snapshots, StoreUnavailable

__all__ = ["Snapshots", "StoreUnavailable", "create_app"]
