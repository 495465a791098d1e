#!/usr/bin/env python3
"""The fatalities and counts scorers on both halves of the tune/check split.

    .venv/bin/python scripts/score_fatalities.py [--shared ../shared]

Reads ``benchmarks/data/fatalities-dev.jsonl`` (see ``benchmarks/data/FATALITIES.md``):
its VOA records carry their text; its BBC records (``text_from``) carry only our
annotations, and take their text and date from ``shared/gold/<text_from>`` here, as the
BBC's text is not ours to ship. Runs ``eventwire evaluate --half tune|check`` on the
assembled file and prints one JSON line per half (``fatalities``, ``counts``, ``events``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from eventwire.evaluate.split import HALVES

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "data" / "fatalities-dev.jsonl"
EVENTWIRE = str(Path(sys.executable).parent / "eventwire")


def assemble(gold: Path, shared: Path) -> list[dict[str, Any]]:
    """Our records, each with its text (from the shared dev file where it is not ours)."""
    sources: dict[str, dict[str, dict[str, Any]]] = {}
    records = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        origin = record.pop("text_from", None)
        if origin is not None:
            if origin not in sources:
                path = shared / "gold" / origin
                rows = (json.loads(r) for r in path.read_text(encoding="utf-8").splitlines())
                sources[origin] = {r["id"]: r for r in rows}
            full = sources[origin][record["id"]]
            record = {"id": record["id"], "text": full["text"],
                      "published": full.get("published"), "events": record["events"]}  # fmt: skip
        records.append(record)
    return records


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fatalities-dev.jsonl"
        lines = [json.dumps(r, ensure_ascii=False) for r in assemble(GOLD, args.shared)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for half in HALVES:
            command = [EVENTWIRE, "evaluate", str(path), "--half", half]
            command += ["--task", "fatalities", "--task", "counts", "--task", "events"]
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise SystemExit(done.stderr[-2000:])
            last = [ln for ln in done.stdout.splitlines() if ln.startswith("{")][-1]
            print(json.dumps({"half": half, **json.loads(last)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
