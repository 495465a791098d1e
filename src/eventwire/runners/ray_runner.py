"""The Ray engine: the same per-document coding as Ray Data ``map_batches``, into Parquet shards.

Input files are spread over the cluster; each file is read by the usual readers, and
documents are coded by a pool of actors that each load one spaCy pipeline. Every input
ends as one row (a coded article or a rejection, its full JSON record) in the shards
under ``out``; ``eventwire load`` (:func:`eventwire.runners.shards.load_shards`) merges
them into a DuckDB store idempotently. Ray is an optional extra: ``eventwire[ray]``.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.ingest import read_paths
from eventwire.ingest.files import iter_files
from eventwire.records import CodedArticle, RawDocument, Rejection
from eventwire.serialize import from_dict, to_json

BLOCK_BYTES = 64 * 1024
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
    """Every file under ``paths``, in the order a local run reads them."""
    files: list[str] = []
    for item in paths:
        path = Path(item)
        if str(item) == "-" or "://" in str(item):
            raise ValueError(f"the Ray engine reads files and folders only, not {item!r}")
        if path.is_dir():
            files.extend(str(p) for p in iter_files(path, "*"))
        elif path.is_file():
            files.append(str(path))
        else:
            raise FileNotFoundError(f"no such file or folder: {item}")
    return files


def read_rows(row: dict[str, Any], published: str | None = None) -> list[dict[str, Any]]:
    """The documents (or rejections) of one input file, as rows of JSON records."""
    rows = []
    for position, item in enumerate(read_paths([row["path"]], published=published)):
        kind = "rejection" if isinstance(item, Rejection) else "document"
        rows.append(
            {"file": row["file"], "position": position, "kind": kind, "record": to_json(item)}
        )
    return rows


def _document(kind: str, record: str) -> RawDocument | Rejection:
    data = json.loads(record)
    return from_dict(Rejection, data) if kind == "rejection" else from_dict(RawDocument, data)


class Coder:
    """One Ray actor's coder: loads the pipeline once, codes a batch of rows at a time."""

    def __init__(self, published: str | None = None, languages: Collection[str] = ("en",)) -> None:
        from eventwire.runners.pool import warm_up

        self.published = dt.date.fromisoformat(published) if published else None
        self.languages = tuple(languages)
        warm_up()

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        documents = [
            _document(str(kind), str(record))
            for kind, record in zip(batch["kind"], batch["record"], strict=True)
        ]
        from eventwire.pipeline import code_documents

        coded = code_documents(
            documents, published=self.published, languages=self.languages, batch_size=16
        )
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
    batch_size: int = 16,
    readers: int | None = None,
) -> RayReport:
    """Code ``paths`` on Ray (a local instance with ``workers`` CPUs, or the cluster at
    ``address``) with ``workers`` coding actors and ``readers`` reading and writing
    tasks; write Parquet shards under ``out``."""
    try:
        import ray
        import ray.data
    except ImportError as error:
        raise RuntimeError(RAY_MISSING) from error

    started = time.perf_counter()
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
    table = ray.data.from_items([{"file": i, "path": f} for i, f in enumerate(files)])
    # Reading and writing are light: they take no CPU slot, so ``workers`` coding actors
    # can fill every CPU of a small cluster without starving them.
    # A fixed number of readers and writers keeps Ray from starting a process per file.
    documents = table.flat_map(
        read_rows, fn_kwargs={"published": hint}, num_cpus=0, concurrency=readers
    )
    coded = documents.map_batches(
        Coder,
        fn_constructor_kwargs={"published": hint, "languages": tuple(languages)},
        batch_size=batch_size,
        concurrency=workers,
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
