"""Fuzzing the JSONL and feed readers: arbitrary bytes never raise."""

from __future__ import annotations

import gzip
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.ingest import FieldMap, read_feed_bytes, read_paths
from eventwire.ingest.jsonl import read_jsonl_lines
from eventwire.records import RawDocument, Rejection

FAST = settings(max_examples=60, deadline=None)


@FAST
@given(st.lists(st.binary(max_size=200), max_size=20))
def test_jsonl_lines_never_raise(lines: list[bytes]) -> None:
    items = list(read_jsonl_lines(iter(lines), "fuzz", FieldMap(), None))
    assert all(isinstance(i, RawDocument | Rejection) for i in items)
    assert len(items) <= len(lines)


@FAST
@given(st.binary(max_size=2000))
def test_feed_bytes_never_raise(content: bytes) -> None:
    items = list(read_feed_bytes(content, "fuzz.rss", None))
    assert items and all(isinstance(i, RawDocument | Rejection) for i in items)


@FAST
@given(st.binary(max_size=1000), st.integers(min_value=0, max_value=60))
def test_truncated_gzip_files_never_raise(payload: bytes, cut: int) -> None:
    data = gzip.compress(b'{"text": "a"}\n' + payload)
    with TemporaryDirectory() as folder:
        for name in ("x.jsonl.gz", "x.csv.gz", "x.rss.gz", "x.txt.gz", "x.warc.gz"):
            path = Path(folder) / name
            path.write_bytes(data[: max(len(data) - cut, 0)])
            items = list(read_paths([path]))
            assert all(isinstance(i, RawDocument | Rejection) for i in items)
