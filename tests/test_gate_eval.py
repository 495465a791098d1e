"""The quality gate (``tests/eval_gate.py``): its rules, and the gate itself on ../shared."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import eval_gate


def test_a_figure_below_its_floor_or_missing_fails_the_gate() -> None:
    baseline = {"floors": {"evaluate:events.f1": 0.5, "geo:recall": 0.4, "plover:recall_type": 0.3}}
    measured = {"evaluate:events.f1": 0.49, "geo:recall": 0.4}
    assert eval_gate.shortfalls(measured, baseline) == [
        "evaluate:events.f1: 0.4900 is below its floor 0.5",
        "plover:recall_type: not measured (floor 0.3)",
    ]


def test_floors_only_rise_unless_lowering_is_asked_for() -> None:
    old = {"a": 0.5, "b": 0.7}
    measured = {"a": 0.61234, "b": 0.65, "c": 0.2}
    assert eval_gate.new_floors(measured, old, lower=False) == {"a": 0.612, "b": 0.7, "c": 0.2}
    assert eval_gate.new_floors(measured, old, lower=True) == {"a": 0.612, "b": 0.65, "c": 0.2}


def test_a_changed_gold_file_is_reported_as_stale(tmp_path: Path) -> None:
    (tmp_path / "g.jsonl").write_text("one\n", encoding="utf-8")
    pinned = {"gold_sha256": {"g.jsonl": eval_gate.sha256(tmp_path / "g.jsonl")}}
    assert eval_gate.stale_gold(pinned, tmp_path) == []
    (tmp_path / "g.jsonl").write_text("two\n", encoding="utf-8")
    assert eval_gate.stale_gold(pinned, tmp_path) == ["g.jsonl"]


def test_the_baseline_pins_every_figure_and_gold_file() -> None:
    baseline = eval_gate.load_baseline()
    keys = {f"{s}:{k}" for s, figures in eval_gate.FIGURES.items() for k in figures}
    assert set(baseline["floors"]) == keys
    gold = {g for files in eval_gate.GOLD.values() for g in files}
    assert set(baseline["gold_sha256"]) == gold


def test_every_figure_holds_its_floor(shared: Path) -> None:
    baseline = eval_gate.load_baseline()
    assert eval_gate.stale_gold(baseline, shared) == [], "gold changed: re-pin the floors"
    measured = eval_gate.measure(shared)
    assert eval_gate.shortfalls(measured, baseline) == []
