"""The Ray engine: the same per-document coding as Ray Data ``map_batches``, into Parquet shards.

Input files are spread over the cluster; each file is read by the usual readers (a big
uncompressed JSON Lines file in ranges of whole lines, each read by its own task), and
documents are coded by a pool of actors that each load one spaCy pipeline. Every input
ends as one row (a coded article or a rejection, its full JSON record) in the shards
under ``out``; ``eventwire load`` (:func:`eventwire.runners.shards.load_shards`) merges
them into a DuckDB store idempotently. Ray is an optional extra: ``eventwire[ray]``.
Readers and actors get the driver's settings (:mod:`eventwire.settings`) as an argument:
the processes of a cluster do not share its environment or its files.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.ingest import FieldMap, input_key, read_paths
from eventwire.ingest.files import JSONL_SUFFIXES, iter_files
from eventwire.ingest.jsonl import read_jsonl_range
from eventwire.ingest.opening import LineRange, line_ranges
from eventwire.records import CodedArticle, RawDocument, Rejection
from eventwire.serialize import from_dict, to_json
from eventwire.settings import Settings, get_settings, install_settings

BLOCK_BYTES = 64 * 1024
PART_BYTES = 32 * 1024 * 1024
WHOLE = -1  # a part's ``stop`` when the part is the whole file
RAY_MISSING = "the Ray engine needs Ray: pip install 'eventwire[ray]'"


@dataclass(frozen=True, slots=True)
class RayReport:
    out: str
    files: int
    articles: int
    rejections: int
    events: int
    seconds: float


def input_files(paths: Sequence[str | Path]) -> list[str]:
    """Every file under ``paths``, in the order a local run reads them, by the key a local
    run stores them under (:func:`input_key`)."""
    files: list[str] = []
    for item in paths:
        if str(item) == "-" or "://" in str(item):
            raise ValueError(f"the Ray engine reads files and folders only, not {item!r}")
        path = Path(input_key(item))
        if path.is_dir():
            files.extend(str(p) for p in iter_files(path, "*"))
        elif path.is_file():
            files.append(str(path))
        else:
            raise FileNotFoundError(f"no such file or folder: {item}")
    return files


def input_parts(files: Sequence[str], part_bytes: int = PART_BYTES) -> list[dict[str, Any]]:
    """The rows of the reading stage: one per file, or one per range of whole lines of an
    uncompressed JSON Lines file over ``part_bytes``, so that one big dump is read by many
    tasks, each holding no more than its range.

    A gzipped file stays whole (a gzip stream reads only from its start), and so do the
    other kinds, whose records (WARC, CSV, feeds) or documents span lines.
    """
    parts: list[dict[str, Any]] = []
    for index, file in enumerate(files):
        ranges = _ranges(Path(file), part_bytes)
        if len(ranges) < 2:
            parts.append({"file": index, "path": file, "start": 0, "stop": WHOLE, "line": 1})
            continue
        parts.extend(
            {"file": index, "path": file, "start": r.start, "stop": r.stop, "line": r.line}
            for r in ranges
        )
    return parts


def _ranges(path: Path, part_bytes: int) -> list[LineRange]:
    """The line ranges of a JSON Lines file over ``part_bytes``; none for other files, or
    when the file cannot be read now (the reading task then rejects it as a local run does)."""
    if Path(path.name.lower()).suffix not in JSONL_SUFFIXES:
        return []
    try:
        return line_ranges(path, part_bytes) if path.stat().st_size > part_bytes else []
    except OSError:
        return []


def read_rows(
    row: dict[str, Any], published: str | None = None, settings: Settings | None = None
) -> Iterator[dict[str, Any]]:
    """The documents (or rejections) of one input part, as rows of JSON records, streamed.

    ``position`` orders rows within their file: the part's first line number less one, plus
    the row's index in the part. A part's rows come from distinct lines of it (plus at most
    one ``unreadable`` rejection, when reading stopped before its last line), so positions
    are unique within the file and in the order of a local run, which ``eventwire load``
    relies on. Documents over the ``max_bytes`` of ``settings`` (by default this process's
    settings) are rejected.
    """
    max_bytes = (settings or get_settings()).max_bytes
    first = int(row["line"]) - 1
    for index, item in enumerate(_part_items(row, published, max_bytes)):
        kind = "rejection" if isinstance(item, Rejection) else "document"
        yield {
            "file": row["file"],
            "position": first + index,
            "kind": kind,
            "record": to_json(item),
        }


def _part_items(
    row: dict[str, Any], published: str | None, max_bytes: int
) -> Iterator[RawDocument | Rejection]:
    """A whole file through the usual readers, or a range through the JSON Lines reader."""
    path, stop = str(row["path"]), int(row["stop"])
    if stop == WHOLE:
        return read_paths([path], published=published, max_bytes=max_bytes)
    lines = LineRange(int(row["start"]), stop, int(row["line"]))
    return _range_items(Path(path), lines, published, max_bytes)


def _range_items(
    path: Path, lines: LineRange, published: str | None, max_bytes: int
) -> Iterator[RawDocument | Rejection]:
    """The documents of a range, as :func:`read_paths` gives them for its lines.

    A file with no document at all gets one ``empty`` rejection from a local run: the first
    range, when it finds none, looks for one in the rest of the file (stopping at the first)
    and, when there is none, gives what :func:`read_paths` gives for the whole file.
    """
    fields = FieldMap()
    found = False
    for item in read_jsonl_range(path, lines, fields, published, max_bytes):
        found = True
        yield item
    if found or lines.start > 0:
        return
    rest = LineRange(lines.stop, sys.maxsize, lines.line)  # to the end of the file
    # Only whether the rest holds anything matters here, not its line numbers.
    if next(read_jsonl_range(path, rest, fields, published, max_bytes), None) is None:
        yield from read_paths([str(path)], published=published, max_bytes=max_bytes)


def _document(kind: str, record: str) -> RawDocument | Rejection:
    data = json.loads(record)
    return from_dict(Rejection, data) if kind == "rejection" else from_dict(RawDocument, data)


class Coder:
    """One Ray actor's coder: loads the pipeline once, codes a batch of rows at a time.

    ``settings``, the driver's, become the actor process's (None: keep its own)."""

    def __init__(
        self,
        published: str | None = None,
        languages: Collection[str] = ("en",),
        settings: Settings | None = None,
    ) -> None:
        from eventwire.runners.pool import warm_up

        if settings is not None:
            install_settings(settings)
        self.published = dt.date.fromisoformat(published) if published else None
        self.languages = tuple(languages)
        warm_up()

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        documents = [
            _document(str(kind), str(record))
            for kind, record in zip(batch["kind"], batch["record"], strict=True)
        ]
        from eventwire.pipeline import code_documents

        coded = code_documents(documents, published=self.published, languages=self.languages)
        out: dict[str, list[Any]] = {
            k: [] for k in ("file", "position", "doc_id", "uri", "kind", "events", "record")
        }
        for file, position, item in zip(batch["file"], batch["position"], coded, strict=True):
            out["file"].append(int(file))
            out["position"].append(int(position))
            doc_id: str | None
            if isinstance(item, CodedArticle):
                doc_id, uri, kind, events = item.article.doc_id, item.article.uri, "article", 0
                events = len(item.events)
            else:
                doc_id, uri, kind, events = item.doc_id, item.uri, "rejection", 0
            out["doc_id"].append(doc_id)
            out["uri"].append(uri)
            out["kind"].append(kind)
            out["events"].append(events)
            out["record"].append(to_json(item))
        return out


def run_ray(
    paths: Sequence[str | Path],
    out: str | Path,
    *,
    address: str | None = None,
    workers: int = 2,
    published: dt.date | None = None,
    languages: Collection[str] = ("en",),
    batch_size: int | None = None,
    readers: int | None = None,
    part_bytes: int = PART_BYTES,
) -> RayReport:
    """Code ``paths`` on Ray (a local instance with ``workers`` CPUs, or the cluster at
    ``address``) with ``workers`` coding actors and ``readers`` reading and writing
    tasks; write Parquet shards under ``out``. JSON Lines files over ``part_bytes`` are
    read in ranges of about that size (:func:`input_parts`). ``batch_size`` documents go
    to an actor at a time (by default the ``batch_size`` setting)."""
    try:
        import ray
        import ray.data
    except ImportError as error:
        raise RuntimeError(RAY_MISSING) from error

    started = time.perf_counter()
    settings = get_settings()
    readers = readers or 1 + workers // 8
    files = input_files(paths)
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    # Small blocks, so that the documents of one big file are spread over every actor.
    context.target_max_block_size = BLOCK_BYTES
    hint = published.isoformat() if published else None
    table = ray.data.from_items(input_parts(files, part_bytes))
    # Reading and writing are light: they take no CPU slot, so ``workers`` coding actors
    # can fill every CPU of a small cluster without starving them.
    # A fixed number of readers and writers keeps Ray from starting a process per file.
    documents = table.flat_map(
        read_rows,
        fn_kwargs={"published": hint, "settings": settings},
        num_cpus=0,
        compute=ray.data.TaskPoolStrategy(size=readers),
    )
    coded = documents.map_batches(
        Coder,
        fn_constructor_kwargs={
            "published": hint,
            "languages": tuple(languages),
            "settings": settings,
        },
        batch_size=settings.batch_size if batch_size is None else batch_size,
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,
    )
    if "://" not in str(out):  # a local or shared folder (a URI is written as it is)
        Path(out).mkdir(parents=True, exist_ok=True)
    coded.write_parquet(str(out), ray_remote_args={"num_cpus": 0}, concurrency=readers)
    counts = shard_counts(out) if "://" not in str(out) else (0, 0, 0)
    return RayReport(
        out=str(out),
        files=len(files),
        articles=counts[0],
        rejections=counts[1],
        events=counts[2],
        seconds=time.perf_counter() - started,
    )


def shard_counts(out: str | Path) -> tuple[int, int, int]:
    """Articles, rejections and events in the shards under ``out``."""
    import duckdb

    from eventwire.runners.shards import shard_files

    files = shard_files([out])
    if not files:
        return (0, 0, 0)
    con = duckdb.connect()
    try:
        row = con.execute(
            "SELECT count(*) FILTER (kind = 'article'), count(*) FILTER (kind = 'rejection'), "
            "coalesce(sum(events), 0) FROM read_parquet($files)",
            {"files": files},
        ).fetchone()
    finally:
        con.close()
    return (int(row[0]), int(row[1]), int(row[2])) if row else (0, 0, 0)
