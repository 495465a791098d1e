"""The quality gate: every figure the scorers print, held above a pinned floor.

``tests/eval_baseline.json`` holds, per figure, the floor it may not drop below, and the
SHA-256 of every gold file the figures come from (a changed gold file makes old floors
meaningless, so the gate says so instead of comparing). ``tests/test_gate_eval.py`` runs
the gate in ``make test``. By hand:

    .venv/bin/python tests/eval_gate.py             # measure and compare, print a table
    .venv/bin/python tests/eval_gate.py --raise     # raise floors to today's figures
    .venv/bin/python tests/eval_gate.py --lower --note "why"   # also lower them (reviewed)

Raising a floor is a one-line change in the JSON file that review can read. A floor is
only lowered with ``--lower`` and a note, which is kept in the file beside the figure.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASELINE = Path(__file__).with_name("eval_baseline.json")
EVENTWIRE = Path(sys.executable).with_name("eventwire")

# What each scorer prints that is held above a floor: scorer -> JSON keys (dotted).
_SCORED = ("events", "events_lenient", "events_strict", "actors", "places", "quotes")
FIGURES: dict[str, tuple[str, ...]] = {
    "evaluate": (*(f"{t}.{m}" for t in _SCORED for m in ("p", "r", "f1")), "boilerplate.f1"),
    "html": ("html.p", "html.r", "html.f1"),
    "plover": ("recall_type", "recall_dyad", "precision_type"),
    "geo": ("recall", "acc161_all", "acc161_found", "exact_found", "precision"),
}
# The gold files each scorer reads, relative to ../shared (hashed into the baseline).
GOLD: dict[str, tuple[str, ...]] = {
    "evaluate": ("gold/dev.jsonl", "gold/dev-bbc.jsonl", "gold/dev-voa.jsonl"),
    "html": ("gold/html-benchmark/ground-truth.json",),
    "plover": ("gold/plover-gsr/dev.json",),
    "geo": ("gold/geo/TR-News.xml",),
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _last_json(command: list[str]) -> dict[str, object]:
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-1500:]}")
    return dict(json.loads(lines[-1]))


def _run(scorer: str, shared: Path) -> dict[str, object]:
    exe = str(EVENTWIRE)
    if scorer == "evaluate":
        return _last_json([exe, "evaluate", *(str(shared / g) for g in GOLD["evaluate"])])
    if scorer == "html":
        pages = str(shared / "gold/html-benchmark")
        return _last_json([exe, "evaluate", "--html-benchmark", pages])
    tool = {"plover": "tools/plover_gsr.py", "geo": "tools/geo_bench.py"}[scorer]
    return _last_json([sys.executable, str(shared / tool), exe, str(shared / GOLD[scorer][0])])


def _pick(obj: Mapping[str, object], dotted: str) -> float:
    value: object = obj
    for key in dotted.split("."):
        if not isinstance(value, Mapping) or key not in value:
            raise KeyError(f"the scorer printed no {dotted!r}")
        value = value[key]
    if not isinstance(value, int | float):
        raise TypeError(f"{dotted!r} is not a number: {value!r}")
    return float(value)


def measure(shared: Path = SHARED, scorers: tuple[str, ...] = tuple(FIGURES)) -> dict[str, float]:
    """Today's figures, as ``{"scorer:dotted.key": value}``."""
    out: dict[str, float] = {}
    for scorer in scorers:
        printed = _run(scorer, shared)
        for key in FIGURES[scorer]:
            out[f"{scorer}:{key}"] = _pick(printed, key)
    return out


def load_baseline(path: Path = BASELINE) -> dict[str, object]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def stale_gold(baseline: Mapping[str, object], shared: Path = SHARED) -> list[str]:
    """Gold files whose hash differs from the one the floors were set on."""
    pinned = baseline.get("gold_sha256")
    assert isinstance(pinned, Mapping)
    return [name for name, digest in pinned.items() if sha256(shared / name) != digest]


def shortfalls(measured: Mapping[str, float], baseline: Mapping[str, object]) -> list[str]:
    """One line per figure below its floor (or missing from the measurement)."""
    floors = baseline.get("floors")
    assert isinstance(floors, Mapping)
    lines = []
    for key, floor in floors.items():
        value = measured.get(key)
        if value is None:
            lines.append(f"{key}: not measured (floor {floor})")
        elif value < float(floor):
            lines.append(f"{key}: {value:.4f} is below its floor {floor}")
    return lines


def new_floors(
    measured: Mapping[str, float], old: Mapping[str, float], *, lower: bool
) -> dict[str, float]:
    """Floors raised to today's figures (rounded down to 3 decimals); lowered only if asked."""
    out = dict(old)
    for key, value in measured.items():
        today = math.floor(value * 1000) / 1000
        if key not in out or today > out[key] or lower:
            out[key] = today
    return dict(sorted(out.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--raise", dest="raise_", action="store_true", help="raise floors")
    parser.add_argument("--lower", action="store_true", help="also lower floors (needs --note)")
    parser.add_argument("--note", help="why floors were lowered; kept in the baseline file")
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    if args.lower and not args.note:
        parser.error("--lower needs --note saying why")
    baseline = load_baseline() if BASELINE.exists() else {"floors": {}, "gold_sha256": {}}
    measured = measure(args.shared)
    floors = baseline.get("floors")
    assert isinstance(floors, dict)
    for key, value in measured.items():
        print(f"{key:36} {value:.4f}  floor {floors.get(key, '-')}")
    if args.raise_ or args.lower:
        baseline["floors"] = new_floors(measured, floors, lower=args.lower)
        baseline["gold_sha256"] = {
            g: sha256(args.shared / g) for files in GOLD.values() for g in files
        }
        if args.note:
            notes = baseline.setdefault("notes", [])
            assert isinstance(notes, list)
            notes.append(args.note)
        BASELINE.write_text(json.dumps(baseline, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}")
        return 0
    failed = stale_gold(baseline, args.shared) + shortfalls(measured, baseline)
    for line in failed:
        print("GATE:", line)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
