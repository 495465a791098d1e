"""The interactive API documentation at ``/docs``: Swagger UI from the packaged copy in
``web/vendor/swagger-ui/`` (swagger-ui-dist 5.35.0, Apache-2.0, with its licence and
notices), so the page works with no network, as the rest of the web page does.

The page holds no inline script: the server's Content-Security-Policy allows scripts
from this server only (``script-src 'self'``), so Swagger UI is started by
``/docs/start.js``, a script served here.
"""

from __future__ import annotations

import html
import json

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, Response

VENDOR = "/static/vendor/swagger-ui"
START = "/docs/start.js"


def page(title: str) -> str:
    """The HTML of the docs page: the vendored style and bundle, then the start script."""
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
<link rel="icon" href="/static/favicon.svg">
<link rel="stylesheet" href="{VENDOR}/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{VENDOR}/swagger-ui-bundle.js"></script>
<script src="{START}"></script>
</body>
</html>
"""


def start_script(openapi_url: str) -> str:
    """Starts Swagger UI on the app's OpenAPI description; no call to the online
    validator, so the page makes no request off this server."""
    options = {
        "url": openapi_url,
        "dom_id": "#swagger-ui",
        "deepLinking": True,
        "validatorUrl": None,
        "layout": "BaseLayout",
    }
    return (
        f"window.ui = SwaggerUIBundle(Object.assign({json.dumps(options)}, "
        "{presets: [SwaggerUIBundle.presets.apis]}));\n"
    )


def install(app: FastAPI) -> None:
    """Serve Swagger UI for ``app``'s OpenAPI description at ``/docs``."""
    title = f"{app.title} API"
    openapi_url = app.openapi_url or "/openapi.json"

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(page(title))

    @app.get(START, include_in_schema=False)
    def docs_start() -> Response:
        return Response(start_script(openapi_url), media_type="text/javascript")
