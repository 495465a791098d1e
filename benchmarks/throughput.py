"""Throughput of eventwire against a bare spaCy pass over the same texts, in the same run.

Prints articles per second for (a) ``nlp.pipe`` alone and (b) the whole eventwire
pipeline (extract, parse, actors, places, quotes, events), their ratio, and the peak
resident memory of the process.

    python benchmarks/throughput.py [--articles 400] [--batch-size 32]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from itertools import cycle, islice

from eventwire.ingest import read_paths
from eventwire.nlp import load
from eventwire.pipeline import code_documents
from eventwire.records import RawDocument
from eventwire.runners.local import sample_corpus


def corpus(n: int) -> list[RawDocument]:
    documents = [d for d in read_paths([str(sample_corpus())]) if isinstance(d, RawDocument)]
    if not documents:
        sys.exit("the sample corpus is empty")
    # Repeat the corpus; vary the content so each copy is a distinct document.
    out = []
    for i, doc in enumerate(islice(cycle(documents), n)):
        content = (
            doc.content if isinstance(doc.content, str) else doc.content.decode("utf-8", "replace")
        )
        out.append(
            RawDocument(uri=f"{doc.uri}#{i}", content=content, content_type=doc.content_type)
        )
    return out


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    documents = corpus(args.articles)
    nlp = load()
    coded = list(code_documents(documents[:8]))  # warm up caches and lexicons
    texts = [c.article.text for c in code_documents(documents) if hasattr(c, "article")]

    start = time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=args.batch_size))
    bare = time.perf_counter() - start

    start = time.perf_counter()
    coded = list(code_documents(documents, batch_size=args.batch_size))
    full = time.perf_counter() - start

    n = len(texts)
    events = sum(len(getattr(c, "events", ())) for c in coded)
    print(f"articles: {n}  tokens: {words}  events: {events}")
    print(f"bare spaCy nlp.pipe: {n / bare:8.1f} articles/s  ({words / bare:,.0f} tokens/s)")
    print(f"eventwire pipeline:  {len(coded) / full:8.1f} articles/s")
    print(f"ratio to bare spaCy: {bare / full:.2f}")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
