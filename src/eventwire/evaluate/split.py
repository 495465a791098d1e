"""The tune/check split of every dev set: a half to look at and a half only to score.

A record belongs to a half by a hash of its id, so the split is stable, needs no list
kept anywhere, and a new record falls into either half by chance. A change to the coder
that improves the ``tune`` half and not the ``check`` half fits the examples rather than
the language; ``scripts/score_halves.py`` prints every scorer on both halves.
"""

from __future__ import annotations

import hashlib
from typing import Literal

Half = Literal["tune", "check"]
HALVES: tuple[Half, Half] = ("tune", "check")


def half_of(record_id: str) -> Half:
    """``tune`` or ``check`` for a record id (the low bit of its SHA-256)."""
    digest = hashlib.sha256(record_id.encode("utf-8")).digest()
    return "tune" if digest[-1] % 2 == 0 else "check"
