"""``/docs``: Swagger UI served from the packaged copy, never from a CDN."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from eventwire.api import create_app


def test_docs_page_and_every_asset_it_names_come_from_the_server(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "none.duckdb")) as client:
        page = client.get("/docs")
        assert page.status_code == 200 and "SwaggerUIBundle" in page.text
        assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", page.text)
        assert {a.rsplit("/", 1)[-1] for a in assets} >= {"swagger-ui-bundle.js", "swagger-ui.css"}
        for asset in assets:
            assert asset.startswith("/"), f"{asset} is not on this server"
            assert client.get(asset).status_code == 200, asset
        assert "'/openapi.json'" in page.text or '"/openapi.json"' in page.text
        assert client.get("/openapi.json").json()["info"]["title"] == "eventwire"


def test_the_vendored_copy_keeps_its_licence_and_notice() -> None:
    from eventwire.api.app import WEB

    vendor = WEB / "vendor" / "swagger-ui"
    assert "Apache License" in (vendor / "LICENSE").read_text()
    assert "SmartBear" in (vendor / "NOTICE").read_text()
