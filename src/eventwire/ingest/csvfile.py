"""Read CSV files (optionally gzipped) with the same field mapping as JSONL, bounded in size."""

from __future__ import annotations

import csv
import gzip
import io
from collections.abc import Iterator
from pathlib import Path

from eventwire.ingest.fields import FieldMap, document_from_record
from eventwire.ingest.opening import bounded_lines, open_binary
from eventwire.reasons import reject
from eventwire.records import RawDocument, Rejection
from eventwire.settings import get_settings


def _text_lines(handle: io.BufferedIOBase, limit: int, oversized: list[int]) -> Iterator[str]:
    """Decoded lines; a line over ``limit`` bytes is noted in ``oversized`` and left out."""
    number = 0
    for line, whole in bounded_lines(handle, limit):
        number += 1
        if not whole:
            oversized.append(number)
            yield "\n"  # an empty row, which the DictReader skips
            continue
        text = line.decode("utf-8", errors="replace")
        yield text.removeprefix("\ufeff") if number == 1 else text


def _skip_quoted(lines: Iterator[str]) -> None:
    """Skip the rest of a quoted field: up to and including the first line with an odd
    number of quote characters (inside a field, quotes come doubled)."""
    for line in lines:
        if line.count('"') % 2:
            return


def read_csv(
    path: Path, fields: FieldMap, published: str | None, max_bytes: int | None = None
) -> Iterator[RawDocument | Rejection]:
    """Stream one document per CSV row (header row names the fields); uri is ``path#L<row>``.

    A field, or a physical line, over ``max_bytes`` (by default the ``max_bytes``
    setting) is rejected as ``too-large`` without being held in memory.
    """
    if max_bytes is None:
        max_bytes = get_settings().max_bytes
    limit = max(max_bytes, 131072)
    csv.field_size_limit(limit)
    oversized: list[int] = []
    try:
        with open_binary(path) as raw:
            lines = _text_lines(raw, max_bytes, oversized)
            reader = csv.DictReader(lines)
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    row = None
                except csv.Error as err:
                    uri = f"{path}#L{reader.line_num}"
                    if "field larger than field limit" in str(err):
                        # Inside a quoted field: skip to the line that closes it, so that
                        # its lines do not come back as rows of their own.
                        _skip_quoted(lines)
                        yield reject(uri, "too-large", f"A field is over {limit:,} bytes.")
                    else:
                        yield reject(uri, "bad-record", f"CSV error: {err}.")
                    continue
                while oversized:
                    line = oversized.pop(0)
                    yield reject(
                        f"{path}#L{line}", "too-large", f"Line {line} is over {max_bytes:,} bytes."
                    )
                if row is None:
                    return
                uri = f"{path}#L{reader.line_num}"
                record = {k: v for k, v in row.items() if isinstance(k, str)}
                doc = document_from_record(record, uri, fields, published)
                if doc is None:
                    yield reject(
                        uri,
                        "bad-record",
                        f"Row has no text in {fields.text!r} or {fields.html!r}.",
                    )
                else:
                    yield doc
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        yield reject(str(path), "unreadable", f"Reading stopped: {err}.")
