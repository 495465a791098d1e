"""WARC and ARC archives as crawlers write them: per-record or single-stream gzip, ARC
headers, rejections in words about archives, and warcio's warnings kept to one line."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from eventwire.ingest import read_paths
from eventwire.records import RawDocument, Rejection

PAGES = (
    ("https://example.org/a", b"<p>Delegates met in the old city hall on Tuesday and agreed to "
     b"hold a second round of talks next month.</p>"),
    ("https://example.org/b", b"<p>Farmers blocked the ring road with tractors on Wednesday to "
     b"protest against the new fuel tax.</p>"),
)  # fmt: skip


def _warc(gzip_records: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
    from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip_records)
    for url, body in PAGES:
        html = b"<html><body>" + body + b"</body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(html),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-05-09T12:00:00Z"},
            )
        )
    return out.getvalue()


def _docs(path: Path) -> list[RawDocument]:
    items = list(read_paths([path]))
    assert all(isinstance(i, RawDocument) for i in items), items
    return [i for i in items if isinstance(i, RawDocument)]


def test_per_record_and_single_stream_gzip_read_the_same(tmp_path: Path) -> None:
    chunked = tmp_path / "chunked.warc.gz"
    chunked.write_bytes(_warc(gzip_records=True))
    single = tmp_path / "single.warc.gz"
    single.write_bytes(gzip.compress(_warc(gzip_records=False)))  # one gzip stream
    plain = tmp_path / "plain.warc"
    plain.write_bytes(_warc(gzip_records=False))
    wanted = [url for url, _ in PAGES]
    for path in (chunked, single, plain):
        docs = _docs(path)
        assert [d.url for d in docs] == wanted, path.name
        assert b"second round" in bytes(docs[0].content)  # type: ignore[arg-type]


def _arc() -> bytes:
    records = []
    for number, (url, body) in enumerate(PAGES):
        http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>" + body
        stamp = b"2024051%d083000" % number
        records.append(b"%s 127.0.0.1 %s text/html %d\n" % (url.encode(), stamp, len(http)))
        records.append(http + b"\n")
    version = b"1 0 Example Archive\nURL IP-address Archive-date Content-type Archive-length\n"
    head = b"filedesc://crawl.arc 127.0.0.1 20240510083000 text/plain %d\n" % len(version)
    return head + version + b"\n" + b"".join(records)


@pytest.mark.parametrize("gz", [False, True])
def test_arc_records_keep_their_url_and_date(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.arc.gz" if gz else "crawl.arc")
    path.write_bytes(gzip.compress(_arc()) if gz else _arc())
    docs = _docs(path)
    assert [d.url for d in docs] == [url for url, _ in PAGES]
    assert [d.published for d in docs] == ["2024-05-10T08:30:00Z", "2024-05-11T08:30:00Z"]
    assert docs[0].source == "example.org"


def test_archive_rejections_speak_of_archives(tmp_path: Path) -> None:
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "requests.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        payload = io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        writer.write_record(writer.create_warc_record("https://example.org/", "request", payload))
    (rejection,) = list(read_paths([path]))
    assert isinstance(rejection, Rejection) and rejection.reason == "bad-record"
    assert "JSONL, CSV or feed" not in rejection.detail
    assert "archive" in rejection.detail and "1 request" in rejection.detail


def test_warcio_warnings_are_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A record whose Content-Length is too short makes warcio warn over several lines;
    the warning comes out as one line naming the file, and the pages are still read."""
    data = _warc(gzip_records=False)
    first = data.index(b"Content-Length: ", data.index(b"WARC-Type: response"))
    end = data.index(b"\r\n", first)
    length = int(data[first + len(b"Content-Length: ") : end])
    broken = data[:first] + b"Content-Length: %d" % (length - 10) + data[end:]
    path = tmp_path / "short.warc"
    path.write_bytes(broken)
    list(read_paths([path]))
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines, "warcio warned about nothing"
    assert all(line.startswith(f"warning: {path}: ") for line in lines), err
