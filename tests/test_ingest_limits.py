"""Bounded memory: oversized inputs of every kind end as ``too-large`` rejections, read
no further than the limit, and the documents around them still come through."""

from __future__ import annotations

import gzip
import io
import sys
import tracemalloc
from pathlib import Path

import pytest

from eventwire.ingest import read_paths
from eventwire.records import RawDocument, Rejection

LIMIT = 100_000
BIG = 100_000_000  # a 100 MB single line


def _sparse_file(path: Path, head: bytes, size: int) -> None:
    """A file of ``size`` bytes that starts with ``head`` and costs no disk (sparse)."""
    with path.open("wb") as out:
        out.write(head)
        out.truncate(size)


def _reasons(items: list[RawDocument | Rejection]) -> list[str]:
    return [i.reason if isinstance(i, Rejection) else "doc" for i in items]


def test_huge_single_line_text_file_is_rejected_by_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    _sparse_file(path, b"A" * 1000, BIG)
    tracemalloc.start()
    items = list(read_paths([path]))  # default limit: 20 MB
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert _reasons(items) == ["too-large"]
    assert "100,000,000 bytes" in items[0].detail  # type: ignore[union-attr]
    assert peak < 5_000_000


def test_huge_jsonl_line_is_skipped_not_held(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    with path.open("wb") as out:
        out.write(b'{"text": "first document"}\n{"text": "')
        out.write(b"x" * (3 * LIMIT))
        out.write(b'"}\n{"text": "last document"}\n')
    tracemalloc.start()
    items = list(read_paths([path], max_bytes=LIMIT))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert _reasons(items) == ["doc", "too-large", "doc"]
    assert items[1].uri.endswith("#L2")
    assert peak < 3 * LIMIT


def test_huge_csv_field_and_line(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    big = "y" * (3 * LIMIT)
    path.write_text(f'text,url\nfirst row,u1\n"{big}",u2\nlast row,u3\n')
    items = list(read_paths([path], max_bytes=LIMIT))
    assert _reasons(items) == ["doc", "too-large", "doc"]
    assert [d.url for d in items if isinstance(d, RawDocument)] == ["u1", "u3"]


def test_gzip_bomb_stops_at_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"z" * (5 * LIMIT)))
    assert _reasons(list(read_paths([path], max_bytes=LIMIT))) == ["too-large"]


def test_oversized_warc_record(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
    from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

    path = tmp_path / "big.warc.gz"
    headers = [("Content-Type", "text/html")]
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n, size in enumerate((200, 3 * LIMIT, 300)):
            body = b"<html><body><p>" + b"w" * size + b"</p></body></html>"
            writer.write_record(
                writer.create_warc_record(
                    f"https://example.org/{n}",
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1"),
                )
            )
    assert _reasons(list(read_paths([path], max_bytes=LIMIT))) == ["doc", "too-large", "doc"]


def test_oversized_feed_and_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    feed = tmp_path / "big.rss"
    _sparse_file(feed, b"<rss>", 2 * LIMIT)
    assert _reasons(list(read_paths([feed], max_bytes=LIMIT))) == ["too-large"]
    stream = io.TextIOWrapper(io.BytesIO(b"q" * (2 * LIMIT)))
    monkeypatch.setattr(sys, "stdin", stream)
    assert _reasons(list(read_paths(["-"], max_bytes=LIMIT))) == ["too-large"]
