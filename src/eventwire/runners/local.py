"""The local runner: read inputs, skip what the store already holds, code the rest, write.

One writer per store; each document is written in its own transaction, so a run killed
at any point resumes where it stopped and never stores a document twice. With
``workers > 1`` the coding runs in a process pool (:mod:`eventwire.runners.pool`) while
this process reads, skips stored documents before dispatching them, and writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import queue
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
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
from eventwire.settings import get_settings
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
    guessed: int = 0  # articles whose encoding was guessed (``decoded_as`` "guessed:...")


# DuckDB's memory in the writer: enough for a batch's lookups and the reclustering sort
# (which spills beyond it), small enough that its block cache stays flat as the store grows.
WRITER_MEMORY = "256MB"


def sample_corpus() -> Path:
    return data_path("corpus")


def _unseen(
    documents: Iterator[RawDocument | Rejection],
    seen_many: Callable[[Iterable[str]], set[str]],
    report: RunReport,
    meter: Progress,
    *,
    lookup: int = 256,
) -> Iterator[RawDocument | Rejection]:
    """The documents the store does not hold yet, looked up ``lookup`` at a time."""
    while chunk := list(islice(documents, lookup)):
        # A raw document's id is the hash of its whole content, worked out on each access.
        ids = [d.doc_id for d in chunk]
        stored = seen_many(doc_id for doc_id in ids if doc_id is not None)
        for document, doc_id in zip(chunk, ids, strict=True):
            if doc_id is not None and doc_id in stored:
                report.skipped += 1
                meter.update()
            else:
                yield document


def _seen_many(cursor: Any, doc_ids: Iterable[str]) -> set[str]:
    """``Store.seen_many`` on a cursor of the store's connection."""
    ids = list(dict.fromkeys(doc_ids))
    if not ids:
        return set()
    rows = cursor.execute(
        "SELECT doc_id FROM articles WHERE doc_id IN (SELECT unnest($ids)) UNION "
        "SELECT doc_id FROM rejections WHERE doc_id IN (SELECT unnest($ids))",
        {"ids": ids},
    ).fetchall()
    return {str(row[0]) for row in rows}


# Whether this module froze the garbage collector's heap (``_frozen_after_first``).
_froze = threading.Lock()
_frozen = False


def _frozen_after_first(items: Iterator[Any]) -> Iterator[Any]:
    """``items``, with the garbage collector's heap frozen (``gc.freeze``) once the first
    has come: by then coding has loaded the spaCy pipeline, gazetteer and lexicons, whose
    millions of objects live as long as the process. A full collection would otherwise
    walk all of them (about 0.2 s each time, some 1 ms per article in a run of 200), and
    none of them is ever garbage. Objects made later are collected as before. Not when
    the heap is already frozen (by the caller, or in a pool worker)."""
    global _frozen
    for n, item in enumerate(items):
        if n == 0:
            with _froze:
                if not _frozen and gc.get_freeze_count() == 0:
                    gc.freeze()
                    _frozen = True
        yield item


def _unfreeze() -> None:
    """Undo ``_frozen_after_first``'s freeze, so a process that runs again or goes on
    to other work collects as it did before the run."""
    global _frozen
    with _froze:
        if _frozen:
            gc.unfreeze()
            _frozen = False


