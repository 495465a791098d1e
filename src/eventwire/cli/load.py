"""``eventwire load``: merge Parquet shards written by the Ray engine into the store."""

from __future__ import annotations

import argparse
from typing import Any

from eventwire.cli._options import add_db_option


def register(commands: Any) -> None:
    load = commands.add_parser(
        "load", help="merge Parquet shards from `run --engine ray` into the DuckDB store"
    )
    load.add_argument("shards", nargs="+", help="shard files or folders of them")
    add_db_option(load, "the store to merge the shards into (made when missing)")
    load.set_defaults(handler=main)


def main(args: argparse.Namespace) -> int:
    from eventwire.runners.shards import load_shards

    report = load_shards(args.shards, args.db)
    print(
        f"loaded {report.coded} articles ({report.events} events), {report.rejected} "
        f"rejections; skipped {report.skipped} already stored, in {report.seconds:.1f} s"
    )
    return 0
