"""``eventwire code``: code inputs and print one JSON CodedArticle per line."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from eventwire.cli._options import (
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
    code.add_argument(
        "--origins",
        action="store_true",
        help="add actor_origins to each article: for each actor coded from an imported "
        "lexicon row, the source line and code that row came from",
    )
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
            print(_with_origins(item, lexicon) if args.origins else to_json(item))
        else:
            print(f"rejected {item.uri}: {item.reason} ({item.detail})", file=sys.stderr)
    return 0


def _with_origins(item: Any, lexicon: Any) -> str:
    """The article's JSON with ``actor_origins``: actor name -> imported source row."""
    import json

    from eventwire.actors.lexicon import default_lexicon, origin_of
    from eventwire.serialize import to_json

    lex = lexicon or default_lexicon()
    data = json.loads(to_json(item))
    found = {a.name: origin_of(lex, a.name) for a in item.actors}
    data["actor_origins"] = {name: origin for name, origin in found.items() if origin}
    return json.dumps(data, ensure_ascii=False)
