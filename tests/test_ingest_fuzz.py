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


KINDS = ("x.txt", "x.html", "x.jsonl", "x.csv", "x.rss", "x.atom", "x.json", "x.warc", "x.urls")


@FAST
@given(st.binary(max_size=1500))
def test_every_reader_takes_arbitrary_bytes(payload: bytes) -> None:
    with TemporaryDirectory() as folder:
        for name in KINDS:
            path = Path(folder) / name
            path.write_bytes(payload)
            items = list(read_paths([path]))
            assert items and all(isinstance(i, RawDocument | Rejection) for i in items)


WARC_HEAD = (
    b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/x\r\n"
    b"Content-Type: application/http; msgtype=response\r\n"
)


@FAST
@given(
    st.sampled_from(
        [b"Content-Length: 40\r\n", b"Content-Length: -5\r\n", b"Content-Length: abc\r\n", b""]
    ),
    st.binary(max_size=300),
    st.booleans(),
)
def test_malformed_warc_headers_never_raise(length: bytes, body: bytes, nul: bool) -> None:
    record = WARC_HEAD + length + b"\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    record += (b"\x00" if nul else b"") + body
    with TemporaryDirectory() as folder:
        for name, data in (("a.warc", record), ("b.warc.gz", gzip.compress(record)[:-7])):
            path = Path(folder) / name
            path.write_bytes(data)
            items = list(read_paths([path]))
            assert items and all(isinstance(i, RawDocument | Rejection) for i in items)


@FAST
@given(
    st.sampled_from(
        [
            "<html><head><title>t</title></head></html>",
            "<html><body></body></html>",
            "<html><body>\x00\x00<p>nul</p></body></html>",
            "<?xml version='1.0'?><rss><channel><item><title>x</title></item>",
            "<feed xmlns='http://www.w3.org/2005/Atom'><entry><link href='",
        ]
    ),
    st.text(max_size=300),
)
def test_broken_html_and_feeds_end_as_article_or_rejection(markup: str, tail: str) -> None:
    from eventwire.extract import extract
    from eventwire.records import Article

    with TemporaryDirectory() as folder:
        for name in ("page.html", "feed.rss", "feed.atom"):
            path = Path(folder) / name
            path.write_bytes((markup + tail).encode("utf-8", "surrogatepass"))
            for item in read_paths([path]):
                result = extract(item, languages=("*",)) if isinstance(item, RawDocument) else item
                assert isinstance(result, Article | Rejection)
