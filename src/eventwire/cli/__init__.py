"""The command line: a thin layer that parses options, calls the library and prints.

Each command lives in its own module of this package (``eventwire.cli.run``,
``eventwire.cli.query``, ...), with ``register(commands)`` and ``main(args)``; the options
several commands share are declared once, in :mod:`eventwire.cli._options`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from eventwire import __version__
from eventwire.cli import code, evaluate, export, load, query, run, serve
from eventwire.cli._options import HelpFormatter

COMMANDS = (code, run, query, export, load, evaluate, serve)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventwire",
        description="Political event data from raw news.",
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"eventwire {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    for module in COMMANDS:
        module.register(commands)
    for command in commands.choices.values():
        command.formatter_class = HelpFormatter  # every option shows its default
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except BrokenPipeError:
        return 0
    except (FileNotFoundError, ValueError) as exc:
        print(f"eventwire: {exc}", file=sys.stderr)
        return 2
