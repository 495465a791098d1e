"""``eventwire export``: write stored events to Parquet, CSV (GDELT-like) or JSON Lines."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from eventwire.cli._options import add_filters, filters_of


def register(commands: Any) -> None:
    export = commands.add_parser(
        "export",
        help="write stored events to Parquet, CSV, JSONL or GDELT 2.0's event table layout",
        description="Write the events that match the filters: Parquet (every column of "
        "the events_all view), CSV with GDELT-like columns (SQLDATE, Actor1CountryCode, "
        "EventCode, QuadClass, GoldsteinScale, NumMentions, NumSources, ..., SOURCEURL), "
        "JSONL with the full event records, or gdelt: GDELT 2.0's event table (61 "
        "tab-separated columns in the codebook's order, no header, one row per event "
        "cluster; empty where eventwire has no value). Only asserted events unless "
        "--status or --all-statuses says otherwise.",
    )
    export.add_argument(
        "--format",
        choices=("parquet", "csv", "jsonl", "gdelt"),
        required=True,
        help="parquet: every column; csv: GDELT-like columns; jsonl: full event records; "
        "gdelt: GDELT 2.0's 61-column event table, one row per event cluster",
    )
    export.add_argument("--out", type=Path, required=True, help="file to write")
    add_filters(export)
    export.set_defaults(handler=main)


def main(args: argparse.Namespace) -> int:
    import eventwire.store.reader

    filters = {key: value for key, value in filters_of(args).items() if value is not None}
    with eventwire.store.reader.open(args.db) as db:
        count = db.export(args.out, args.format, all_statuses=args.all_statuses, **filters)
    print(f"wrote {count} events to {args.out} ({args.format})")
    return 0
