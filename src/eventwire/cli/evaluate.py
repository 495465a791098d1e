"""``eventwire evaluate``: score the coder against gold data."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from eventwire.evaluate.scoring import TASKS
from eventwire.evaluate.split import HALVES


def register(commands: Any) -> None:
    evaluate = commands.add_parser("evaluate", help="score the coder against gold data")
    evaluate.add_argument("gold", nargs="*", type=Path, help="gold JSONL files")
    evaluate.add_argument("--html-benchmark", type=Path, help="folder of the HTML benchmark")
    evaluate.add_argument(
        "--task",
        action="append",
        choices=TASKS,
        help="score and print only this task (repeatable; default: all)",
    )
    evaluate.add_argument(
        "--half",
        choices=HALVES,
        help="score only one half of the gold records, split by a hash of their ids: "
        "'tune' is the half to look at, 'check' the half only to score",
    )
    evaluate.set_defaults(handler=main)


def main(args: argparse.Namespace) -> int:
    if not args.gold and not args.html_benchmark:
        print("eventwire: give gold files and/or --html-benchmark DIR", file=sys.stderr)
        return 2
    if args.html_benchmark:
        from eventwire.evaluate.html_benchmark import format_table as html_table
        from eventwire.evaluate.html_benchmark import score_html_benchmark

        result = score_html_benchmark(args.html_benchmark)
        print(html_table(result))
        if not args.gold:
            print(json.dumps(result))
            return 0
    from eventwire.evaluate import evaluate_files, format_table, report_json
    from eventwire.pipeline import code_text

    def coder(record: Any) -> Any:
        return code_text(record.text, published=record.published, uri=record.id)

    report = evaluate_files(args.gold, coder, tasks=args.task, half=args.half)
    print(format_table(report))
    print(report_json(report))
    return 0
