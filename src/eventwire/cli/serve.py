"""``eventwire serve``: the HTTP API and the web page over a store."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from eventwire.cli._options import add_db_option
from eventwire.settings import get_settings


def register(commands: Any) -> None:
    settings = get_settings()
    serve = commands.add_parser("serve", help="serve the HTTP API and the web page")
    add_db_option(serve, "the store to serve")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on")
    serve.add_argument(
        "--poll",
        type=float,
        default=settings.api_poll,
        help="seconds between checks for a changed store",
    )
    serve.add_argument(
        "--max-code-bytes",
        type=int,
        default=settings.api_max_code_bytes,
        help="largest body POST /api/code accepts, in bytes",
    )
    serve.add_argument(
        "--no-warm-up", action="store_true", help="load the NLP model on the first POST /api/code"
    )
    serve.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a Host name to answer besides the bound ones (repeatable; against DNS rebinding "
        "only the bound host names are answered by default)",
    )
    serve.add_argument(
        "--log-level",
        default="info",
        choices=("critical", "error", "warning", "info", "debug", "trace"),
        help="uvicorn's log level",
    )
    serve.set_defaults(handler=main)


def main(args: argparse.Namespace) -> int:
    import uvicorn

    from eventwire.api import create_app
    from eventwire.api.guards import HeaderDeadline, bound_host_names

    if not Path(args.db).exists():
        raise FileNotFoundError(
            f"no store at {args.db}; create one with: eventwire run --db {args.db}"
        )
    app = create_app(
        args.db,
        poll=args.poll,
        max_code_bytes=args.max_code_bytes,
        warm_coder=not args.no_warm_up,
        allowed_hosts=bound_host_names(args.host, tuple(args.allow_host)),
    )
    print(f"eventwire: serving {args.db} on http://{args.host}:{args.port}/ (Ctrl-C stops)")
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        http=HeaderDeadline,  # request headers within the api_header_seconds setting
        timeout_keep_alive=5,
    )
    return 0