def run(
    paths: Sequence[str | Path],
    db: str | Path,
    *,
    published: dt.date | None = None,
    languages: Collection[str] = ("en",),
    progress: TextIO | None = sys.stderr,
    every: float = 10.0,
    workers: int = 1,
    batch_size: int | None = None,
    write_batch: int | None = None,
    read_options: Mapping[str, Any] | None = None,
) -> RunReport:
    """Code ``paths`` (the sample corpus when empty) into the DuckDB file ``db``.

    ``workers`` is the number of coding processes (1: code in this process; 0: one per
    core). ``progress`` gets a bar when it is a terminal, else a line every ``every``
    seconds; ``None`` is silent. ``batch_size`` texts are parsed at a time. Documents are
    written ``write_batch`` to a transaction (and at least every ``write_seconds``, a
    setting); a killed run loses at most the open batch, which the next run codes again.
    ``batch_size`` and ``write_batch`` default to the settings of those names.
    """
    with _sigterm_as_interrupt():
        return _run(
            paths,
            db,
            published=published,
            languages=languages,
            progress=progress,
            every=every,
            workers=workers,
            batch_size=batch_size,
            write_batch=write_batch,
            read_options=read_options,
        )


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Handle SIGTERM as SIGINT (``KeyboardInterrupt``) while a run writes, so that ``kill``
    stops it as Ctrl-C does: the open batch is written, the pool and its workers end."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run(
    paths: Sequence[str | Path],
    db: str | Path,
    *,
    published: dt.date | None,
    languages: Collection[str],
    progress: TextIO | None,
    every: float,
    workers: int,
    batch_size: int | None,
    write_batch: int | None,
    read_options: Mapping[str, Any] | None,
) -> RunReport:
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
        # Reading and coding run in a thread of their own (``write_all``): their lookups
        # go through a cursor, a connection of their own to the same database.
        cursor = store.connection.cursor()
        seen_many = functools.partial(_seen_many, cursor)
        cache = (
            FetchCache(cursor, seen=lambda doc_id: doc_id in seen_many([doc_id]))
            if options.get("fetch")
            else None
        )
        documents = _unseen(
            read_paths(inputs, fetch_cache=cache, **options), seen_many, report, meter
        )
        if workers > 1:
            coded = code_in_pool(
                documents,
                workers=workers,
                published=published,
                languages=languages,
                batch_size=batch_size,
            )
        else:
            coded = _frozen_after_first(
                code_documents(
                    documents, published=published, languages=languages, batch_size=batch_size
                )
            )
        try:
            write_all(store, coded, report, meter, batch=write_batch)
        finally:
            _unfreeze()
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
    batch: int | None = None,
    seconds: float | None = None,
) -> None:
    """Write ``items`` in transactions of up to ``batch`` documents (by default the
    ``write_batch`` setting), counting them.

    The items are produced in a thread of their own, so that the documents coded before
    a lull (a slow download, a long document) are written after at most ``seconds``
    rather than when the next one arrives. The producer must not use ``store``'s own
    connection (a cursor of it is fine). ``seconds`` defaults to the ``write_seconds``
    setting.
    """
    settings = get_settings()
    batch = settings.write_batch if batch is None else batch
    seconds = settings.write_seconds if seconds is None else seconds
    pending: list[CodedArticle | Rejection] = []
    try:
        _write_produced(store, items, report, meter, pending, batch, seconds)
    except BaseException:  # Ctrl-C, SIGTERM, a reader's failure: keep what is done
        with contextlib.suppress(Exception):
            _flush(store, pending, report, meter)
        raise
    _flush(store, pending, report, meter)


def _write_produced(
    store: Store,
    items: Iterable[CodedArticle | Rejection],
    report: RunReport,
    meter: Progress | None,
    pending: list[CodedArticle | Rejection],
    batch: int,
    seconds: float,
) -> None:
    with _Producer(items, depth=max(batch, 1) * 2) as produced:
        last = time.monotonic()
        while True:
            wait = max(0.0, seconds - (time.monotonic() - last))
            try:
                item = produced.get(wait)
            except queue.Empty:  # a lull: write what is done
                _flush(store, pending, report, meter)
                last = time.monotonic()
                continue
            if item is _DONE:
                break
            if isinstance(item, _Failure):
                raise item.error
            pending.append(item)
            if len(pending) >= batch or time.monotonic() - last >= seconds:
                _flush(store, pending, report, meter)
                last = time.monotonic()


_DONE: Any = object()


class _Producer:
    """Runs an iterator in a daemon thread, handing its items (then ``_DONE``, or the
    exception it raised) over a bounded queue; closing stops it and closes the iterator."""

    def __init__(self, items: Iterable[Any], depth: int) -> None:
        self._items = items
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="eventwire-coder", daemon=True)

    def __enter__(self) -> _Producer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        while self._thread.is_alive():  # unblock a producer waiting on a full queue
            with contextlib.suppress(queue.Empty):
                self._queue.get(timeout=0.1)

    def get(self, timeout: float) -> Any:
        return self._queue.get(timeout=timeout)

    def _put(self, item: Any) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        iterator = iter(self._items)
        try:
            for item in iterator:
                if not self._put(item):
                    break
            else:
                self._put(_DONE)
        except BaseException as error:
            self._put(_Failure(error))
        finally:
            close = getattr(iterator, "close", None)
            if close is not None:
                with contextlib.suppress(Exception):
                    close()


@dataclass(frozen=True, slots=True)
class _Failure:
    error: BaseException


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
            report.guessed += (item.article.decoded_as or "").startswith("guessed:")
        else:
            report.skipped += 1
    else:
        report.rejected += int(written)
        report.skipped += int(not written)
        report.reasons[item.reason] += 1
