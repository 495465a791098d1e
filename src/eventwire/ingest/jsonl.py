"""Read JSON Lines files (optionally gzipped): one document per line, bounded in size."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.ingest.fields import FieldMap, document_from_record
from eventwire.ingest.opening import bounded_lines, open_binary
from eventwire.reasons import reject
from eventwire.records import RawDocument, Rejection

DEFAULT_MAX_BYTES = 20_000_000


def read_jsonl_lines(
    lines: Iterable[bytes | None],
    name: str,
    fields: FieldMap,
    published: str | None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[RawDocument | Rejection]:
    """Documents from raw JSONL lines; ``name`` prefixes each ``#L<n>`` uri.

    ``None`` stands for a line that was longer than ``max_bytes`` and was not read.
    """
    for number, line in enumerate(lines, start=1):
        uri = f"{name}#L{number}"
        if line is None:
            yield reject(uri, "too-large", f"Line {number} is over {max_bytes:,} bytes.")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, UnicodeDecodeError, RecursionError) as err:
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
    path: Path, fields: FieldMap, published: str | None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument | Rejection]:
    """Stream the documents of a ``.jsonl``/``.ndjson`` file, gzipped or not."""
    try:
        with open_binary(path) as handle:
            lines = (line if whole else None for line, whole in bounded_lines(handle, max_bytes))
            yield from read_jsonl_lines(lines, str(path), fields, published, max_bytes)
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        yield reject(str(path), "unreadable", f"Reading stopped: {err}.")
