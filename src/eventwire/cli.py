"""The command line: a thin layer that parses options, calls the library and prints."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire import __version__

QUERY_COLUMNS = ("event_date", "type", "status", "source_name", "source_country", "source_sector",
                 "target_name", "target_country", "target_sector", "place_name", "place_country",
                 "sentence")  # fmt: skip


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def _languages(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventwire", description=__doc__)
    parser.add_argument("--version", action="version", version=f"eventwire {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    code = commands.add_parser("code", help="code files and print one JSON CodedArticle per line")
    code.add_argument("paths", nargs="+", help="files, folders, or - for standard input")
    code.add_argument("--published", type=_date, help="publication date for undated inputs")
    code.add_argument("--languages", type=_languages, default=("en",))

    run = commands.add_parser("run", help="code inputs into the DuckDB store")
    run.add_argument("paths", nargs="*", help="inputs (default: the bundled sample corpus)")
    run.add_argument("--db", default="eventwire.duckdb")
    run.add_argument("--published", type=_date)
    run.add_argument("--languages", type=_languages, default=("en",))
    run.add_argument("--quiet", action="store_true", help="print no summary")

    query = commands.add_parser("query", help="list stored events")
    query.add_argument("--db", default="eventwire.duckdb")
    query.add_argument("--actor", help="actor name or country/sector code")
    query.add_argument("--country", help="ISO 3166 alpha-3 code of source or target")
    query.add_argument("--type", help="PLOVER event type")
    query.add_argument("--status")
    query.add_argument("--since", type=_date)
    query.add_argument("--until", type=_date)
    query.add_argument("--limit", type=int)
    query.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")

    summary = commands.add_parser("summary", help="print what a store holds")
    summary.add_argument("--db", default="eventwire.duckdb")

    evaluate = commands.add_parser("evaluate", help="score the coder against gold data")
    evaluate.add_argument("gold", nargs="*", type=Path, help="gold JSONL files")
    evaluate.add_argument("--html-benchmark", type=Path, help="folder of the HTML benchmark")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = {
        "code": _code,
        "run": _run,
        "query": _query,
        "summary": _summary,
        "evaluate": _evaluate,
    }[args.command]
    try:
        return handler(args)
    except BrokenPipeError:
        return 0
    except (FileNotFoundError, ValueError) as exc:
        print(f"eventwire: {exc}", file=sys.stderr)
        return 2


def _code(args: argparse.Namespace) -> int:
    from eventwire.pipeline import code_paths
    from eventwire.records import CodedArticle
    from eventwire.serialize import to_json

    for item in code_paths(args.paths, published=args.published, languages=args.languages):
        if isinstance(item, CodedArticle):
            print(to_json(item))
        else:
            print(f"rejected {item.uri}: {item.reason} ({item.detail})", file=sys.stderr)
    return 0


def _run(args: argparse.Namespace) -> int:
    from eventwire.runners.local import run

    report = run(args.paths, args.db, published=args.published, languages=args.languages)
    print(
        f"coded {report.coded} articles ({report.events} events), rejected {report.rejected}, "
        f"skipped {report.skipped} already stored, in {report.seconds:.1f} s"
    )
    for reason, count in report.reasons.most_common():
        print(f"  rejected: {reason} x{count}")
    if not args.quiet:
        _print_summary(args.db)
    return 0


def _summary(args: argparse.Namespace) -> int:
    _print_summary(args.db)
    return 0


def _print_summary(db: str) -> None:
    from eventwire.store import Store

    with Store(db, read_only=True) as store:
        print(store.summary())


def _query(args: argparse.Namespace) -> int:
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
    _print_rows(rows, args.format)
    return 0


def _print_rows(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "jsonl":
        for row in rows:
            print(json.dumps(row, default=str, ensure_ascii=False))
        return
    if fmt == "csv":
        writer = csv.DictWriter(
            sys.stdout, fieldnames=list(rows[0]) if rows else list(QUERY_COLUMNS)
        )
        writer.writeheader()
        writer.writerows(rows)
        return
    widths = {"sentence": 70, "source_name": 22, "target_name": 22, "place_name": 16}
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


def _evaluate(args: argparse.Namespace) -> int:
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

    report = evaluate_files(args.gold, coder)
    print(format_table(report))
    print(report_json(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
