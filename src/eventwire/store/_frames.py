"""Query results as lists of dictionaries or, on request, pandas or polars DataFrames.

pandas and polars are optional extras (``eventwire[pandas]``, ``eventwire[polars]``);
asking for one that is not installed raises :class:`MissingExtra` with the command
that installs it.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from typing import Any, Literal

import duckdb

Output = Literal["dicts", "pandas", "polars"]
OUTPUTS: tuple[Output, ...] = ("dicts", "pandas", "polars")
Rows = list[dict[str, Any]]
# A pandas or polars DataFrame; typed loosely so neither library is needed to type-check.
Frame = Any

_NEEDS: dict[str, tuple[str, ...]] = {"pandas": ("pandas",), "polars": ("polars", "pyarrow")}


class MissingExtra(ImportError):
    """A DataFrame was asked for, but the library that makes it is not installed."""


def installed(module: str) -> bool:
    """Whether ``module`` can be imported."""
    return importlib.util.find_spec(module) is not None


def check_output(as_: str) -> None:
    """Raise ValueError for an unknown output, MissingExtra for one not installed."""
    if as_ not in OUTPUTS:
        raise ValueError(f"unknown output {as_!r}; use one of {', '.join(OUTPUTS)}")
    missing = [name for name in _NEEDS.get(as_, ()) if not installed(name)]
    if missing:
        raise MissingExtra(
            f"as_={as_!r} needs {' and '.join(missing)}: pip install 'eventwire[{as_}]'"
        )


def fetch(
    con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any], as_: Output
) -> Rows | Frame:
    """Run ``sql`` on ``con``; its rows as dictionaries, or as the DataFrame asked for."""
    check_output(as_)
    if as_ == "dicts":
        cursor = con.execute(sql, list(params))
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    # ``con.sql`` refuses to start while an earlier ``execute(...).fetchone()`` has
    # left its result open (opening the store reads its schema version that way), so
    # run any such result to its end first.
    con.complete()
    relation = con.sql(sql, params=list(params) or None)
    return relation.df() if as_ == "pandas" else relation.pl()
