"""Open a file for reading as bytes, decompressing ``.gz`` transparently."""

from __future__ import annotations

import gzip
import io
from pathlib import Path


def open_binary(path: Path) -> io.BufferedIOBase:
    """A binary stream of the file's content (gunzipped when the name ends in ``.gz``)."""
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")
