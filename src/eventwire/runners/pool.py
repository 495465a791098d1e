"""Code documents in a pool of worker processes, one spaCy pipeline loaded per worker.

The main process reads, dispatches chunks of documents and gets coded articles back in
input order; it stays the store's single writer. At most ``ahead`` chunks per worker are
in flight, so memory stays flat however long the input is.

Workers are forked from a fork server that has already loaded the pipeline, gazetteer,
lexicons and date parser (``eventwire.runners.warm``): they start at once, and share the
model's memory copy-on-write instead of each loading its own.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Collection, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from eventwire import timex
from eventwire.pipeline import ACTORS_ENV, Coded, code_documents
from eventwire.records import RawDocument, Rejection
from eventwire.settings import Settings as Configured
from eventwire.settings import get_settings, install_settings

# Publication date, languages, batch size (None: the setting), the user actor files
# (``ACTORS_ENV``), and the settings of the process that runs the pool.
Settings = tuple[dt.date | None, tuple[str, ...], int | None, str, Configured | None]
_settings: Settings = (None, ("en",), None, "", None)
# How often a worker checks that the process running the pool is alive.
PARENT_CHECK_SECONDS = 1.0


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _start(settings: Settings, parent: int = 0) -> None:
    """Worker start-up: watch the parent process, keep the settings, load the pipeline
    and lexicons once and freeze them (``gc.freeze``)."""
    global _settings
    if parent:
        watch_parent(parent)
    _settings = settings
    # The fork server keeps the environment it started with (and the settings it loaded
    # then): hand the actor files and the settings on.
    if settings[3]:
        os.environ[ACTORS_ENV] = settings[3]
    else:
        os.environ.pop(ACTORS_ENV, None)
    if settings[4] is not None:
        install_settings(settings[4])
    warm_up()
    # The pipeline, gazetteer and lexicons live as long as the worker: out of the
    # collector's reach, a full collection no longer walks their millions of objects.
    gc.freeze()


def watch_parent(pid: int, every: float = PARENT_CHECK_SECONDS) -> None:
    """Exit this process soon after the process ``pid`` dies (killed with SIGKILL, say).

    A pool worker's parent is the fork server, not the process that runs the pool, so
    ``PR_SET_PDEATHSIG`` cannot help: a daemon thread checks every ``every`` seconds."""

    def watch() -> None:
        while True:
            time.sleep(every)
            if not process_alive(pid):
                os._exit(1)

    threading.Thread(target=watch, name="eventwire-parent-watch", daemon=True).start()


def process_alive(pid: int) -> bool:
    """Whether the process ``pid`` runs (a zombie, dead but not yet reaped, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            state = handle.read().rsplit(b")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True  # not Linux: the signal check is all there is
    return state not in (b"Z", b"X")


def warm_up() -> None:
    """Load the spaCy pipeline, gazetteer, lexicons and date parser now rather than on the
    first document."""
    probe = RawDocument(uri="<warm-up>", content="The minister met the ambassador in Paris.")
    list(code_documents([probe], published=dt.date(2025, 1, 1)))
    timex.warm()


def _code_chunk(chunk: list[RawDocument | Rejection]) -> list[Coded]:
    published, languages, batch_size, _, _ = _settings
    return list(
        code_documents(chunk, published=published, languages=languages, batch_size=batch_size)
    )


def code_in_pool(
    documents: Iterable[RawDocument | Rejection],
    *,
    workers: int,
    published: dt.date | None = None,
    languages: Collection[str] = ("en",),
    batch_size: int | None = None,
    chunk_size: int | None = None,
    ahead: int = 3,
    start_method: str = "forkserver",
) -> Iterator[Coded]:
    """Code ``documents`` in ``workers`` processes, ``chunk_size`` at a time to each
    (``batch_size`` and ``chunk_size`` default to the ``batch_size`` and ``worker_chunk``
    settings); yields in input order. The workers get this process's settings."""
    if workers < 1:
        raise ValueError("workers must be at least 1")
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context(start_method if start_method in methods else "spawn")
    if context.get_start_method() == "forkserver":  # load the stages once, not per worker
        context.set_forkserver_preload(["eventwire.runners.warm"])
    actors = os.environ.get(ACTORS_ENV, "")
    configured = get_settings()
    if chunk_size is None:
        chunk_size = configured.worker_chunk
    settings: Settings = (published, tuple(languages), batch_size, actors, configured)
    source = iter(documents)
    pending: deque[Future[list[Coded]]] = deque()
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start,
        initargs=(settings, os.getpid()),
    )
    try:
        while True:
            while len(pending) < workers * ahead:
                chunk = list(islice(source, chunk_size))
                if not chunk:
                    break
                pending.append(pool.submit(_code_chunk, chunk))
            if not pending:
                return
            yield from pending.popleft().result()
    finally:  # also when the consumer stops early: drop what has not started
        pool.shutdown(wait=True, cancel_futures=True)
