"""Read CSV files (optionally gzipped) with the same field mapping as JSONL."""

from __future__ import annotations

import csv
import gzip
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from eventwire.ingest.fields import FieldMap, document_from_record
from eventwire.ingest.opening import open_binary
from eventwire.reasons import reject
from eventwire.records import RawDocument, Rejection


def _raise_field_limit() -> None:
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 10


def read_csv(
    path: Path, fields: FieldMap, published: str | None
) -> Iterator[RawDocument | Rejection]:
    """Stream one document per CSV row (header row names the fields); uri is ``path#L<row>``."""
    _raise_field_limit()
    try:
        with (
            open_binary(path) as raw,
            io.TextIOWrapper(
                cast("IO[bytes]", raw), encoding="utf-8-sig", errors="replace", newline=""
            ) as f,
        ):
            reader = csv.DictReader(f)
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as err:
                    yield reject(f"{path}#L{reader.line_num}", "bad-record", f"CSV error: {err}.")
                    continue
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
