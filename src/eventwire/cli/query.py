"""``eventwire query`` and ``eventwire summary``: read what a store holds.

``query`` lists events; ``--clusters`` lists event clusters instead, ``--group-by``
counts events per period and type, and ``--sql`` runs one read-only query. Every
form prints a table, JSON Lines or CSV. All of it calls :mod:`eventwire.store.reader`.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
from collections.abc import Sequence
from typing import Any

from eventwire.cli._options import add_db_option, add_filters, filters_of

EVENT_COLUMNS = ("effective_date", "type", "status", "source_name", "source_country",
                 "source_sector", "target_name", "target_country", "target_sector",
                 "place_name", "sentence_text")  # fmt: skip
CLUSTER_COLUMNS = ("first_date", "type", "dyad", "place_name", "n_articles", "n_sources",
                   "n_mentions", "n_copies", "sentence_text")  # fmt: skip
COUNT_COLUMNS = ("period", "type", "events", "mentions")
HEADERS = {"effective_date": "date", "first_date": "date", "source_name": "source",
           "source_country": "ctry", "source_sector": "sect", "target_name": "target",
           "target_country": "ctry", "target_sector": "sect", "place_name": "place",
           "sentence_text": "evidence"}  # fmt: skip
# Columns a table never cuts: the event type above all, then short codes, dates, counts.
UNCUT = frozenset({"type", "status", "effective_date", "first_date", "period", "source_country",
                   "source_sector", "target_country", "target_sector", "n_articles",
                   "n_sources", "n_mentions", "n_copies", "events", "mentions"})  # fmt: skip
MIN_WIDTH = 10
# Left out, in this order, when a terminal is too narrow for every column at its least.
DROPPED_FIRST = ("source_sector", "target_sector", "place_name", "status")
GAP = 2
TERMINAL = (200, 24)  # the size assumed when the output is not a terminal (a pipe, a file)


def register(commands: Any) -> None:
    query = commands.add_parser(
        "query",
        help="list stored events, clusters or counts, or run read-only SQL",
        description="List stored events (by default), event clusters (--clusters), "
        "counts per period and type (--group-by), or the rows of one read-only SQL "
        "query against the documented tables and views (--sql).",
    )
    add_filters(query)
    shape = query.add_mutually_exclusive_group()
    shape.add_argument("--clusters", action="store_true", help="one row per event cluster")
    shape.add_argument("--group-by", choices=("day", "week", "month"), help="count per type")
    shape.add_argument("--sql", metavar="QUERY", help="one read-only SELECT (no file access)")
    query.add_argument("--dedup", action="store_true", help="count syndicated copies once")
    query.add_argument("--limit", type=int, help="at most this many rows (default: all)")
    query.add_argument(
        "--format",
        choices=("table", "jsonl", "csv"),
        default="table",
        help="a table sized to the terminal, or every column as JSON Lines or CSV",
    )
    query.set_defaults(handler=main)
    summary = commands.add_parser("summary", help="print what a store holds")
    add_db_option(summary, "the store to read")
    summary.add_argument("--top", type=int, default=10, help="dyads and clusters to list")
    summary.set_defaults(handler=summary_main)


def summary_main(args: argparse.Namespace) -> int:
    print_summary(args.db, top=args.top)
    return 0


def print_summary(db: str, *, top: int = 10) -> None:
    import eventwire.store.reader

    with eventwire.store.reader.open(db) as store:
        print(store.summary(top=top))


def main(args: argparse.Namespace) -> int:
    import eventwire.store.reader

    filters = filters_of(args)
    with eventwire.store.reader.open(args.db) as db:
        if args.sql:
            if any(value is not None for value in filters.values()):
                raise ValueError("--sql takes no filters; put them in the query")
            rows = db.sql(args.sql)
            columns: Sequence[str] = list(rows[0]) if rows else ()
            noun = "rows"
        elif args.clusters:
            rows = db.clusters(limit=args.limit, **filters)
            columns, noun = CLUSTER_COLUMNS, "clusters"
        elif args.group_by:
            rows = db.counts(args.group_by, all_statuses=args.all_statuses, **filters)
            columns, noun = COUNT_COLUMNS, "rows"
        else:
            rows = db.events(limit=args.limit, dedup=args.dedup, **filters)
            columns, noun = EVENT_COLUMNS, "events"
    print_rows(rows, args.format, columns, noun)
    return 0


def print_rows(
    rows: list[dict[str, Any]],
    fmt: str,
    columns: Sequence[str] = EVENT_COLUMNS,
    noun: str = "events",
) -> None:
    """Rows as a table (chosen columns, sized to the terminal), or every column as JSONL
    or CSV (text cells without surrounding white space, so each row is one line)."""
    if fmt == "jsonl":
        for row in rows:
            print(json.dumps(row, default=str, ensure_ascii=False))
        return
    if fmt == "csv":
        fields = list(rows[0]) if rows else list(columns)
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _csv_cell(v) for k, v in row.items()} for row in rows)
        return
    room = shutil.get_terminal_size(TERMINAL).columns
    cells = [[" ".join(str("" if row.get(c) is None else row.get(c)).split()) for c in columns]
             for row in rows]  # fmt: skip
    titles = [HEADERS.get(c, c).upper() for c in columns]
    full = [max([len(t), *(len(line[i]) for line in cells)]) for i, t in enumerate(titles)]
    least = [w if c in UNCUT else min(w, max(MIN_WIDTH, len(t)))
             for c, t, w in zip(columns, titles, full, strict=True)]  # fmt: skip
    kept = fitting_columns(columns, least, room)
    widths = column_widths([full[i] for i in kept], [least[i] for i in kept], room)
    print(_line([titles[i] for i in kept], widths))
    for line in cells:
        print(_line([line[i] for i in kept], widths))
    print(f"{len(rows)} {noun}")


def fitting_columns(columns: Sequence[str], least: Sequence[int], room: int) -> list[int]:
    """The indexes of ``columns`` to show: all, less those of :data:`DROPPED_FIRST` that
    a narrow terminal has no room for even with every column at its ``least`` width
    (the type is never among them)."""
    kept = list(range(len(columns)))
    for column in DROPPED_FIRST:
        if sum(least[i] for i in kept) + GAP * (len(kept) - 1) <= room:
            break
        if column in columns:
            kept.remove(columns.index(column))
    return kept


def column_widths(full: Sequence[int], least: Sequence[int], room: int) -> list[int]:
    """Each column as wide as its longest cell (``full``), then the widest that can be cut
    narrowed, one character at a time, until the row fits in ``room`` characters or every
    column is at its ``least``. Types, statuses, dates, codes and counts are never cut."""
    widths = list(full)
    room -= GAP * (len(widths) - 1)
    while sum(widths) > room:
        cuttable = [i for i in range(len(widths)) if widths[i] > least[i]]
        if not cuttable:
            break
        widths[max(cuttable, key=lambda i: widths[i])] -= 1
    return widths


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    cut = [c if len(c) <= w else c[: w - 1] + "…" for c, w in zip(cells, widths, strict=True)]
    return (" " * GAP).join(c.ljust(w) for c, w in zip(cut, widths, strict=True)).rstrip()


def _csv_cell(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value
