"""Peak memory of ``eventwire run`` as the corpus grows: 10k and 100k generated articles.

For each size, generates that many distinct articles (``generate.py``) into a JSONL file,
runs ``eventwire run`` on it into a fresh store, samples the resident memory of the whole
process tree (the writer and its coding workers) twice a second, and prints the peak of
the writer, of the largest worker and of the tree (summed RSS, and summed proportional set
size, which counts pages the workers share with the fork server once), with articles/s.

    python benchmarks/memory.py [--sizes 10000 100000] [--workers 2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import write

MB = 1024 * 1024


@dataclass
class Peaks:
    writer: int = 0
    worker: int = 0
    tree: int = 0
    tree_pss: int = 0

    def __str__(self) -> str:
        return (
            f"writer {self.writer / MB:.0f} MB, largest worker {self.worker / MB:.0f} MB, "
            f"tree {self.tree / MB:.0f} MB (PSS {self.tree_pss / MB:.0f} MB)"
        )

    def sample(self, process: psutil.Process) -> None:
        try:
            members = [process, *process.children(recursive=True)]
            full = [m.memory_full_info() for m in members]
        except psutil.Error:
            return
        main, *children = (f.rss for f in full)
        self.writer = max(self.writer, main)
        self.worker = max(self.worker, *children, 0)
        self.tree = max(self.tree, main + sum(children))
        # RSS counts the pages that forked workers share with the fork server once per
        # process; the proportional set size splits each shared page among its sharers,
        # so the tree's PSS is the memory the run really occupies.
        self.tree_pss = max(self.tree_pss, sum(f.pss for f in full))


def measure(
    n: int, workers: int, folder: Path, log: Path | None = None, every: float = 300.0
) -> tuple[Peaks, float]:
    """Run ``eventwire run`` over ``n`` generated articles; peaks and wall seconds."""
    inputs = write(n, folder / f"generated-{n}.jsonl")
    db = folder / f"generated-{n}.duckdb"
    eventwire = str(Path(sys.executable).with_name("eventwire"))
    command = [eventwire, "run", str(inputs), "--db", str(db), "--workers", str(workers)]
    out = open(log, "a", encoding="utf-8") if log else None  # noqa: SIM115
    peaks = Peaks()
    started = time.perf_counter()
    last = started
    with psutil.Popen([*command, "--quiet"], stdout=out, stderr=out) as process:
        while process.poll() is None:
            peaks.sample(process)
            time.sleep(0.5)
            if time.perf_counter() - last >= every:  # long runs: show the peaks so far
                last = time.perf_counter()
                minutes = (last - started) / 60
                print(f"  ... {n}: {minutes:.0f} min, peaks so far: {peaks}", flush=True)
    if out is not None:
        out.close()
    if process.returncode:
        sys.exit(f"eventwire run failed with code {process.returncode}")
    return peaks, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", help="keep the inputs, stores and run log in this folder")
    parser.add_argument(
        "--report-every", type=float, default=300.0, help="seconds between progress lines"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "run.log" if args.keep else None
        print("articles  workers  articles/s  writer MB  largest worker MB  tree MB  tree PSS MB")
        for n in args.sizes:
            peaks, seconds = measure(n, args.workers, folder, log, args.report_every)
            print(
                f"{n:8d}  {args.workers:7d}  {n / seconds:10.1f}  {peaks.writer / MB:9.0f}  "
                f"{peaks.worker / MB:17.0f}  {peaks.tree / MB:7.0f}  {peaks.tree_pss / MB:11.0f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
