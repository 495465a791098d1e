#!/usr/bin/env python3
"""The fatalities and counts scorers on both halves of the tune/check split.

    .venv/bin/python scripts/score_fatalities.py [--shared ../shared]

Reads ``benchmarks/data/fatalities-dev.jsonl`` (see ``benchmarks/data/FATALITIES.md``):
its VOA records carry their text; its BBC records (``text_from``) carry only our
annotations, and take their text and date from ``shared/gold/<text_from>`` here, as the
BBC's text is not ours to ship. Runs ``eventwire evaluate --half tune|check`` on the
assembled file and prints one JSON line per half (``fatalities``, ``counts``, ``events``),
with a diagnostic that does not need the event's dyad: ``in_sentence`` counts the gold
numbers that some coded event of the evidence's sentence carries, whatever its type and
parties (``found`` of ``gold``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from eventwire.evaluate.gold import parse_record
from eventwire.evaluate.scoring import evidence_span
from eventwire.evaluate.split import HALVES, half_of
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle

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


def in_sentence(records: list[dict[str, Any]], half: str) -> dict[str, dict[str, int]]:
    """Gold numbers carried by any coded event of the evidence's sentence."""
    out = {key: {"found": 0, "gold": 0} for key in ("fatalities", "count")}
    for raw in records:
        if half_of(raw["id"]) != half:
            continue
        gold = parse_record(raw)
        coded = code_text(gold.text, published=gold.published, uri=gold.id)
        events = coded.events if isinstance(coded, CodedArticle) else ()
        text = coded.article.text if isinstance(coded, CodedArticle) else ""
        for event in gold.events or ():
            span = evidence_span(event.evidence or "", text)
            near = [
                e for e in events
                if span is not None and e.sentence.start < span[1] and span[0] < e.sentence.end
            ]  # fmt: skip
            for key in out:
                expected = getattr(event, key)
                if expected is None:
                    continue
                out[key]["gold"] += 1
                tallies = (getattr(e, key) for e in near)
                out[key]["found"] += any(t is not None and t.value == expected for t in tallies)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fatalities-dev.jsonl"
        records = assemble(GOLD, args.shared)
        lines = [json.dumps(r, ensure_ascii=False) for r in records]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for half in HALVES:
            command = [EVENTWIRE, "evaluate", str(path), "--half", half]
            command += ["--task", "fatalities", "--task", "counts", "--task", "events"]
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise SystemExit(done.stderr[-2000:])
            last = [ln for ln in done.stdout.splitlines() if ln.startswith("{")][-1]
            line = {"half": half, **json.loads(last), "in_sentence": in_sentence(records, half)}
            print(json.dumps(line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
