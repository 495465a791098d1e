"""``eventwire code``: code inputs and print one JSON CodedArticle per line."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from eventwire.commands.common import add_input_options, extract_options, read_options


def register(commands: Any) -> None:
    code = commands.add_parser("code", help="code inputs and print one JSON CodedArticle per line")
    code.add_argument(
        "paths", nargs="+", help="files, folders, URLs (with --fetch), urls:FILE, or - for stdin"
    )
    add_input_options(code)
    code.set_defaults(handler=main)


def main(args: argparse.Namespace) -> int:
    from eventwire.ingest import read_paths
    from eventwire.pipeline import code_documents
    from eventwire.records import CodedArticle
    from eventwire.serialize import to_json

    documents = read_paths(args.paths, **read_options(args))
    languages = extract_options(args)["languages"]
    for item in code_documents(documents, published=args.published, languages=languages):
        if isinstance(item, CodedArticle):
            print(to_json(item))
        else:
            print(f"rejected {item.uri}: {item.reason} ({item.detail})", file=sys.stderr)
    return 0
