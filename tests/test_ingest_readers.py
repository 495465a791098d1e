"""Readers on real files: text, HTML, JSONL, CSV, WARC, RSS, Atom, folders and stdin."""

from __future__ import annotations

import gzip
import io
import shutil
import sys
from pathlib import Path

import pytest

from eventwire.ingest import read_paths
from eventwire.records import RawDocument, Rejection

DATA = Path(__file__).parent / "data" / "ingest"


def _docs(items: list[RawDocument | Rejection]) -> list[RawDocument]:
    return [d for d in items if isinstance(d, RawDocument)]


def test_text_file_is_plain_bytes_with_published_hint() -> None:
    (doc,) = list(read_paths([DATA / "story.txt"], published="2024-05-06"))
    assert isinstance(doc, RawDocument)
    assert doc.content_type == "text/plain"
    assert isinstance(doc.content, bytes) and doc.content.startswith(b"GENEVA")
    assert doc.published == "2024-05-06"
    assert doc.uri == str(DATA / "story.txt")


def test_html_file_is_html() -> None:
    (doc,) = list(read_paths([DATA / "page.html"]))
    assert isinstance(doc, RawDocument) and doc.content_type == "text/html"


def test_jsonl_lines_and_bad_lines() -> None:
    items = list(read_paths([DATA / "docs.jsonl"], published="2000-01-01"))
    assert len(items) == 4
    first, second, bad, empty = items
    assert isinstance(first, RawDocument) and first.uri.endswith("docs.jsonl#L1")
    assert first.url == "https://example.org/a" and first.published == "2024-03-01"
    assert first.source == "Example Wire" and first.title == "President visits"
    assert isinstance(second, RawDocument) and second.content_type == "text/html"
    assert second.published == "2000-01-01"  # the hint fills in a missing date
    assert isinstance(bad, Rejection) and bad.reason == "bad-record" and bad.uri.endswith("#L3")
    assert isinstance(empty, Rejection) and empty.reason == "bad-record"


def test_jsonl_custom_fields(tmp_path: Path) -> None:
    path = tmp_path / "custom.ndjson"
    path.write_text('{"body": "Some text here.", "link": "https://x.org", "when": "2021-02-03"}\n')
    (doc,) = list(read_paths([path], text_field="body", url_field="link", date_field="when"))
    assert isinstance(doc, RawDocument)
    assert (doc.content, doc.url, doc.published) == (
        "Some text here.",
        "https://x.org",
        "2021-02-03",
    )


def test_gzipped_jsonl_and_truncated_gzip(tmp_path: Path) -> None:
    good = tmp_path / "a.jsonl.gz"
    payload = b"".join(b'{"text": "document number %d"}\n' % i for i in range(200))
    good.write_bytes(gzip.compress(payload))
    assert len(_docs(list(read_paths([good])))) == 200
    truncated = tmp_path / "b.jsonl.gz"
    truncated.write_bytes(gzip.compress(payload)[:-40])
    items = list(read_paths([truncated]))
    assert isinstance(items[-1], Rejection) and items[-1].reason in {"unreadable", "bad-record"}


def test_csv_rows() -> None:
    items = list(read_paths([DATA / "docs.csv"], published="2024-01-01"))
    docs = _docs(items)
    assert len(docs) == 2
    assert docs[0].url == "https://example.org/c" and docs[0].published == "2024-04-02"
    assert docs[1].published == "2024-01-01"
    assert docs[0].uri.endswith("docs.csv#L2")


def test_rss_and_atom_feeds() -> None:
    rss = _docs(list(read_paths([DATA / "feed.rss"])))
    assert [d.url for d in rss] == ["https://example.org/rss/1", "https://example.org/rss/2"]
    assert rss[0].published == "2024-05-07" and rss[0].title == "Talks resume"
    assert rss[0].source == "Example Wire" and rss[0].content_type == "text/html"
    assert "ceasefire" in str(rss[0].content)
    (atom,) = _docs(list(read_paths([DATA / "feed.atom"])))
    assert atom.url == "https://example.org/atom/1" and atom.published == "2024-05-08"
    assert "sanctions" in str(atom.content)


