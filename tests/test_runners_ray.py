"""The Ray engine on a local 2-CPU Ray codes the sample corpus event for event like a local run,
a JSON Lines file read in ranges of lines included.

Skipped when Ray is not installed (it is the optional extra ``eventwire[ray]``).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.runners.local import run, sample_corpus
from eventwire.runners.shards import load_shards
from eventwire.store import Store

ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")

BAD_INPUTS = Path(__file__).parent / "data" / "bad-inputs"
FILES = (
    sample_corpus() / "001-kenya-ethiopia-border-trade.txt",
    sample_corpus() / "004-sudan-el-fasher-shelling.txt",
    sample_corpus() / "009-cairo-gaza-ceasefire-talks.txt",
    sample_corpus() / "039-finland-seizes-tanker-cable-damage.html",
    BAD_INPUTS / "bad-empty.txt",
    sample_corpus() / "wires.jsonl",
)
PART_BYTES = 1024  # wires.jsonl (four records) in four ranges


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for source in FILES:
        shutil.copy(source, folder / source.name)
    return folder


def events_by_article(db: Path) -> dict[str, Any]:
    with Store(db, read_only=True) as store:
        coded = {doc_id: store.get(doc_id) for doc_id in store.doc_ids()}
        rejected = sorted(r["reason"] for r in store.rejections())
    events = {k: (v.article.uri, v.events) for k, v in coded.items() if v}
    return {"events": events, "rejected": rejected}


def test_ray_codes_like_the_local_engine(local_ray: None, corpus: Path, tmp_path: Path) -> None:
    from eventwire.runners.ray_runner import input_files, input_parts, run_ray

    assert len(input_parts(input_files([corpus]), PART_BYTES)) == len(FILES) + 3
    report = run_ray([corpus], tmp_path / "shards", workers=2, part_bytes=PART_BYTES)
    assert (report.files, report.articles, report.rejections) == (6, 8, 1)
    loaded = load_shards([tmp_path / "shards"], tmp_path / "ray.duckdb")
    local = run([corpus], tmp_path / "local.duckdb", progress=None)
    assert (loaded.coded, loaded.rejected, loaded.events) == (
        local.coded,
        local.rejected,
        local.events,
    )
    assert report.events == local.events > 0
    ray_db, local_db = (
        events_by_article(tmp_path / "ray.duckdb"),
        events_by_article(tmp_path / "local.duckdb"),
    )
    assert ray_db == local_db
    assert load_shards([tmp_path / "shards"], tmp_path / "ray.duckdb").coded == 0


def test_ray_codes_documents_dated_at_the_calendar_edges(local_ray: None, tmp_path: Path) -> None:
    """A document whose date arithmetic once raised is coded; nothing aborts the job."""
    from eventwire.runners.ray_runner import run_ray
    from test_end_to_end_poison import edge_inputs

    report = run_ray([edge_inputs(tmp_path / "in")], tmp_path / "shards", workers=2)
    assert (report.articles, report.rejections) == (4, 0)
