"""Run a coder over gold files and score it: what ``eventwire evaluate`` calls."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from eventwire.evaluate.gold import GoldRecord, load_gold
from eventwire.evaluate.scoring import Report, score
from eventwire.records import CodedArticle, Rejection

Coder = Callable[[GoldRecord], CodedArticle | Rejection]


def evaluate_files(
    paths: Sequence[Path],
    coder: Coder,
    *,
    tasks: Collection[str] | None = None,
) -> Report:
    """Load the gold records of ``paths``, code each with ``coder`` and score the outputs.

    The coder sees the whole gold record; with the real pipeline that is
    ``lambda g: code_text(g.text, published=g.published, uri=g.id)``.
    """
    records = load_gold(paths)
    return score([(record, coder(record)) for record in records], tasks=tasks)
