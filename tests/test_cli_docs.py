"""The command line is documented: every command is in README.md's command table, and
every command and every option has help text (after sqlite-utils' tests/test_docs.py).

The commands and options are read from the parser the CLI builds, so a command or an
option added without documentation fails here.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from eventwire.cli import build_parser

README = Path(__file__).resolve().parents[1] / "README.md"


def _subparsers(
    parser: argparse.ArgumentParser,
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return sub


def _commands() -> dict[str, argparse.ArgumentParser]:
    return dict(_subparsers(build_parser()).choices)


def _command_help() -> dict[str, str | None]:
    """Each command's one-line help, as ``eventwire --help`` lists it."""
    return {a.dest: a.help for a in _subparsers(build_parser())._choices_actions}


def _options() -> list[tuple[str, argparse.Action]]:
    """(command, action) for every argument of every command and of ``eventwire`` itself."""
    parser = build_parser()
    found = [("eventwire", action) for action in parser._actions]
    for name, command in _commands().items():
        found += [(name, action) for action in command._actions]
    return [
        (name, action)
        for name, action in found
        if not isinstance(action, argparse._HelpAction | argparse._SubParsersAction)
    ]


def _readme_table_commands() -> set[str]:
    """The command named in each row of README.md's command table."""
    text = README.read_text(encoding="utf-8")
    return set(re.findall(r"^\| `eventwire ([a-z][a-z-]*)\b", text, re.M))


@pytest.mark.parametrize("command", sorted(_commands()))
def test_command_is_in_the_readme_table(command: str) -> None:
    assert command in _readme_table_commands(), f"README.md's command table lacks {command}"


def test_the_readme_table_names_only_real_commands() -> None:
    assert _readme_table_commands() <= set(_commands())


@pytest.mark.parametrize("command", sorted(_commands()))
def test_command_has_help(command: str) -> None:
    text = _command_help().get(command)
    assert text and text.strip(), f"eventwire {command} has no help"


def _label(command: str, action: argparse.Action) -> str:
    return f"{command} {'/'.join(action.option_strings) or action.dest}"


@pytest.mark.parametrize("action", [pytest.param(a, id=_label(name, a)) for name, a in _options()])
def test_option_has_help(action: argparse.Action) -> None:
    assert action.help and action.help.strip(), "no help text"
