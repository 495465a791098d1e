"""Throughput of eventwire against a bare spaCy pass over the same texts, in the same run.

Codes N articles (the sample corpus repeated, every copy distinct) and prints articles/s
and the ratio to a bare ``nlp.pipe`` (the model as spaCy ships it) over the same clean
texts, and for the runs the ratio to ``run (1 worker)``, for:

- ``bare nlp.pipe``: spaCy alone, one process (the floor of a parse-based coder);
- ``code (1 core)``: extract, parse, actors, places, quotes, dates, events, in-process;
- ``run (N workers)``: the whole ``eventwire run``: reading, coding, writing the store,
  for each ``--workers`` value (1 codes in the writer's process; N > 1 in a pool);
- ``ray engine`` (with ``--ray N``): ``run --engine ray`` into Parquet shards, Ray's
  start-up included.

with CPU milliseconds per article (all processes), and the peak resident memory of this
process and of its largest child. On a shared machine the wall-clock ratios move with
other load; the CPU time per article does not.

    python benchmarks/throughput.py [--articles 400] [--batch-size 16] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corpus import bare_pipeline, repeated, write_jsonl
from eventwire.extract import extract
from eventwire.pipeline import code_documents
from eventwire.records import Article
from eventwire.runners.local import run
from eventwire.runners.pool import warm_up


class Tree:
    """Samples this process's descendants (the pool's workers sit under a fork server, so
    ``RUSAGE_CHILDREN`` never sees them): their CPU time and their peak memory."""

    def __init__(self) -> None:
        self.cpu: dict[int, float] = {}
        self.peak_child = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(0.2):
            for child in me.children(recursive=True):
                try:
                    times, rss = child.cpu_times(), child.memory_info().rss
                except psutil.Error:
                    continue
                self.cpu[child.pid] = times.user + times.system
                self.peak_child = max(self.peak_child, rss)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def cpu_seconds(self) -> float:
        """CPU time of this process and every descendant seen so far."""
        own = resource.getrusage(resource.RUSAGE_SELF)
        return own.ru_utime + own.ru_stime + sum(self.cpu.values())


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument(
        "--ray", type=int, default=0, help="also run the Ray engine with this many actors"
    )
    parser.add_argument(
        "--no-inprocess",
        action="store_true",
        help="leave out the in-process coder row (long steady-state runs of the runners)",
    )
    args = parser.parse_args()
    documents = repeated(args.articles)
    articles = [a for d in documents if isinstance(a := extract(d), Article)]
    texts = [a.text for a in articles]
    nlp = bare_pipeline()
    warm_up()
    rows: list[tuple[str, float, float]] = []
    tree = Tree()
    cpu_seconds = tree.cpu_seconds

    start, cpu = time.perf_counter(), cpu_seconds()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=args.batch_size))
    bare, bare_cpu = time.perf_counter() - start, cpu_seconds() - cpu
    rows.append(("bare nlp.pipe (1 core)", bare, bare_cpu))

    events = 0
    if not args.no_inprocess:
        start, cpu = time.perf_counter(), cpu_seconds()
        coded = list(code_documents(documents, batch_size=args.batch_size))
        rows.append(("code (1 core, no store)", time.perf_counter() - start, cpu_seconds() - cpu))
        events = sum(len(getattr(c, "events", ())) for c in coded)

    with tempfile.TemporaryDirectory() as tmp:
        inputs = str(Path(tmp) / "corpus.jsonl")
        write_jsonl(documents, inputs)
        for workers in args.workers:
            db = Path(tmp) / f"w{workers}.duckdb"
            cpu = cpu_seconds()
            report = run([inputs], db, workers=workers, batch_size=args.batch_size, progress=None)
            if report.coded != len(articles):
                sys.exit(f"run coded {report.coded} articles, expected {len(articles)}")
            name = f"eventwire run ({workers} worker{'s' * (workers > 1)})"
            rows.append((name, report.seconds, cpu_seconds() - cpu))
        if args.ray:
            from eventwire.runners.ray_runner import run_ray

            cpu = cpu_seconds()
            shards = run_ray([inputs], Path(tmp) / "shards", workers=args.ray)
            if shards.articles != len(articles):
                sys.exit(f"Ray coded {shards.articles} articles, expected {len(articles)}")
            rows.append((f"ray engine ({args.ray} actors)", shards.seconds, cpu_seconds() - cpu))

    n = len(articles)
    one_worker = next((seconds for name, seconds, _ in rows if "(1 worker)" in name), None)
    print(f"articles: {n}  tokens: {tokens}  events: {events}  ({tokens / n:.0f} tokens/article)")
    head = f"{'':28s} {'articles/s':>10s} {'tokens/s':>9s} {'x bare':>7s} {'x 1 worker':>10s}"
    print(f"{head} {'CPU ms/art':>10s}")
    for name, seconds, cpu in rows:
        scaling = f"{one_worker / seconds:10.2f}" if one_worker and "run" in name else " " * 10
        print(
            f"{name:28s} {n / seconds:10.1f} {tokens / seconds:9.0f} {bare / seconds:7.2f} "
            f"{scaling} {1000 * cpu / n:10.0f}"
        )
    print(f"(CPU ms/article of bare nlp.pipe: {1000 * bare_cpu / n:.0f}; on a busy machine,")
    print(" compare CPU time per article: wall-clock ratios depend on other load)")
    tree.stop()
    print(f"peak RSS: this process {peak_rss_mb():.0f} MB, largest worker ", end="")
    print(f"{tree.peak_child / 2**20:.0f} MB")


if __name__ == "__main__":
    main()
