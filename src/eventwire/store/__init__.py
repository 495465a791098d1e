"""The DuckDB event store: schema, idempotent writer, queries and exports.

See ``SCHEMA.md`` in this folder for the tables and views. The read-only Python API,
``eventwire.open(path)``, is :mod:`eventwire.store.reader`.
"""

from __future__ import annotations

from eventwire.store._export import ExportFormat
from eventwire.store._filters import EventFilter, escape_like
from eventwire.store.store import Store, StoreError
from eventwire.store.summary import Summary

__all__ = ["EventFilter", "ExportFormat", "Store", "StoreError", "Summary", "escape_like"]
