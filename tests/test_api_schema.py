"""Schemathesis fuzzes the API against its own OpenAPI description (bounded, fast):
every generated request must get a documented status, a body matching the declared
schema, and no server error.

The schema is loaded at import time (schemathesis' fixture-based loader does not run
under pytest 9); the app reads a store that the ``store`` fixture puts in place first.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from eventwire.api import create_app
from test_api_fixtures import session_store

FOLDER = Path(tempfile.mkdtemp(prefix="eventwire-schema-"))
DB = FOLDER / "events.duckdb"
APP = create_app(DB, max_code_bytes=4_000_000)  # above any body the schema allows
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


def fuzz(examples: int) -> settings:
    """Bounded, repeatable fuzzing: the same examples on every run."""
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )


@pytest.fixture(scope="module", autouse=True)
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    shutil.copyfile(session_store(tmp_path_factory), DB)
    yield DB
    APP.state.snapshots.close()
    shutil.rmtree(FOLDER, ignore_errors=True)


@schema.exclude(method="POST").parametrize()
@fuzz(25)
def test_reads_match_their_description(case: schemathesis.Case) -> None:
    case.call_and_validate()


@schema.include(method="POST", path="/api/code").parametrize()
@fuzz(8)
def test_code_matches_its_description(case: schemathesis.Case) -> None:
    case.call_and_validate()


def test_description_lists_every_endpoint() -> None:
    paths = set(schema.raw_schema["paths"])
    assert {
        "/api/events", "/api/events/{event_id}", "/api/articles/{doc_id}", "/api/clusters",
        "/api/clusters/{cluster_id}", "/api/actors", "/api/actors/{name}", "/api/timeseries",
        "/api/network", "/api/places", "/api/overview", "/api/status", "/api/code",
    } <= paths  # fmt: skip
    assert not any(path.startswith("/static") for path in paths)
    errors = schema.raw_schema["components"]["schemas"]["ErrorOut"]
    assert "error" in errors["properties"]
