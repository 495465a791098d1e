"""``eventwire run``: code inputs into the DuckDB store and print a summary."""

from __future__ import annotations

import argparse
from typing import Any

from eventwire.commands.common import date_arg, languages_arg


def register(commands: Any) -> None:
    run = commands.add_parser("run", help="code inputs into the DuckDB store")
    run.add_argument("paths", nargs="*", help="inputs (default: the bundled sample corpus)")
    run.add_argument("--db", default="eventwire.duckdb")
    run.add_argument("--published", type=date_arg)
    run.add_argument("--languages", type=languages_arg, default=("en",))
    run.add_argument("--quiet", action="store_true", help="print no summary")
    run.set_defaults(handler=main)


def main(args: argparse.Namespace) -> int:
    from eventwire.commands.query import print_summary
    from eventwire.runners.local import run

    report = run(args.paths, args.db, published=args.published, languages=args.languages)
    print(
        f"coded {report.coded} articles ({report.events} events), rejected {report.rejected}, "
        f"skipped {report.skipped} already stored, in {report.seconds:.1f} s"
    )
    for reason, count in report.reasons.most_common():
        print(f"  rejected: {reason} x{count}")
    if not args.quiet:
        print_summary(args.db)
    return 0
