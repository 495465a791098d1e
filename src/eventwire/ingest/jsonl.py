"""Read JSON Lines files (optionally gzipped): one document per line, bounded in size."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.ingest.fields import FieldMap, document_from_record
from eventwire.ingest.opening import LineRange, bounded_lines, bounded_lines_until, open_binary
from eventwire.reasons import reject
from eventwire.records import RawDocument, Rejection
from eventwire.settings import get_settings


def read_jsonl_lines(
    lines: Iterable[bytes | None],
    name: str,
    fields: FieldMap,
    published: str | None,
    max_bytes: int | None = None,
    first_line: int = 1,
) -> Iterator[RawDocument | Rejection]:
    """Documents from raw JSONL lines; ``name`` prefixes each ``#L<n>`` uri.

    ``None`` stands for a line that was longer than ``max_bytes`` (by default the
    ``max_bytes`` setting) and was not read.
    ``first_line`` is the number of the first line, for lines that start inside a file.
    Each line gives at most one document or rejection (blank lines give none); an item of
    only newlines stands for that many blank lines.
    """
    if max_bytes is None:
        max_bytes = get_settings().max_bytes
    number = first_line - 1
    for line in lines:
        number += 1
        uri = f"{name}#L{number}"
        if line is None:
            yield reject(uri, "too-large", f"Line {number} is over {max_bytes:,} bytes.")
            continue
        if not line.strip():
            number += max(0, line.count(b"\n") - 1)
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
    path: Path, fields: FieldMap, published: str | None, max_bytes: int | None = None
) -> Iterator[RawDocument | Rejection]:
    """Stream the documents of a ``.jsonl``/``.ndjson`` file, gzipped or not; a line over
    ``max_bytes`` (by default the ``max_bytes`` setting) is rejected unread."""
    if max_bytes is None:
        max_bytes = get_settings().max_bytes
    try:
        with open_binary(path) as handle:
            read = bounded_lines(handle, max_bytes, join_blank=True)
            lines = (line if whole else None for line, whole in read)
            yield from read_jsonl_lines(lines, str(path), fields, published, max_bytes)
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        yield reject(str(path), "unreadable", f"Reading stopped: {err}.")


def read_jsonl_range(
    path: Path,
    lines: LineRange,
    fields: FieldMap,
    published: str | None,
    max_bytes: int | None = None,
) -> Iterator[RawDocument | Rejection]:
    """The documents of one range of an uncompressed JSONL file (planned by
    :func:`~eventwire.ingest.opening.line_ranges`), so that a big file is read in parallel.

    They are exactly those :func:`read_jsonl` gives for the same lines: same ``#L<n>`` uris,
    same rejections. Memory stays bounded by ``max_bytes`` whatever the range's size.
    """
    if max_bytes is None:
        max_bytes = get_settings().max_bytes
    try:
        with path.open("rb") as handle:
            handle.seek(lines.start)
            read = bounded_lines_until(handle, lines.stop, max_bytes)
            raw = (line if whole else None for line, whole in read)
            yield from read_jsonl_lines(raw, str(path), fields, published, max_bytes, lines.line)
    except OSError as err:
        yield reject(str(path), "unreadable", f"Reading stopped: {err}.")
