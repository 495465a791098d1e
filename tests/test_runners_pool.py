"""The process pool codes exactly what the in-process pipeline codes, in input order."""

from __future__ import annotations

import pytest

from eventwire.ingest import read_paths
from eventwire.pipeline import code_documents
from eventwire.runners.local import sample_corpus
from eventwire.runners.pool import code_in_pool, default_workers


def test_two_workers_code_the_sample_corpus_like_one_process() -> None:
    documents = list(read_paths([str(sample_corpus())]))[:12]
    local = list(code_documents(documents))
    pooled = list(code_in_pool(iter(documents), workers=2, chunk_size=3, ahead=1))
    assert pooled == local  # same records, same order, rejections included
    assert sum(len(getattr(c, "events", ())) for c in pooled) > 0


def test_stopping_early_shuts_the_pool_down() -> None:
    documents = list(read_paths([str(sample_corpus())]))[:8]
    coded = code_in_pool(iter(documents), workers=2, chunk_size=2, ahead=1)
    first = next(coded)
    coded.close()
    assert first == next(code_documents(documents[:1]))


def test_worker_counts() -> None:
    assert default_workers() >= 1
    with pytest.raises(ValueError, match="at least 1"):
        list(code_in_pool(iter([]), workers=0))
