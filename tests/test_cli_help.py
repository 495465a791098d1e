"""Every option of every command has help text, and shows its default where it has one."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from eventwire.cli import build_parser
from eventwire.settings import get_settings

CLI = Path(__file__).parents[1] / "src" / "eventwire" / "cli"


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def _shown_default(action: argparse.Action) -> bool:
    default = action.default
    return default not in (None, False, [], argparse.SUPPRESS) and not isinstance(
        action, argparse._HelpAction | argparse._VersionAction
    )


@pytest.mark.parametrize("name", sorted(_commands()))
def test_every_option_has_help_and_its_default(name: str) -> None:
    parser = _commands()[name]
    formatter = parser._get_formatter()
    parser.format_help()  # every help string must expand
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        label = "/".join(action.option_strings) or action.dest
        assert action.help and action.help.strip(), f"{name} {label} has no help"
        if _shown_default(action):
            shown = formatter._get_help_string(action) or ""
            assert "default" in shown, f"{name} {label} hides its default {action.default!r}"


def test_the_db_default_is_the_db_setting() -> None:
    """Every ``--db`` defaults to the ``db`` setting, declared in data/settings.toml only."""
    default = get_settings().db
    for name, parser in _commands().items():
        for action in parser._actions:
            if "--db" in action.option_strings:
                assert action.default == default, name
    sources = [p.read_text() for p in CLI.glob("*.py")]
    assert not any(f'"{default}"' in source for source in sources)
