"""Read-only SQL for users: one query against a store that cannot touch anything else.

The query runs on its own in-memory DuckDB that attaches the store file
``READ_ONLY``, then turns external access off and locks its configuration, so a
``SELECT`` cannot read or write local files (``read_csv``, ``COPY``, ``ATTACH``),
load extensions or change the store. The statement check before it only gives a
clear message for what DuckDB would refuse anyway.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from eventwire.store._frames import Frame, Output, Rows, fetch

# Statements that only read: a query, or one that describes the schema.
_READ_ONLY_SQL = re.compile(
    r"^\s*(?:(?:--[^\n]*\n|/\*.*?\*/)\s*)*"
    r"(select|with|from|values|table|describe|show|summarize|explain)\b",
    re.I | re.S,
)
_STRINGS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|/\*.*?\*/", re.S)


class ReadOnlySqlError(ValueError):
    """A statement that is not a single read-only query."""


def check_read_only(query: str) -> str:
    """The query without a trailing ``;``; raises ReadOnlySqlError for anything else."""
    body = query.strip().rstrip(";").strip()
    if not _READ_ONLY_SQL.match(body):
        raise ReadOnlySqlError(
            "only a single read-only query is allowed (SELECT, WITH, FROM, DESCRIBE, SHOW, "
            "SUMMARIZE or EXPLAIN)"
        )
    if ";" in _STRINGS.sub("''", body):
        raise ReadOnlySqlError("only a single query is allowed; remove the ';' inside it")
    return body


class Sandbox:
    """An in-memory DuckDB that sees one store file, read-only, and nothing else."""

    def __init__(self, path: Path) -> None:
        self._con = duckdb.connect(":memory:")
        literal = "'" + str(path).replace("'", "''") + "'"
        try:
            self._con.execute(f"ATTACH {literal} AS store (READ_ONLY)")
            self._con.execute("USE store")
            self._con.execute("SET enable_progress_bar = false")
            self._con.execute("SET enable_external_access = false")
            self._con.execute("SET lock_configuration = true")
        except duckdb.Error:
            self._con.close()
            raise

    def run(self, query: str, params: Sequence[Any] | None, as_: Output) -> Rows | Frame:
        """Run one read-only query; the result as dicts or a DataFrame."""
        body = check_read_only(query)
        return fetch(self._con, body, list(params or ()), as_)

    def close(self) -> None:
        self._con.close()
