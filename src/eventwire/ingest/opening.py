"""Open files as bytes (``.gz`` decompressed transparently) and read them in bounded pieces."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from pathlib import Path


def open_binary(path: Path) -> io.BufferedIOBase:
    """A binary stream of the file's content (gunzipped when the name ends in ``.gz``)."""
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def bounded_lines(handle: io.BufferedIOBase, limit: int) -> Iterator[tuple[bytes, bool]]:
    """Lines of ``handle``, each read at most ``limit`` bytes at a time: ``(line, whole)``.

    A longer line is skipped to its end without being held in memory and comes back as
    ``(b"", False)``, so one huge line cannot exhaust memory.
    """
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line, True
            continue
        while line and not line.endswith(b"\n"):
            line = handle.readline(65536)
        yield b"", False


def read_limited(handle: io.BufferedIOBase, limit: int) -> bytes | None:
    """All of ``handle`` when it holds at most ``limit`` bytes, else ``None``.

    Reads at most ``limit + 1`` bytes, so an oversized (or decompression-bomb) input costs
    no more memory than the limit.
    """
    data = handle.read(limit + 1)
    return None if len(data) > limit else data
