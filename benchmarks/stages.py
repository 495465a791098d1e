"""Where ``eventwire run`` spends its time, stage by stage, sampled with py-spy.

Writes the sample corpus repeated (each copy distinct) to a JSONL file, runs
``eventwire run`` on it under ``py-spy record``, and attributes every sample to the
deepest eventwire stage on its stack (extract, parse, actors, geo, quotes, timex, events,
store write); spaCy frames under no stage count as the parse, loading the model apart.

    python benchmarks/stages.py [--articles 200] [--rate 50] [--keep-raw FILE]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corpus import repeated, write_jsonl

# (pattern on a frame's file path, stage); the deepest frame that matches any pattern wins.
STAGES: tuple[tuple[str, str], ...] = (
    (
        r"eventwire/extract/|(^|/)(trafilatura|htmldate|py3langid|datasketch|charset_normalizer)/",
        "extract",
    ),
    (r"eventwire/ingest/", "read"),
    (r"eventwire/actors/", "actors"),
    (r"eventwire/geo/", "geo"),
    (r"eventwire/quotes\.py", "quotes"),
    (r"eventwire/timex\.py|(^|/)dateparser/", "timex"),
    (r"eventwire/events/", "events"),
    (r"eventwire/store/|(^|/)duckdb/", "store write"),
    (r"eventwire/serialize\.py", "store write"),
)
_FRAME = re.compile(r"\((?P<file>[^():]+)(?::\d+)?\)$")
_SPACY = re.compile(r"(^|/)(spacy|thinc)/")


def stage_of(stack: list[str]) -> str:
    """The stage one sampled stack belongs to."""
    if any("load_model" in frame for frame in stack):
        return "model load"
    files = [m.group("file") if (m := _FRAME.search(frame)) else frame for frame in stack]
    for path in reversed(files):
        for pattern, stage in STAGES:
            if re.search(pattern, path):
                return stage
    in_run = any("eventwire/runners/" in path for path in files)
    if in_run and any(_SPACY.search(path) for path in files):
        return "parse"
    return "start-up" if not in_run else "other"


def attribute(raw: str) -> Counter[str]:
    """Samples per stage from py-spy's ``--format raw`` output (``a;b;c count`` lines)."""
    counts: Counter[str] = Counter()
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        if stack and count.isdigit():
            counts[stage_of(stack.split(";"))] += int(count)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rate", type=int, default=50, help="samples per second")
    parser.add_argument("--keep-raw", help="also keep py-spy's raw stacks here")
    args = parser.parse_args()
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    eventwire = str(Path(sys.executable).with_name("eventwire"))
    with tempfile.TemporaryDirectory() as tmp:
        inputs = os.path.join(tmp, "corpus.jsonl")
        write_jsonl(repeated(args.articles), inputs)
        raw = args.keep_raw or os.path.join(tmp, "stacks.txt")
        command = [py_spy, "record", "--format", "raw", "--full-filenames"]
        command += ["--rate", str(args.rate), "-o", raw]
        command += ["--", eventwire, "run", inputs, "--db", os.path.join(tmp, "p.duckdb")]
        subprocess.run([*command, "--quiet"], check=True, stdout=subprocess.DEVNULL)
        counts = attribute(Path(raw).read_text(encoding="utf-8"))
    total = sum(counts.values()) or 1
    print(f"{args.articles} articles, {total} samples at {args.rate}/s")
    for stage, n in counts.most_common():
        print(f"  {stage:12s} {100 * n / total:5.1f}%  ({n / args.rate:6.1f} s)")


if __name__ == "__main__":
    main()
