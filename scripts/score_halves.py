#!/usr/bin/env python3
"""Every quality figure on both halves of the tune/check split, in one table.

    .venv/bin/python scripts/score_halves.py [--shared ../shared] [--only events,plover,geo]
        [--geo-corpus FILE]

Runs ``eventwire evaluate`` on ``shared/gold/*.jsonl`` with ``--half tune`` and
``--half check``, and the shared scorers ``tools/plover_gsr.py`` (PLOVER dev sentences)
and ``tools/geo_bench.py`` (TR-News toponyms, or ``--geo-corpus``, e.g.
``benchmarks/data/outside-geo-1.xml``) on the two halves of their files, split by
the same hash of the record id (``eventwire.evaluate.split``). Prints one line per
figure and half, and last one JSON object with everything, for notes and the gate.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from eventwire.evaluate.split import HALVES, half_of

ROOT = Path(__file__).resolve().parent.parent
EVENTWIRE = str(Path(sys.executable).parent / "eventwire")


def _last_json(out: str) -> dict[str, object]:
    lines = [ln for ln in out.splitlines() if ln.startswith("{")]
    if not lines:
        raise SystemExit(f"no JSON line in the scorer's output:\n{out[-2000:]}")
    return dict(json.loads(lines[-1]))


def _run(args: list[str]) -> dict[str, object]:
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return _last_json(done.stdout)


def evaluate_halves(shared: Path) -> dict[str, dict[str, object]]:
    gold = sorted(str(p) for p in (shared / "gold").glob("*.jsonl"))
    return {h: _run([EVENTWIRE, "evaluate", *gold, "--half", h]) for h in HALVES}


def plover_halves(shared: Path, tmp: Path) -> dict[str, dict[str, object]]:
    records = json.loads((shared / "gold/plover-gsr/dev.json").read_text(encoding="utf-8"))
    out = {}
    for h in HALVES:
        part = tmp / f"plover-{h}.json"
        part.write_text(json.dumps([r for r in records if half_of(str(r.get("id"))) == h]))
        tool = str(shared / "tools/plover_gsr.py")
        out[h] = _run([sys.executable, tool, EVENTWIRE, str(part)])
    return out


def geo_halves(shared: Path, tmp: Path, corpus: Path | None = None) -> dict[str, dict[str, object]]:
    out = {}
    for h in HALVES:
        tree = ET.parse(corpus or shared / "gold/geo/TR-News.xml")
        root = tree.getroot()
        for article in list(root.findall("article")):
            if half_of(article.get("docid") or "") != h:
                root.remove(article)
        part = tmp / f"geo-{h}.xml"
        tree.write(part, encoding="utf-8", xml_declaration=True)
        tool = str(shared / "tools/geo_bench.py")
        out[h] = _run([sys.executable, tool, EVENTWIRE, str(part)])
    return out


def _line(name: str, half: str, figures: dict[str, object]) -> str:
    cells = []
    for key, value in figures.items():
        if isinstance(value, dict) and "f1" in value:
            cells.append(f"{key} P {value['p']:.3f} R {value['r']:.3f} F1 {value['f1']:.3f}")
        elif isinstance(value, float):
            cells.append(f"{key} {value:.3f}")
    return f"{name:7} {half:5}  " + " | ".join(cells)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only", default="events,plover,geo", help="comma-separated scorers")
    parser.add_argument("--geo-corpus", type=Path, help="geoparsing XML (default: TR-News)")
    args = parser.parse_args()
    wanted = set(args.only.split(","))
    results: dict[str, dict[str, dict[str, object]]] = {}
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if "events" in wanted:
            results["evaluate"] = evaluate_halves(args.shared)
        if "plover" in wanted:
            results["plover"] = plover_halves(args.shared, tmp)
        if "geo" in wanted:
            results["geo"] = geo_halves(args.shared, tmp, args.geo_corpus)
    for scorer, halves in results.items():
        for half, figures in halves.items():
            print(_line(scorer, half, figures))
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