def test_json_feed_1_1() -> None:
    items = list(read_paths([DATA / "feed.json"], published="2000-01-01"))
    html, text, empty = items
    assert isinstance(html, RawDocument) and html.content_type == "text/html"
    assert html.uri == f"{DATA / 'feed.json'}#E1" and html.url == "https://example.org/json/1"
    assert html.source == "Example Radio" and html.title == "Ministers meet on water rights"
    assert html.published == "2024-06-14"  # 22:30 at UTC-4 is the next day in UTC
    assert "river's water" in str(html.content) and "further round" in str(html.content)
    assert isinstance(text, RawDocument) and text.content_type == "text/plain"
    assert text.url == "https://example.org/json/2" and text.published == "2024-06-14"
    assert str(text.content).startswith("Dock workers")
    assert isinstance(empty, Rejection) and empty.reason == "bad-record"
    assert empty.uri.endswith("#E3") and "no summary or content" in empty.detail


def test_json_feed_1_0_and_json_that_is_not_a_feed(tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    old.write_text(
        '{"version": "https://jsonfeed.org/version/1", "title": "Old Blog", "items": ['
        '{"id": "1", "url": "https://example.net/p/1", "summary": "Voters went to the polls '
        'in the capital on Sunday, and turnout was high.", "date_published": '
        '"2023-11-05T09:00:00Z"}]}'
    )
    (doc,) = list(read_paths([old]))
    assert isinstance(doc, RawDocument) and doc.source == "Old Blog"
    assert doc.published == "2023-11-05" and str(doc.content).startswith("Voters went")
    other = tmp_path / "settings.json"
    other.write_text('{"colour": "blue", "items": [1, 2]}')
    (rejected,) = list(read_paths([other]))
    assert isinstance(rejected, Rejection) and rejected.reason == "bad-record"
    assert "not a JSON Feed" in rejected.detail


def _write_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
    from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        html = b"<html><body><p>Hello from the archive, a page about talks.</p></body></html>"
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            "https://example.org/warc/1",
            "response",
            payload=io.BytesIO(html),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-05-09T12:00:00Z"},
        )
        writer.write_record(record)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        png = io.BytesIO(b"\x89PNG")
        writer.write_record(
            writer.create_warc_record(
                "https://example.org/logo.png", "response", payload=png, http_headers=image
            )
        )
        request = io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        writer.write_record(
            writer.create_warc_record("https://example.org/", "request", payload=request)
        )


def test_warc_keeps_html_responses_only(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path)
    items = list(read_paths([path]))
    (doc,) = _docs(items)
    assert doc.url == "https://example.org/warc/1" and doc.published == "2024-05-09T12:00:00Z"
    assert doc.content_type == "text/html" and b"Hello from the archive" in bytes(doc.content)  # type: ignore[arg-type]
    assert doc.source == "example.org"


def test_corrupt_warc_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"WARC/1.0\r\nthis is not really a warc\r\n\r\n")
    items = list(read_paths([path]))
    rejections = [i for i in items if isinstance(i, Rejection)]
    assert items and len(rejections) == len(items)
    assert rejections[-1].reason in {"unreadable", "bad-record"}


def test_directory_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b.txt").write_text("second")
    (tmp_path / "sub" / "a.txt").write_text("third")
    (tmp_path / "a.txt").write_text("first")
    (tmp_path / ".secret.txt").write_text("hidden")
    (tmp_path / ".hidden" / "c.txt").write_text("hidden")
    (tmp_path / "notes.md").write_text("markdown")
    docs = _docs(list(read_paths([tmp_path], pattern="*.txt")))
    assert [d.content for d in docs] == [b"first", b"second", b"third"]
    assert len(_docs(list(read_paths([tmp_path])))) == 4


def test_missing_path_is_unreadable(tmp_path: Path) -> None:
    (item,) = list(read_paths([tmp_path / "nope.txt"]))
    assert isinstance(item, Rejection) and item.reason == "unreadable"


def test_unknown_extension_passes_bytes(tmp_path: Path) -> None:
    path = tmp_path / "blob.bin"
    path.write_bytes(bytes(range(256)))
    (doc,) = list(read_paths([path]))
    assert isinstance(doc, RawDocument) and doc.content == bytes(range(256))


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"<html><body><p>Hi</p></body></html>"))
    monkeypatch.setattr(sys, "stdin", stream)
    (doc,) = list(read_paths(["-"]))
    assert isinstance(doc, RawDocument) and doc.uri == "-" and doc.content_type == "text/html"


def test_fixture_folder_reads_every_kind(tmp_path: Path) -> None:
    shutil.copytree(DATA, tmp_path / "in")
    items = list(read_paths([tmp_path / "in"]))
    kinds = {Path(d.uri.split("#")[0]).suffix for d in _docs(items)}
    assert kinds == {".atom", ".csv", ".gz", ".html", ".json", ".jsonl", ".rss", ".txt"}
