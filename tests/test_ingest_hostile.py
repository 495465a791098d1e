"""Hostile inputs to the readers: each ends as documents and recorded rejections, and
nothing after a bad record vanishes."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

from eventwire.ingest import read_paths
from eventwire.ingest.opening import bounded_lines
from eventwire.records import RawDocument, Rejection


def warc_record(number: int, place: bytes, length: int | None = None) -> bytes:
    page = (
        b"<html><body><p>"
        + b"The minister met the envoy in %s. " % place * 5
        + b"</p></body></html>"
    )
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    head = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%d>\r\n"
        b"WARC-Target-URI: https://example.org/%d\r\nWARC-Date: 2024-05-01T00:00:00Z\r\n"
        b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
    ) % (number, number, len(http) if length is None else length)
    return head + http + b"\r\n\r\n"


def outcomes(path: Path) -> list[str]:
    return [
        item.url or ""
        if isinstance(item, RawDocument)
        else f"{item.uri.rsplit('#')[-1]}:{item.reason}"
        for item in read_paths([path])
    ]


def test_a_truncated_warc_record_is_rejected_not_coded(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    path.write_bytes((warc_record(1, b"Rome") + warc_record(2, b"Oslo"))[:-60])
    assert outcomes(path) == ["https://example.org/1", "R2:bad-record"]
    (rejection,) = [i for i in read_paths([path]) if isinstance(i, Rejection)]
    assert "truncated" in rejection.detail


def test_a_huge_content_length_does_not_swallow_the_records_after_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.warc"
    records = warc_record(1, b"Rome") + warc_record(2, b"Oslo", 10**9) + warc_record(3, b"Lima")
    path.write_bytes(records)
    assert outcomes(path) == ["https://example.org/1", "R2:bad-record", "https://example.org/3"]


def test_an_oversized_multiline_csv_field_is_one_rejection(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    line = "The minister met the envoy, and they talked at length about the deal.\n"
    huge = line * 3000  # about 210 kB over 3 000 lines, past the 128 kB field limit
    text = (
        "url,text\n"
        'https://example.org/1,"The minister met the envoy in Rome."\n'
        f'https://example.org/2,"{huge}"\n'
        'https://example.org/3,"The premier met the envoy in Oslo."\n'
    )
    path.write_text(text)
    found = [
        item.url if isinstance(item, RawDocument) else item.reason
        for item in read_paths([path], max_bytes=100_000)
    ]
    assert found == ["https://example.org/1", "too-large", "https://example.org/3"]


def test_a_newline_bomb_in_gzipped_jsonl_is_skipped_at_reading_speed(tmp_path: Path) -> None:
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(b'{"url": "https://example.org/1", "text": "The envoy met the minister."}\n')
        for _ in range(20):
            handle.write(b"\n" * 1_000_000)
        handle.write(b'{"url": "https://example.org/2", "text": "The premier met the envoy."}\n')
    started = time.perf_counter()
    found = [item.uri.rsplit("#", 1)[1] for item in read_paths([path])]
    seconds = time.perf_counter() - started
    assert found == ["L1", "L20000002"]  # the numbers count every blank line
    assert seconds < 15  # a line at a time took about 40 s; in blocks, under a second
    with gzip.open(path, "rb") as handle:
        pieces = sum(1 for _ in bounded_lines(handle, 1000, join_blank=True))  # type: ignore[arg-type]
    assert pieces < 400  # 20 million blank lines in blocks of 64 kB


def test_rerunning_inputs_that_share_a_url_codes_nothing(tmp_path: Path) -> None:
    from eventwire.runners.local import run
    from eventwire.store import Store

    path = tmp_path / "versions.jsonl"
    records = [
        {"url": "https://example.org/story", "text": f"The minister met the envoy in {place}."}
        for place in ("Rome", "Oslo", "Lima")
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    first = run([path], tmp_path / "s.duckdb", progress=None)
    assert first.coded == 3
    again = run([path], tmp_path / "s.duckdb", progress=None)
    assert (again.coded, again.skipped) == (0, 3)
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        (doc_id,) = store.doc_ids()
        coded = store.get(doc_id)
        superseded = [r for r in store.rejections() if r["reason"] == "superseded"]
    assert coded is not None and "Lima" in coded.article.text  # the last version stands
    assert len(superseded) == 2
