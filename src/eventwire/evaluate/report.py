"""Render a scoring :class:`Report`: a table for people and one JSON line for tools."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from eventwire.evaluate.scoring import NONE, TASKS, Counts, Report

_DIGITS = 4  # decimals kept for p, r and f1 in the JSON line


def report_json(report: Report) -> str:
    """The one-line JSON object of ``gold/FORMAT.md``; tasks no record annotates are left out."""
    obj: dict[str, object] = {"records": report.records}
    for task in TASKS:
        counts = report.tasks.get(task)
        if counts is None:
            continue
        scores: dict[str, float | int] = {
            "p": round(counts.p, _DIGITS),
            "r": round(counts.r, _DIGITS),
            "f1": round(counts.f1, _DIGITS),
        }
        if task != "boilerplate":
            scores.update(tp=counts.tp, fp=counts.fp, fn=counts.fn)
        obj[task] = scores
    return json.dumps(obj, ensure_ascii=False)


def format_table(report: Report, *, top_errors: int = 10) -> str:
    """Scores per task, per-field breakdown, event-type confusion, sectors, common errors."""
    parts = [
        f"{report.records} records scored ({report.rejected} rejected by the coder)",
        _task_table(report),
    ]
    if report.fields:
        parts.append(_field_table(report))
    if report.confusion:
        parts.append(_confusion_table(report.confusion))
    if report.sectors:
        parts.append(_sector_table(report))
    errors = report.most_common_errors(top_errors)
    if errors:
        width = max(len(str(n)) for _, n in errors)
        lines = [f"Most frequent errors (top {len(errors)})"]
        lines += [f"  {n:>{width}}  {kind}" for kind, n in errors]
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def _grid(header: Sequence[str], rows: Sequence[Sequence[str]], left: int = 1) -> list[str]:
    """Columns padded to their widest cell; the first ``left`` columns left-aligned."""
    widths = [max(len(r[c]) for r in (header, *rows)) for c in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        out = [
            cell.ljust(w) if c < left else cell.rjust(w)
            for c, (cell, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  " + "  ".join(out).rstrip()

    return [line(header), *(line(r) for r in rows)]


def _task_table(report: Report) -> str:
    rows = []
    for task, c in report.tasks.items():
        name = "boilerplate (chars)" if task == "boilerplate" else task
        rows.append([name, f"{c.p:.3f}", f"{c.r:.3f}", f"{c.f1:.3f}", *_ints(c)])
    if not rows:
        return "No task annotated by these gold records."
    return "\n".join(["Scores", *_grid(["task", "p", "r", "f1", "tp", "fp", "fn"], rows)])


def _ints(c: Counts) -> list[str]:
    return [str(c.tp), str(c.fp), str(c.fn)]


def _field_table(report: Report) -> str:
    rows = []
    for stat in report.fields:
        share = f"{100 * stat.correct / stat.compared:.1f}%" if stat.compared else NONE
        wrong = str(stat.compared - stat.correct)
        rows.append([stat.group, stat.field, str(stat.compared), wrong, share])
    header = ["paired on", "field", "pairs", "wrong", "right"]
    return "\n".join(["Per-field breakdown", *_grid(header, rows, left=2)])


def _confusion_table(confusion: Mapping[tuple[str, str], int]) -> str:
    gold_types = sorted({g for g, _ in confusion}, key=lambda t: (t == NONE, t))
    pred_types = sorted({p for _, p in confusion}, key=lambda t: (t == NONE, t))
    rows = [[g, *(str(confusion.get((g, p), "")) or "." for p in pred_types)] for g in gold_types]
    title = (
        "Event types: gold (rows) x predicted (columns, first 4 letters), events paired "
        f"on dyad; {NONE} = missed / false positive"
    )
    return "\n".join([title, *_grid(["gold\\pred", *(t[:4] for t in pred_types)], rows)])


def _sector_table(report: Report) -> str:
    rows = [
        [
            s.sector,
            str(s.gold),
            str(s.found),
            str(s.sector_wrong),
            str(s.country_wrong),
            str(s.missed),
            str(s.false_pos),
        ]
        for s in report.sectors
    ]
    header = ["sector", "gold", "found", "sector wrong", "country wrong", "missed", "FP"]
    title = "Actors by sector (FP counted under the predicted sector)"
    return "\n".join([title, *_grid(header, rows)])
