"""``eventwire code``: code inputs and print one JSON CodedArticle per line."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from eventwire.commands.common import (
    add_actors_option,
    add_input_options,
    extract_options,
    read_options,
    use_actors,
)


def register(commands: Any) -> None:
    code = commands.add_parser("code", help="code inputs and print one JSON CodedArticle per line")
    code.add_argument(
        "paths", nargs="+", help="files, folders, URLs (with --fetch), urls:FILE, or - for stdin"
    )
    add_input_options(code)
    add_actors_option(code)
    code.set_defaults(handler=main)


def main(args: argparse.Namespace) -> int:
    from eventwire.ingest import read_paths
    from eventwire.pipeline import code_documents
    from eventwire.records import CodedArticle
    from eventwire.serialize import to_json

    try:
        lexicon = use_actors(args)
    except (FileNotFoundError, ValueError) as error:
        print(f"eventwire: {error}", file=sys.stderr)
        return 2
    documents = read_paths(args.paths, **read_options(args))
    languages = extract_options(args)["languages"]
    coded = code_documents(
        documents, published=args.published, languages=languages, lexicon=lexicon
    )
    for item in coded:
        if isinstance(item, CodedArticle):
            print(to_json(item))
        else:
            print(f"rejected {item.uri}: {item.reason} ({item.detail})", file=sys.stderr)
    return 0
