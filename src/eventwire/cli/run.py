"""``eventwire run``: code inputs into the DuckDB store (or, on Ray, into Parquet shards)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from eventwire.cli._options import (
    add_actors_option,
    add_db_option,
    add_input_options,
    read_options,
    use_actors,
)
from eventwire.settings import get_settings


def register(commands: Any) -> None:
    run = commands.add_parser("run", help="code inputs into the DuckDB store")
    run.add_argument("paths", nargs="*", help="inputs (default: the bundled sample corpus)")
    add_db_option(run, "the store to write (made when missing)")
    add_input_options(run)
    add_actors_option(run)
    run.add_argument(
        "--workers",
        type=int,
        default=1,
        help="coding processes (default 1; 0: one per core); Ray: coding actors (default 2)",
    )
    run.add_argument(
        "--batch-size", type=int, default=get_settings().batch_size, help="texts per spaCy batch"
    )
    run.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="local processes into --db, or Ray into Parquet shards under --out",
    )
    run.add_argument("--address", help="Ray: the cluster to join (default: start a local one)")
    run.add_argument("--out", help="Ray: the folder for the Parquet shards (required)")
    run.add_argument("--no-progress", action="store_true", help="no progress bar or log lines")
    run.add_argument("--quiet", action="store_true", help="print no summary")
    run.set_defaults(handler=main)


def main(args: argparse.Namespace) -> int:
    if args.workers < 0:
        raise ValueError("--workers must be 0 or more")
    try:
        use_actors(args)  # workers and Ray actors read it from the environment
    except (FileNotFoundError, ValueError) as error:
        print(f"eventwire: {error}", file=sys.stderr)
        return 2
    if args.engine == "ray":
        return _main_ray(args)
    from eventwire.cli.query import print_summary
    from eventwire.runners.local import run

    report = run(
        args.paths,
        args.db,
        published=args.published,
        languages=args.languages,
        workers=args.workers,
        batch_size=args.batch_size,
        progress=None if args.no_progress else sys.stderr,
        read_options=read_options(args),
    )
    print(
        f"coded {report.coded} articles ({report.events} events), rejected {report.rejected}, "
        f"skipped {report.skipped} already stored, in {report.seconds:.1f} s"
    )
    for reason, count in report.reasons.most_common():
        print(f"  rejected: {reason} x{count}")
    if report.guessed:
        print(
            f"  warning: the encoding of {report.guessed} article(s) was guessed (no UTF-8, "
            "no declared charset); see decoded_as"
        )
    if not args.quiet:
        print_summary(args.db)
    return 0


def _main_ray(args: argparse.Namespace) -> int:
    from eventwire.runners.local import sample_corpus
    from eventwire.runners.ray_runner import run_ray

    if not args.out:
        raise ValueError("--engine ray writes Parquet shards: give --out FOLDER")
    try:
        report = run_ray(
            args.paths or [str(sample_corpus())],
            args.out,
            address=args.address,
            workers=args.workers or 2,
            published=args.published,
            languages=args.languages,
            batch_size=args.batch_size,
        )
    except RuntimeError as error:
        print(f"eventwire: {error}", file=sys.stderr)
        return 2
    print(
        f"coded {report.articles} articles ({report.events} events), rejected "
        f"{report.rejections}, from {report.files} files in {report.seconds:.1f} s; "
        f"shards in {report.out} (merge them with: eventwire load {report.out} --db FILE)"
    )
    return 0
