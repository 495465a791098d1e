"""The HTML benchmark scorer on a few pages, and its shingle scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate.html_benchmark import format_table, score_html_benchmark, shingle_counts

BENCHMARK = Path(__file__).parents[1].parent / "shared" / "gold" / "html-benchmark"


def test_shingles() -> None:
    counts = shingle_counts("The talks, the talks went on and on")
    assert counts[("the", "talks", "the", "talks")] == 1
    assert sum(counts.values()) == 5
    assert shingle_counts("too short") == {("too", "short"): 1}


@pytest.mark.skipif(not BENCHMARK.exists(), reason="shared benchmark data is not available")
def test_scores_on_ten_pages() -> None:
    result = score_html_benchmark(BENCHMARK, limit=10)
    assert result["pages"] == 10
    for path in ("html", "plain"):
        scores = result[path]
        assert isinstance(scores, dict)
        assert scores["f1"] > 0.8, (path, scores)
    table = format_table(result)
    assert "html" in table and "plain" in table
