"""The local runner: read inputs, skip what the store already holds, code the rest, write.

One writer per store; each document is written in its own transaction, so a run killed
at any point resumes where it stopped and never stores a document twice. With
``workers > 1`` the coding runs in a process pool (:mod:`eventwire.runners.pool`) while
this process reads, skips stored documents before dispatching them, and writes.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from eventwire import __version__
from eventwire.ingest import read_paths
from eventwire.ingest.names import lossless_name
from eventwire.pipeline import code_documents
from eventwire.records import CodedArticle, RawDocument, Rejection
from eventwire.resources import data_path, lexicon_version
from eventwire.runners.pool import code_in_pool, default_workers
from eventwire.runners.progress import Progress, count_documents
from eventwire.store import Store
from eventwire.store.fetch_cache import FetchCache


@dataclass(slots=True)
class RunReport:
    run_id: str = ""
    coded: int = 0
    rejected: int = 0
    skipped: int = 0
    events: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0


# DuckDB's memory in the writer: enough for a batch's lookups and the reclustering sort
# (which spills beyond it), small enough that its block cache stays flat as the store grows.
WRITER_MEMORY = "256MB"


def sample_corpus() -> Path:
    return data_path("corpus")


def _unseen(
    documents: Iterator[RawDocument | Rejection],
    store: Store,
    report: RunReport,
    meter: Progress,
    *,
    lookup: int = 256,
) -> Iterator[RawDocument | Rejection]:
    """The documents the store does not hold yet, looked up ``lookup`` at a time."""
    while chunk := list(islice(documents, lookup)):
        stored = store.seen_many(d.doc_id for d in chunk if d.doc_id is not None)
        for document in chunk:
            if document.doc_id is not None and document.doc_id in stored:
                report.skipped += 1
                meter.update()
            else:
                yield document


def run(
    paths: Sequence[str | Path],
    db: str | Path,
    *,
    published: dt.date | None = None,
    languages: Collection[str] = ("en",),
    progress: TextIO | None = sys.stderr,
    every: float = 10.0,
    workers: int = 1,
    batch_size: int = 16,
    write_batch: int = 64,
    read_options: Mapping[str, Any] | None = None,
) -> RunReport:
    """Code ``paths`` (the sample corpus when empty) into the DuckDB file ``db``.

    ``workers`` is the number of coding processes (1: code in this process; 0: one per
    core). ``progress`` gets a bar when it is a terminal, else a line every ``every``
    seconds; ``None`` is silent. Documents are written ``write_batch`` to a transaction
    (and at least every two seconds); a killed run loses at most the open batch, which
    the next run codes again.
    """
    inputs = [str(p) for p in paths] or [str(sample_corpus())]
    workers = workers or default_workers()
    report = RunReport()
    started = time.perf_counter()
    total = count_documents(inputs) if progress is not None else None
    with (
        Store(db, memory_limit=WRITER_MEMORY) as store,
        Progress(progress, total=total, every=every) as meter,
    ):
        report.run_id = store.begin_run(
            [lossless_name(i) for i in inputs],
            version=__version__,
            lexicon_version=lexicon_version(),
        )
        options = dict(read_options or {})
        options.setdefault("published", published.isoformat() if published else None)
        cache = FetchCache(store.connection, seen=store.seen) if options.get("fetch") else None
        documents = _unseen(read_paths(inputs, fetch_cache=cache, **options), store, report, meter)
        if workers > 1:
            coded = code_in_pool(
                documents,
                workers=workers,
                published=published,
                languages=languages,
                batch_size=batch_size,
            )
        else:
            coded = code_documents(
                documents, published=published, languages=languages, batch_size=batch_size
            )
        write_all(store, coded, report, meter, batch=write_batch)
        store.end_run(
            report.run_id, coded=report.coded, rejected=report.rejected, skipped=report.skipped
        )
    report.seconds = time.perf_counter() - started
    return report


def write_all(
    store: Store,
    items: Iterable[CodedArticle | Rejection],
    report: RunReport,
    meter: Progress | None = None,
    *,
    batch: int = 64,
    seconds: float = 2.0,
) -> None:
    """Write ``items`` in transactions of up to ``batch`` documents, counting them."""
    pending: list[CodedArticle | Rejection] = []
    last = time.perf_counter()
    for item in items:
        pending.append(item)
        if len(pending) >= batch or time.perf_counter() - last >= seconds:
            _flush(store, pending, report, meter)
            last = time.perf_counter()
    _flush(store, pending, report, meter)


def _flush(
    store: Store,
    pending: list[CodedArticle | Rejection],
    report: RunReport,
    meter: Progress | None,
) -> None:
    if not pending:
        return
    for item, written in zip(pending, store.write_many(pending, report.run_id), strict=True):
        _count(item, written, report)
    if meter is not None:
        meter.update(len(pending))
    pending.clear()


def _count(item: CodedArticle | Rejection, written: bool, report: RunReport) -> None:
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
