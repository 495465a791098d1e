"""The benchmark helpers: generated articles, the repeated corpus, stage attribution."""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import bench_corpus  # noqa: E402
import generate  # noqa: E402
import stages  # noqa: E402
from eventwire.extract import extract  # noqa: E402
from eventwire.records import Article  # noqa: E402


def test_generated_articles_are_distinct_varied_and_deterministic(tmp_path: Path) -> None:
    records = list(generate.articles(300))
    texts = [r["text"] for r in records]
    assert len(set(texts)) == 300
    assert records[:5] == list(generate.articles(5))
    assert list(generate.articles(5, seed=8)) != records[:5]
    datelines = {t.split(",")[0] for t in texts}
    assert len(datelines) >= 10
    actors = {a[1] for a in generate.templates()["actors"] if any(a[1] in t for t in texts)}
    assert len(actors) >= 12
    assert all(r["url"] and r["published"] and r["title"] for r in records)
    path = generate.write(20, tmp_path / "g.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["text"] for line in lines] == texts[:20]


def test_generated_articles_extract_with_their_dateline() -> None:
    from eventwire.records import RawDocument

    record = generate.article(3)
    raw = RawDocument(uri="g#3", content=record["text"], published=record["published"])
    article = extract(raw)
    assert isinstance(article, Article)
    assert article.dateline is not None and article.dateline.place


def test_repeated_corpus_copies_are_distinct_documents() -> None:
    documents = bench_corpus.repeated(120)
    assert len({d.doc_id for d in documents}) == 120
    first, copy = documents[0], documents[len(bench_corpus.sample_documents())]
    assert copy.uri.startswith(first.uri.split("#")[0])
    assert isinstance(first.content, str) and isinstance(copy.content, str)
    assert copy.content.split("Archive reference")[0] == first.content.split("Archive")[0]


def test_samples_go_to_the_deepest_stage() -> None:
    run = "run (/x/eventwire/runners/local.py:70)"
    pipe = "flush (/x/eventwire/pipeline.py:88);pipe (/v/spacy/language.py:1618)"
    raw = "\n".join(
        [
            f"{run};{pipe};predict (/v/thinc/model.py:334) 30",
            f"{run};annotate (/x/eventwire/pipeline.py:35);recognise "
            "(/x/eventwire/actors/recognise.py:20);match (/v/spacy/matcher.py:9) 5",
            f"{run};write (/x/eventwire/store/store.py:185);execute (/v/duckdb/x.py:1) 7",
            f"{run};load (/x/eventwire/nlp.py:22);load_model (/v/spacy/util.py:400) 4",
            "<module> (/x/eventwire/cli.py:1);<module> (/v/numpy/core.py:1) 2",
        ]
    )
    counts = stages.attribute(raw)
    assert counts == {"parse": 30, "actors": 5, "store write": 7, "model load": 4, "start-up": 2}
