"""The command line: a thin layer that parses options, calls the library and prints.

Each command lives in its own module of this package (``eventwire.cli.run``,
``eventwire.cli.query``, ...), with ``register(commands)`` and ``main(args)``; the options
several commands share are declared once, in :mod:`eventwire.cli._options`.

``--config FILE`` (before or after the command) names a TOML file of settings
(:mod:`eventwire.settings`). It is applied before the parser is built, so that option
defaults taken from the settings, and ``--help``, show the values in effect, and through
``$EVENTWIRE_CONFIG``, so that the processes a command starts read the same file.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Sequence

from eventwire import __version__
from eventwire.cli import code, evaluate, export, load, query, run, serve
from eventwire.cli._options import HelpFormatter, add_config_option
from eventwire.settings import config_file

COMMANDS = (code, run, query, export, load, evaluate, serve)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventwire",
        description="Political event data from raw news.",
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"eventwire {__version__}")
    add_config_option(parser)
    commands = parser.add_subparsers(dest="command", required=True)
    for module in COMMANDS:
        module.register(commands)
    for command in commands.choices.values():
        command.formatter_class = HelpFormatter  # every option shows its default
        # Accepted after the command too; SUPPRESS keeps a value given before it.
        add_config_option(command, default=argparse.SUPPRESS)
    return parser


def config_argument(argv: Sequence[str]) -> str | None:
    """The last ``--config FILE`` (or ``--config=FILE``) of ``argv``, before any ``--``."""
    found: str | None = None
    items = iter(argv)
    for item in items:
        if item == "--":
            break
        if item == "--config":
            found = next(items, None)
        elif item.startswith("--config="):
            found = item.removeprefix("--config=")
    return found


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    config = config_argument(argv)
    try:
        with contextlib.ExitStack() as stack:
            if config is not None:
                stack.enter_context(config_file(config))
            args = build_parser().parse_args(argv)
            given: str | None = getattr(args, "config", None)
            if given is not None and given != config:  # an abbreviation (--conf FILE)
                stack.enter_context(config_file(given))
                args = build_parser().parse_args(argv)
            return _call(args)
    except (FileNotFoundError, ValueError) as exc:  # a missing or wrong settings file
        print(f"eventwire: {exc}", file=sys.stderr)
        return 2


def _call(args: argparse.Namespace) -> int:
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except BrokenPipeError:
        return 0
    except (FileNotFoundError, ValueError) as exc:
        print(f"eventwire: {exc}", file=sys.stderr)
        return 2
