"""Near-duplicate grouping of articles by their MinHash signatures.

Candidates come from a banded LSH index (datasketch ``MinHashLSH``); each candidate
is then checked by the share of equal hash values, which estimates the Jaccard
similarity of the two articles' shingle sets.

The bands are chosen so that LSH never misses a pair that passes the check: with
``b`` bands, two signatures that differ in fewer than ``b`` positions share at least
one whole band. datasketch's own choice for a 0.8 threshold and 64 values (5 bands
of 11 rows) found a pair of true similarity 0.8 only about one time in three, which
is why syndicated copies with different tails were missed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np
from datasketch import MinHashLSH

THRESHOLD = 0.7


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures of equal length (0 if they differ)."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


def bands(num_perm: int, threshold: float) -> tuple[int, int]:
    """``(bands, rows)`` such that every pair with similarity >= ``threshold`` is a candidate.

    A pair at the threshold differs in at most ``num_perm - ceil(threshold * num_perm)``
    positions; with more bands than that, one band is always left whole. Among such
    choices the one with the most rows per band lets through the fewest false candidates.
    """
    most_different = num_perm - math.ceil(threshold * num_perm - 1e-9)
    for rows in range(num_perm, 0, -1):
        if num_perm // rows > most_different:
            return num_perm // rows, rows
    return num_perm, 1


class NearDuplicateIndex:
    """Signatures of stored articles, with the near-duplicate group each belongs to."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh: dict[int, MinHashLSH] = {}  # one index per signature length
        self._signatures: dict[str, tuple[int, ...]] = {}
        self._groups: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def load(self, rows: Iterable[tuple[str, Sequence[int] | None, str]]) -> None:
        """Add stored ``(doc_id, signature, dup_group)`` rows."""
        for doc_id, signature, group in rows:
            self.add(doc_id, tuple(signature or ()), group)

    def group_for(
        self, doc_id: str, signature: Sequence[int], *, exclude: Iterable[str] = ()
    ) -> str:
        """The group a new article joins: that of its most similar stored article, or its own.

        Articles in ``exclude`` (older versions being replaced) are not candidates.
        """
        if not signature:
            return doc_id
        lsh = self._lsh.get(len(signature))
        if lsh is None:
            return doc_id
        skip = {doc_id, *exclude}
        best: tuple[float, str] | None = None
        for other in lsh.query(_minhash(signature)):
            key = str(other)
            if key in skip:
                continue
            score = similarity(signature, self._signatures[key])
            if score >= self.threshold and (best is None or (score, key) > best):
                best = (score, key)
        return self._groups[best[1]] if best else doc_id

    def add(self, doc_id: str, signature: Sequence[int], group: str) -> None:
        """Record a stored article (call only after its transaction committed)."""
        self._groups[doc_id] = group
        if not signature or doc_id in self._signatures:
            return
        signature = tuple(signature)
        lsh = self._lsh.get(len(signature))
        if lsh is None:
            lsh = MinHashLSH(num_perm=len(signature), params=bands(len(signature), self.threshold))
            self._lsh[len(signature)] = lsh
        lsh.insert(doc_id, _minhash(signature), check_duplication=False)
        self._signatures[doc_id] = signature

    def remove(self, doc_id: str) -> None:
        """Forget an article that was replaced or deleted."""
        self._groups.pop(doc_id, None)
        signature = self._signatures.pop(doc_id, None)
        if signature is not None:
            self._lsh[len(signature)].remove(doc_id)


class _Sketch:
    """The two things ``MinHashLSH`` reads from a MinHash: its length and hash values."""

    __slots__ = ("hashvalues",)

    def __init__(self, signature: Sequence[int]) -> None:
        self.hashvalues = np.asarray(signature, dtype=np.uint64)

    def __len__(self) -> int:
        return len(self.hashvalues)


def _minhash(signature: Sequence[int]) -> _Sketch:
    return _Sketch(signature)
