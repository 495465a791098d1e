"""Open files as bytes (``.gz`` decompressed transparently) and read them in bounded pieces."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

SKIP_BYTES = 65536
COUNT_BYTES = 1 << 20


class LineRange(NamedTuple):
    """Bytes ``[start, stop)`` of a file, whole lines only; ``line`` is the first one's number."""

    start: int
    stop: int
    line: int


def open_binary(path: Path) -> io.BufferedIOBase:
    """A binary stream of the file's content (gunzipped when the name ends in ``.gz``)."""
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def bounded_lines(
    handle: io.BufferedIOBase, limit: int, *, join_blank: bool = False
) -> Iterator[tuple[bytes, bool]]:
    """Lines of ``handle``, each read at most ``limit`` bytes at a time: ``(line, whole)``.

    A longer line is skipped to its end without being held in memory and comes back as
    ``(b"", False)``, so one huge line cannot exhaust memory. With ``join_blank``, a run of
    empty lines comes back in pieces of up to ``SKIP_BYTES`` newlines (``line.count(b"\n")``
    lines each), read in blocks, so that a file of millions of newlines is skipped at the
    speed of reading rather than one line at a time.
    """
    peek = getattr(handle, "peek", None) if join_blank else None
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if line == b"\n" and peek is not None:
            while True:
                ahead = peek(SKIP_BYTES)[: SKIP_BYTES - len(line)]
                run = len(ahead) - len(ahead.lstrip(b"\n"))
                if not run:
                    break
                line += handle.read(run)
                if len(line) >= SKIP_BYTES:
                    yield line, True
                    line = b""
            if line:
                yield line, True
            continue
        if len(line) <= limit or line.endswith(b"\n"):
            yield line, True
            continue
        while line and not line.endswith(b"\n"):
            line = handle.readline(SKIP_BYTES)
        yield b"", False


def bounded_lines_until(
    handle: io.BufferedIOBase, stop: int, limit: int
) -> Iterator[tuple[bytes, bool]]:
    """:func:`bounded_lines` from the handle's position up to byte offset ``stop``.

    ``stop`` must be where a line starts (just after a newline), or at or past the end of
    the file, as :func:`line_ranges` plans it; every line is then read exactly as a read
    of the whole file reads it, so a range gives the same lines, too-long ones included.
    """
    if handle.tell() >= stop:
        return
    for line, whole in bounded_lines(handle, limit):
        yield line, whole
        if handle.tell() >= stop:
            return


def line_ranges(path: Path, part_bytes: int) -> list[LineRange]:
    """Split an uncompressed file into ranges of about ``part_bytes``, each of whole lines.

    Every range but the first starts just after a newline, so it can be read on its own
    (:func:`bounded_lines_until`); the newlines before it are counted so that its lines
    keep the numbers a read of the whole file gives them. The file is read about once, in
    pieces of bounded size, and nothing is parsed: a huge line only makes its range longer.
    """
    size = path.stat().st_size
    ranges: list[LineRange] = []
    start, line = 0, 1
    with path.open("rb") as handle:
        while start < size:
            stop = _line_start_from(handle, start + part_bytes, size)
            ranges.append(LineRange(start, stop, line))
            line += _newlines(handle, start, stop)
            start = stop
    return ranges


def _line_start_from(handle: io.BufferedIOBase, offset: int, size: int) -> int:
    """The first offset at or after ``offset`` where a line starts, or ``size``."""
    if offset >= size:
        return size
    handle.seek(offset - 1)  # a newline just before ``offset`` makes ``offset`` a line start
    piece = handle.readline(SKIP_BYTES)
    while piece and not piece.endswith(b"\n"):
        piece = handle.readline(SKIP_BYTES)
    return handle.tell()


def _newlines(handle: io.BufferedIOBase, start: int, stop: int) -> int:
    """How many newline bytes lie in ``[start, stop)``, read in bounded pieces."""
    handle.seek(start)
    count, left = 0, stop - start
    while left > 0:
        piece = handle.read(min(COUNT_BYTES, left))
        if not piece:
            break
        count += piece.count(b"\n")
        left -= len(piece)
    return count


def read_limited(handle: io.BufferedIOBase, limit: int) -> bytes | None:
    """All of ``handle`` when it holds at most ``limit`` bytes, else ``None``.

    Reads at most ``limit + 1`` bytes, so an oversized (or decompression-bomb) input costs
    no more memory than the limit.
    """
    data = handle.read(limit + 1)
    return None if len(data) > limit else data
