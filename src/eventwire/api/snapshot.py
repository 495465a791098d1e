"""Read a store that another process may be writing, by serving from a private snapshot.

DuckDB lets one process write a file, or any number read it, never both: a reader
that holds the file open stops ``eventwire run`` from starting, and a reader cannot
open a file that a run is writing. So the API never keeps the store open. It copies
the file (and its write-ahead log) into a private folder while holding a read-only
connection for the few milliseconds the copy takes, and answers every request from
that copy. When the store changes, the next request after ``poll`` seconds takes a
new copy; while a run holds the store, the last copy keeps being served (marked
stale in :meth:`Snapshots.status`). Only when no copy was ever possible do requests
fail, with :class:`StoreUnavailable` (HTTP 503 and ``Retry-After``).
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from eventwire.settings import get_settings
from eventwire.store import Store, StoreError

Stamp = tuple[tuple[int, int], tuple[int, int] | None]
LOCK_MARKERS = ("could not set lock", "conflicting lock")
# Open read-only stores kept per snapshot for the next requests.
POOL = 16


class StoreUnavailable(Exception):
    """No snapshot of the store can be served yet; ``retry_after`` is in seconds."""

    def __init__(self, message: str, retry_after: int = 2) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(slots=True)
class _Snapshot:
    path: Path
    stamp: Stamp
    taken: dt.datetime
    keeper: duckdb.DuckDBPyConnection
    users: int = 0
    retired: bool = False
    idle: list[Store] = field(default_factory=list)  # open stores, kept for reuse


@dataclass(frozen=True, slots=True)
class SnapshotStatus:
    """What the API is serving and whether the store has moved on since."""

    db: str
    ready: bool
    taken: dt.datetime | None
    stale: bool
    writer_active: bool
    message: str


def _stamp_of(path: Path) -> Stamp:
    main = path.stat()
    wal = Path(f"{path}.wal")
    try:
        log = wal.stat()
        wal_stamp: tuple[int, int] | None = (log.st_mtime_ns, log.st_size)
    except FileNotFoundError:
        wal_stamp = None
    return (main.st_mtime_ns, main.st_size), wal_stamp


def is_lock_error(error: BaseException) -> bool:
    """Whether a DuckDB/store error means another process holds the file for writing."""
    text = str(error).lower()
    return any(marker in text for marker in LOCK_MARKERS)


class Snapshots:
    """Private, refreshed copies of one store file, each opened read-only.

    ``poll`` is the least number of seconds between two checks of the store file (by
    default the ``api_poll`` setting).
    Thread-safe: open a :class:`Store` on the current copy with :meth:`store`.
    """

    def __init__(
        self, db: str | Path, *, poll: float | None = None, workdir: str | Path | None = None
    ):
        self.db = Path(db)
        self.poll = get_settings().api_poll if poll is None else poll
        self._own_workdir = workdir is None
        self._workdir = Path(workdir or tempfile.mkdtemp(prefix="eventwire-serve-"))
        self._workdir.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._refreshing = threading.Lock()
        self._current: _Snapshot | None = None
        self._retired: list[_Snapshot] = []
        self._checked = 0.0
        self._counter = 0
        self._writer_active = False
        self._stale = False
        self._message = "no snapshot taken yet"
        self._finalizer = weakref.finalize(self, _remove, self._workdir, self._own_workdir)

    # -- public ----------------------------------------------------------------------

    @contextmanager
    def store(self) -> Iterator[Store]:
        """A read-only :class:`Store` on the newest snapshot, for one thread at a time.

        Stores are pooled per snapshot: opening one (its connection and its SQL sandbox)
        costs more than most queries, so a store handed back is kept, up to ``POOL``
        per snapshot, for the next request; a retired snapshot's stores are closed."""
        snapshot = self._acquire()
        store: Store | None = None
        try:
            with self._lock:
                store = snapshot.idle.pop() if snapshot.idle else None
            if store is None:
                store = Store(snapshot.path, read_only=True)
            yield store
        finally:
            keep = False
            if store is not None:
                with self._lock:
                    keep = not snapshot.retired and len(snapshot.idle) < POOL
                    if keep:
                        snapshot.idle.append(store)
                if not keep:
                    store.close()
            self._release(snapshot)

    def serving(self) -> str | None:
        """A name for the snapshot now served (not refreshed), or None without one."""
        current = self._current
        return str(current.path) if current is not None else None

    def due(self) -> bool:
        """Whether :meth:`refresh` would check the store file now."""
        return self._current is None or time.monotonic() - self._checked >= self.poll

    def taken(self) -> dt.datetime | None:
        current = self._current
        return current.taken if current else None

    def status(self) -> SnapshotStatus:
        """Refresh if due, then say what is being served."""
        with suppress(StoreUnavailable):
            self.refresh()
        current = self._current
        return SnapshotStatus(
            db=str(self.db),
            ready=current is not None,
            taken=current.taken if current else None,
            stale=self._stale,
            writer_active=self._writer_active,
            message=self._message,
        )

    def refresh(self, *, force: bool = False) -> None:
        """Take a new snapshot if the store changed (checked at most every ``poll`` s).

        Raises :class:`StoreUnavailable` when there is no snapshot to serve.
        """
        now = time.monotonic()
        due = force or self._current is None or now - self._checked >= self.poll
        if due:
            # One thread refreshes; the others go on with the current snapshot, or wait
            # for the first one when there is none.
            blocking = self._current is None
            if self._refreshing.acquire(blocking=blocking):
                try:
                    if force or self._current is None or now - self._checked >= self.poll:
                        self._checked = time.monotonic()
                        self._try_refresh()
                finally:
                    self._refreshing.release()
        if self._current is None:
            raise StoreUnavailable(self._message)

    def close(self) -> None:
        """Close every snapshot and remove their files; a later read takes a new one."""
        with self._lock:
            snapshots = [*self._retired, *([self._current] if self._current else [])]
            self._current = None
            self._retired.clear()
        for snapshot in snapshots:
            _discard(snapshot)
        _remove(self._workdir, self._own_workdir)

    # -- internals -------------------------------------------------------------------

    def _acquire(self) -> _Snapshot:
        self.refresh()
        with self._lock:
            snapshot = self._current
            if snapshot is None:
                raise StoreUnavailable(self._message)
            snapshot.users += 1
            return snapshot

    def _release(self, snapshot: _Snapshot) -> None:
        with self._lock:
            snapshot.users -= 1
            done = [s for s in self._retired if s.users == 0]
            self._retired = [s for s in self._retired if s.users > 0]
        for old in done:
            _discard(old)

    def _try_refresh(self) -> None:
        try:
            stamp = _stamp_of(self.db)
        except FileNotFoundError:
            self._message = f"no store at {self.db}"
            self._stale = self._current is not None
            return
        current = self._current
        if current is not None and current.stamp == stamp:
            self._stale = self._writer_active = False
            return
        try:
            snapshot = self._copy()
        except duckdb.Error as error:
            self._stale = current is not None
            if is_lock_error(error):
                self._writer_active = True
                self._message = (
                    f"{self.db} is being written by another process (eventwire run); "
                    + ("serving the last snapshot" if current else "retry in a moment")
                )
            else:
                self._message = f"cannot read {self.db}: {error}"
            return
        except (StoreError, OSError) as error:
            self._stale = current is not None
            self._message = f"cannot read {self.db}: {error}"
            return
        with self._lock:
            old, self._current = self._current, snapshot
            if old is not None:
                old.retired = True
                self._retired.append(old)
            done = [s for s in self._retired if s.users == 0]
            self._retired = [s for s in self._retired if s.users > 0]
        for snap in done:
            _discard(snap)
        self._stale = self._writer_active = False
        self._message = f"serving a snapshot of {self.db} taken at {snapshot.taken:%H:%M:%S}"

    def _copy(self) -> _Snapshot:
        """Copy the store while a read-only connection keeps writers out, then open it."""
        self._counter += 1
        self._workdir.mkdir(parents=True, exist_ok=True)
        target = self._workdir / f"snapshot-{self._counter}.duckdb"
        source = duckdb.connect(str(self.db), read_only=True)
        try:
            stamp = _stamp_of(self.db)
            shutil.copyfile(self.db, target)
            wal = Path(f"{self.db}.wal")
            if wal.exists():
                shutil.copyfile(wal, Path(f"{target}.wal"))
        finally:
            source.close()
        keeper = None
        try:
            keeper = duckdb.connect(str(target), read_only=True)
            Store(target, read_only=True).close()  # checks that it is an eventwire store
        except (duckdb.Error, StoreError):
            if keeper is not None:
                keeper.close()
            _unlink(target)
            raise
        taken = dt.datetime.now(dt.UTC).replace(microsecond=0)
        return _Snapshot(path=target, stamp=stamp, taken=taken, keeper=keeper)


def _discard(snapshot: _Snapshot) -> None:
    for store in snapshot.idle:
        store.close()
    snapshot.idle.clear()
    snapshot.keeper.close()
    _unlink(snapshot.path)


def _unlink(path: Path) -> None:
    for file in (path, Path(f"{path}.wal")):
        file.unlink(missing_ok=True)


def _remove(workdir: Path, owned: bool) -> None:
    if owned:
        shutil.rmtree(workdir, ignore_errors=True)
    else:
        for file in workdir.glob("snapshot-*.duckdb*"):
            file.unlink(missing_ok=True)
