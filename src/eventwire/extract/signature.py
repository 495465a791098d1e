"""Near-duplicate signatures: MinHash over word 5-gram shingles."""

from __future__ import annotations

import re
from functools import cache

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
SHINGLE_WORDS = 5
SEED = 20240601
_WORD_RE = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Lower-cased word ``size``-grams of ``text`` (the whole text when it is shorter)."""
    words = _WORD_RE.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@cache
def _template() -> MinHash:
    """An empty sketch with our seed's permutations, drawn once per process.

    A new ``MinHash(seed=...)`` draws its permutations from a fresh random generator,
    which costs more than hashing a whole article; sketches made from this one's
    permutations are the same as those, value for value.
    """
    return MinHash(num_perm=NUM_PERM, seed=SEED)


def minhash_signature(text: str) -> tuple[int, ...]:
    """A 64-value MinHash signature of ``text`` (fixed seed, so stable across runs)."""
    template = _template()
    sketch = MinHash(
        num_perm=NUM_PERM,
        seed=SEED,
        permutations=template.permutations,
        scheme=template.scheme,
    )
    grams = shingles(text)
    if grams:
        sketch.update_batch(list(grams))
    values: np.ndarray = sketch.hashvalues
    return tuple(values.tolist())
