"""The local runner: read inputs, skip what the store already holds, code the rest, write.

One writer per store; each document is written in its own transaction, so a run killed
at any point resumes where it stopped and never stores a document twice.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from eventwire import __version__
from eventwire.ingest import read_paths
from eventwire.pipeline import code_documents
from eventwire.records import CodedArticle, RawDocument, Rejection
from eventwire.resources import data_path, lexicon_version
from eventwire.store import Store


@dataclass(slots=True)
class RunReport:
    run_id: str = ""
    coded: int = 0
    rejected: int = 0
    skipped: int = 0
    events: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0


def sample_corpus() -> Path:
    return data_path("corpus")


def _unseen(
    documents: Iterator[RawDocument | Rejection], store: Store, report: RunReport
) -> Iterator[RawDocument | Rejection]:
    for document in documents:
        doc_id = document.doc_id
        if doc_id is not None and store.seen(doc_id):
            report.skipped += 1
            continue
        yield document


def run(
    paths: Sequence[str | Path],
    db: str | Path,
    *,
    published: dt.date | None = None,
    languages: Collection[str] = ("en",),
    progress: TextIO | None = sys.stderr,
    every: int = 100,
) -> RunReport:
    """Code ``paths`` (the sample corpus when empty) into the DuckDB file ``db``."""
    inputs = [str(p) for p in paths] or [str(sample_corpus())]
    report = RunReport()
    started = time.perf_counter()
    with Store(db) as store:
        report.run_id = store.begin_run(
            inputs, version=__version__, lexicon_version=lexicon_version()
        )
        hint = published.isoformat() if published else None
        documents = _unseen(read_paths(inputs, published=hint), store, report)
        for item in code_documents(documents, published=published, languages=languages):
            written = store.write(item, report.run_id)
            if isinstance(item, CodedArticle):
                if written:
                    report.coded += 1
                    report.events += len(item.events)
                else:
                    report.skipped += 1
            else:
                report.rejected += int(written)
                report.skipped += int(not written)
                report.reasons[item.reason] += 1
            done = report.coded + report.rejected
            if progress is not None and done and done % every == 0:
                rate = done / max(time.perf_counter() - started, 1e-9)
                print(f"{done} documents, {rate:.1f}/s", file=progress)
        store.end_run(
            report.run_id, coded=report.coded, rejected=report.rejected, skipped=report.skipped
        )
    report.seconds = time.perf_counter() - started
    return report
