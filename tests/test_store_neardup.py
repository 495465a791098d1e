"""Near-duplicate grouping: LSH bands that never miss a pair above the threshold."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from eventwire.extract.signature import minhash_signature
from eventwire.resources import data_path
from eventwire.settings import get_settings
from eventwire.store._neardup import NearDuplicateIndex, bands, similarity


@pytest.mark.parametrize(("num_perm", "threshold"), [(64, 0.7), (64, 0.8), (128, 0.7), (16, 0.5)])
def test_bands_leave_a_whole_band_for_any_pair_at_the_threshold(
    num_perm: int, threshold: float
) -> None:
    b, r = bands(num_perm, threshold)
    assert b * r <= num_perm
    most_different = num_perm - int(-(-threshold * num_perm // 1))
    assert b > most_different


def test_every_pair_at_or_above_the_threshold_is_found() -> None:
    rng = random.Random(3)
    index = NearDuplicateIndex()
    threshold = get_settings().near_duplicate_threshold
    base = tuple(rng.getrandbits(63) for _ in range(64))
    index.add("base", base, "base")
    allowed = 64 - int(threshold * 64 + 0.999)  # positions that may differ
    for trial in range(200):
        changed = set(rng.sample(range(64), allowed))
        other = tuple(rng.getrandbits(63) if i in changed else v for i, v in enumerate(base))
        assert similarity(base, other) >= threshold
        assert index.group_for(f"t{trial}", other) == "base"
    unrelated = tuple(rng.getrandbits(63) for _ in range(64))
    assert index.group_for("u", unrelated) == "u"


def corpus_text(name: str) -> str:
    path = Path(str(data_path("corpus", name)))
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "story",
    ["007-kyiv-overnight-drone-attack", "012-eu-mercosur-trade-deal",
     "022-uk-sanctions-shadow-fleet"],
)  # fmt: skip
def test_the_sample_corpus_syndicated_copies_are_grouped(story: str) -> None:
    original = minhash_signature(corpus_text(f"{story}.txt"))
    copy = minhash_signature(corpus_text(f"{story}-syndicated.txt"))
    index = NearDuplicateIndex()
    index.add("original", original, "original")
    assert index.group_for("copy", copy) == "original"


def test_different_stories_of_the_corpus_stay_apart() -> None:
    names = sorted(p.name for p in Path(str(data_path("corpus"))).glob("0[0-3]*.txt"))
    index = NearDuplicateIndex()
    for name in names:
        if "syndicated" in name:
            continue
        doc = name.removesuffix(".txt")
        signature = minhash_signature(corpus_text(name))
        assert index.group_for(doc, signature) == doc, name
        index.add(doc, signature, doc)
