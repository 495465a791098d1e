"""``/docs``: Swagger UI served from the packaged copy, never from a CDN."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from eventwire.api import create_app


def test_docs_page_and_every_asset_it_names_come_from_the_server(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "none.duckdb")) as client:
        page = client.get("/docs")
        assert page.status_code == 200
        # no inline script: the Content-Security-Policy allows scripts from the server only
        assert re.search(r"<script>", page.text) is None
        assert "script-src 'self'" in page.headers["content-security-policy"]
        assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", page.text)
        assert {a.rsplit("/", 1)[-1] for a in assets} >= {"swagger-ui-bundle.js", "swagger-ui.css"}
        for asset in assets:
            assert asset.startswith("/"), f"{asset} is not on this server"
            assert client.get(asset).status_code == 200, asset
        start = client.get("/docs/start.js")
        assert start.headers["content-type"].startswith("text/javascript")
        assert "SwaggerUIBundle" in start.text and '"/openapi.json"' in start.text
        assert '"validatorUrl": null' in start.text
        assert client.get("/openapi.json").json()["info"]["title"] == "eventwire"


def test_the_vendored_copy_keeps_its_licence_and_notice() -> None:
    from eventwire.api.app import WEB

    vendor = WEB / "vendor" / "swagger-ui"
    assert "Apache License" in (vendor / "LICENSE").read_text()
    assert "SmartBear" in (vendor / "NOTICE").read_text()
