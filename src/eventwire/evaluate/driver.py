"""Run a coder over gold files and score it: what ``eventwire evaluate`` calls."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from eventwire.evaluate.gold import GoldRecord, load_gold
from eventwire.evaluate.scoring import Report, score
from eventwire.evaluate.split import Half, half_of
from eventwire.records import CodedArticle, Rejection

Coder = Callable[[GoldRecord], CodedArticle | Rejection]


def evaluate_files(
    paths: Sequence[Path],
    coder: Coder,
    *,
    tasks: Collection[str] | None = None,
    half: Half | None = None,
) -> Report:
    """Load the gold records of ``paths``, code each with ``coder`` and score the outputs.

    The coder sees the whole gold record; with the real pipeline that is
    ``lambda g: code_text(g.text, published=g.published, uri=g.id)``. With ``half``,
    only the records of that half of the tune/check split are scored.
    """
    records = [r for r in load_gold(paths) if half is None or half_of(r.id) == half]
    return score([(record, coder(record)) for record in records], tasks=tasks)
