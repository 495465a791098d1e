"""Locating and reading the data files that ship inside the package."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


def data_path(*parts: str) -> Path:
    """The path of a packaged data file, e.g. ``data_path("lexicons", "titles.csv")``."""
    return Path(str(resources.files("eventwire").joinpath("data", *parts)))


def read_csv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(row for row in handle if not row.startswith("#")):
            yield {key.strip(): (value or "").strip() for key, value in row.items() if key}


# libyaml's safe loader when PyYAML was built with it (the wheels are): it reads the
# event lexicon in a tenth of the pure-Python loader's time (1.6 s of every start-up).
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """A YAML file as plain data, with the safe loader (no Python objects)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)


def split_values(field: str) -> list[str]:
    """Multi-valued lexicon fields are separated by ``|``."""
    return [value.strip() for value in field.split("|") if value.strip()]


def lexicon_version() -> str:
    """A short hash of every packaged lexicon file (the imported layer's included),
    stored with each run."""
    digest = hashlib.sha256()
    folder = data_path("lexicons")
    for path in sorted([*folder.glob("*"), *folder.glob("imported/*")]):
        if path.suffix in {".csv", ".yaml"}:
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
