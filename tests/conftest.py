"""Shared fixtures: the gold folder beside the project, when present."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def reference_record(shared: Path) -> dict[str, Any]:
    with (shared / "gold" / "dev.jsonl").open(encoding="utf-8") as handle:
        record: dict[str, Any] = json.loads(handle.readline())
    return record
