"""``eventwire code``: code files and print one JSON CodedArticle per line."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from eventwire.commands.common import date_arg, languages_arg


def register(commands: Any) -> None:
    code = commands.add_parser("code", help="code files and print one JSON CodedArticle per line")
    code.add_argument("paths", nargs="+", help="files, folders, or - for standard input")
    code.add_argument("--published", type=date_arg, help="publication date for undated inputs")
    code.add_argument("--languages", type=languages_arg, default=("en",))
    code.set_defaults(handler=main)


def main(args: argparse.Namespace) -> int:
    from eventwire.pipeline import code_paths
    from eventwire.records import CodedArticle
    from eventwire.serialize import to_json

    for item in code_paths(args.paths, published=args.published, languages=args.languages):
        if isinstance(item, CodedArticle):
            print(to_json(item))
        else:
            print(f"rejected {item.uri}: {item.reason} ({item.detail})", file=sys.stderr)
    return 0
