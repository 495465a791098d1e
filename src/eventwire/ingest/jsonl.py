"""Read JSON Lines files (optionally gzipped): one document per line."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from eventwire.ingest.fields import FieldMap, document_from_record
from eventwire.ingest.opening import open_binary
from eventwire.reasons import reject
from eventwire.records import RawDocument, Rejection


def read_jsonl_lines(
    lines: Iterator[bytes], name: str, fields: FieldMap, published: str | None
) -> Iterator[RawDocument | Rejection]:
    """Documents from an iterator of raw JSONL lines; ``name`` prefixes each ``#L<n>`` uri."""
    for number, line in enumerate(lines, start=1):
        uri = f"{name}#L{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, UnicodeDecodeError) as err:
            yield reject(uri, "bad-record", f"Line {number} is not valid JSON ({err}).")
            continue
        if not isinstance(record, dict):
            yield reject(uri, "bad-record", f"Line {number} is not a JSON object.")
            continue
        doc = document_from_record(record, uri, fields, published)
        if doc is None:
            yield reject(
                uri,
                "bad-record",
                f"Line {number} has no text in {fields.text!r} or {fields.html!r}.",
            )
            continue
        yield doc


def read_jsonl(
    path: Path, fields: FieldMap, published: str | None
) -> Iterator[RawDocument | Rejection]:
    """Stream the documents of a ``.jsonl``/``.ndjson`` file, gzipped or not."""
    try:
        with open_binary(path) as handle:
            yield from read_jsonl_lines(iter(handle), str(path), fields, published)
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        yield reject(str(path), "unreadable", f"Reading stopped: {err}.")
