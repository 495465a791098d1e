"""The interactive API documentation at ``/docs``: Swagger UI from the packaged copy in
``web/vendor/swagger-ui/`` (swagger-ui-dist 5.35.0, Apache-2.0, with its licence and
notices), so the page works with no network, as the rest of the web page does."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

VENDOR = "/static/vendor/swagger-ui"


def install(app: FastAPI) -> None:
    """Serve Swagger UI for ``app``'s OpenAPI description at ``/docs``."""

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} API",
            swagger_js_url=f"{VENDOR}/swagger-ui-bundle.js",
            swagger_css_url=f"{VENDOR}/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
            # no call to the online validator: the page makes no request off this server
            swagger_ui_parameters={"validatorUrl": None},
        )
