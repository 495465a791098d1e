"""Structured fuzzing of each reader: near-valid CSV, WARC, stdin and HTML inputs.

``test_ingest_fuzz`` feeds every reader arbitrary bytes; these tests build inputs that get
past the first parsing step (a header row, a WARC version line, a page skeleton) and then
break, so the deeper code paths are exercised too. Every input must end as documents or
rejections, never an exception, and a rejection must carry a known reason.
"""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract import extract
from eventwire.extract.html_join import join_modes
from eventwire.extract.split_body import add_split_parts
from eventwire.ingest import FieldMap, read_paths
from eventwire.ingest.csvfile import read_csv
from eventwire.ingest.files import ReadSettings, read_stdin
from eventwire.ingest.warc import read_warc
from eventwire.reasons import REASONS
from eventwire.records import Article, RawDocument, Rejection

FAST = settings(max_examples=50, deadline=None)
CELLS = st.text(alphabet=st.sampled_from('ab ,"\n\r\x00é\\;'), max_size=30)


def _known(item: object) -> bool:
    if isinstance(item, RawDocument):
        return True
    return isinstance(item, Rejection) and item.reason.split(":")[0] in REASONS


@FAST
@given(
    st.lists(st.sampled_from(["text", "url", "published", "title", "", "text"]), max_size=5),
    st.lists(st.lists(CELLS, max_size=6), max_size=8),
    st.booleans(),
)
def test_csv_rows_with_quotes_nuls_and_ragged_columns(
    header: list[str], rows: list[list[str]], gz: bool
) -> None:
    lines = [",".join(header)] + [",".join(row) for row in rows]
    data = "\n".join(lines).encode("utf-8")
    with TemporaryDirectory() as folder:
        path = Path(folder) / ("rows.csv.gz" if gz else "rows.csv")
        path.write_bytes(gzip.compress(data) if gz else data)
        items = list(read_csv(path, FieldMap(), None, max_bytes=64))
    assert all(_known(i) for i in items)


WARC_TYPES = st.sampled_from([b"response", b"request", b"metadata", b"resource", b"", b"\x00"])
WARC_LENGTHS = st.sampled_from([b"0", b"12", b"99999", b"-1", b"x", b""])


@st.composite
def _warc_record(draw: st.DrawFn) -> bytes:
    body = draw(st.binary(max_size=120))
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    length = draw(WARC_LENGTHS) if draw(st.booleans()) else str(len(http)).encode()
    head = (
        b"WARC/1.0\r\nWARC-Type: " + draw(WARC_TYPES) + b"\r\n"
        b"WARC-Target-URI: "
        + draw(st.sampled_from([b"https://example.org/a", b"", b"::"]))
        + b"\r\nWARC-Date: "
        + draw(st.sampled_from([b"2024-10-07T09:00:00Z", b"yesterday"]))
        + b"\r\nContent-Type: application/http; msgtype=response\r\n"
        b"Content-Length: " + length + b"\r\n\r\n"
    )
    return head + http + b"\r\n\r\n"


@FAST
@given(st.lists(_warc_record(), min_size=1, max_size=4), st.integers(0, 80), st.booleans())
def test_warc_record_sequences_broken_and_truncated(
    records: list[bytes], cut: int, gz: bool
) -> None:
    data = b"".join(gzip.compress(r) for r in records) if gz else b"".join(records)
    data = data[: max(len(data) - cut, 0)]
    with TemporaryDirectory() as folder:
        path = Path(folder) / ("a.warc.gz" if gz else "a.warc")
        path.write_bytes(data)
        items = list(read_warc(path, None, max_bytes=100))
    assert items and all(_known(i) for i in items)
    for item in items:
        if isinstance(item, RawDocument):
            assert item.content_type == "text/html" and len(item.content) <= 100


class _FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@FAST
@given(
    st.one_of(
        st.binary(max_size=400),
        st.lists(st.sampled_from([b'{"text": "a b c"}', b"{", b'{"text": 5}', b"\x00"])).map(
            b"\n".join
        ),
    )
)
def test_stdin_takes_arbitrary_bytes(data: bytes) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stdin", _FakeStdin(data))
        items = list(read_stdin(ReadSettings(fields=FieldMap(), max_bytes=300)))
    assert items and all(_known(i) for i in items)


PARAGRAPH = (
    "The harbour authority said on Monday that the northern pier would stay closed for repairs "
    "until the end of the month after a storm damaged its supports."
)
PAGE = (
    "<html><head><title>Pier closed</title></head><body><nav><a href='/'>Home</a></nav>"
    f'<div class="body"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>'
    '<div class="ad">Advertisement</div>'
    f'<div class="body"><p>{PARAGRAPH}</p></div><footer>© Example</footer></body></html>'
)


@FAST
@given(
    st.integers(0, len(PAGE)),
    st.integers(0, len(PAGE)),
    st.text(alphabet=st.sampled_from('<>/"= \x00pdiv&;é'), max_size=40),
)
def test_html_pages_cut_and_spliced_end_as_article_or_rejection(
    cut: int, at: int, junk: str
) -> None:
    page = PAGE[:at] + junk + PAGE[at:cut] if at <= cut else PAGE[:cut] + junk
    for content in (page, page.encode("utf-8", "surrogatepass")):
        result = extract(RawDocument(uri="p", content=content, content_type="text/html"))
        assert isinstance(result, Article | Rejection)
        if isinstance(result, Rejection):
            assert _known(result)
    assert isinstance(add_split_parts(page, f"{PARAGRAPH}\n{PARAGRAPH}"), str)


@FAST
@given(st.text(max_size=300), st.text(max_size=300))
def test_joining_extractions_keeps_only_their_lines(precise: str, wide: str) -> None:
    joined = join_modes(precise, wide)
    known = {" ".join(line.split()) for line in f"{precise}\n{wide}".split("\n")}
    assert all(line in known for line in joined.split("\n") if line)


@FAST
@given(st.binary(max_size=600))
def test_gzip_html_and_text_files_take_arbitrary_bytes(payload: bytes) -> None:
    with TemporaryDirectory() as folder:
        for name in ("p.html.gz", "p.htm", "notes.txt.gz", "dump.jsonl.gz"):
            path = Path(folder) / name
            path.write_bytes(gzip.compress(payload) if name.endswith(".gz") else payload)
            items = list(read_paths([path]))
            assert items and all(_known(i) for i in items)
