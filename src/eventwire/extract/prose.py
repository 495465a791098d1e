"""Whether a line of text reads as running prose (a paragraph) rather than a label or list."""

from __future__ import annotations

import re

PROSE_CHARS = 80
_SENTENCE_END_RE = re.compile(r"[.!?…。]['\"”’)\]]*$")


def is_prose(line: str) -> bool:
    """Whether a (whitespace-collapsed) line reads as a paragraph of running text."""
    return len(line) >= PROSE_CHARS and bool(_SENTENCE_END_RE.search(line))


def prose_chars(lines: list[str]) -> int:
    """How many characters of ``lines`` are in prose lines."""
    return sum(len(line) for line in lines if is_prose(line))
