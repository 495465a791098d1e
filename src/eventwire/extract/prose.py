"""Lines of text: where each starts, and whether one reads as running prose (a paragraph)
rather than a label or list."""

from __future__ import annotations

import re
from collections.abc import Iterator

PROSE_CHARS = 80
_SENTENCE_END_RE = re.compile(r"[.!?…。]['\"”’)\]]*$")


def is_prose(line: str) -> bool:
    """Whether a (whitespace-collapsed) line reads as a paragraph of running text."""
    return len(line) >= PROSE_CHARS and bool(_SENTENCE_END_RE.search(line))


def prose_chars(lines: list[str]) -> int:
    """How many characters of ``lines`` are in prose lines."""
    return sum(len(line) for line in lines if is_prose(line))


def lines_with_offsets(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` (without its newline) with the offset where it starts."""
    position = 0
    for line in text.split("\n"):
        yield position, line
        position += len(line) + 1
