"""``eventwire query`` and ``eventwire summary``: read what a store holds."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from eventwire.commands.common import date_arg

QUERY_COLUMNS = ("event_date", "type", "status", "source_name", "source_country", "source_sector",
                 "target_name", "target_country", "target_sector", "place_name", "place_country",
                 "sentence_text")  # fmt: skip


def register(commands: Any) -> None:
    query = commands.add_parser("query", help="list stored events")
    query.add_argument("--db", default="eventwire.duckdb")
    query.add_argument("--actor", help="actor name or country/sector code")
    query.add_argument("--country", help="ISO 3166 alpha-3 code of source or target")
    query.add_argument("--type", help="PLOVER event type")
    query.add_argument("--status")
    query.add_argument("--since", type=date_arg)
    query.add_argument("--until", type=date_arg)
    query.add_argument("--limit", type=int)
    query.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    query.set_defaults(handler=main)
    summary = commands.add_parser("summary", help="print what a store holds")
    summary.add_argument("--db", default="eventwire.duckdb")
    summary.set_defaults(handler=summary_main)


def summary_main(args: argparse.Namespace) -> int:
    print_summary(args.db)
    return 0


def print_summary(db: str) -> None:
    from eventwire.store import Store

    with Store(db, read_only=True) as store:
        print(store.summary())


def main(args: argparse.Namespace) -> int:
    from eventwire.store import Store

    with Store(args.db, read_only=True) as store:
        rows = store.query_events(
            actor=args.actor,
            country=args.country,
            type=args.type,
            status=args.status,
            since=args.since,
            until=args.until,
            limit=args.limit,
        )
    print_rows(rows, args.format)
    return 0


def print_rows(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "jsonl":
        for row in rows:
            print(json.dumps(row, default=str, ensure_ascii=False))
        return
    if fmt == "csv":
        fields = list(rows[0]) if rows else list(QUERY_COLUMNS)
        writer = csv.DictWriter(sys.stdout, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
        return
    widths = {"sentence_text": 70, "source_name": 22, "target_name": 22, "place_name": 16}
    header = "  ".join(
        c.upper()[: widths.get(c, 12)].ljust(widths.get(c, 12)) for c in QUERY_COLUMNS
    )
    print(header)
    for row in rows:
        cells = []
        for column in QUERY_COLUMNS:
            width = widths.get(column, 12)
            value = " ".join(str(row.get(column) or "").split())
            cells.append((value[: width - 1] + "…" if len(value) > width else value).ljust(width))
        print("  ".join(cells))
    print(f"{len(rows)} events")
