"""Progress: counted inputs, log lines with rate and time left, a bar on a terminal."""

from __future__ import annotations

import io
import json
from pathlib import Path

from eventwire.runners.progress import Progress, count_documents


def test_counts_single_document_files_and_jsonl_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>two</p>", encoding="utf-8")
    lines = [json.dumps({"text": f"doc {i}"}) for i in range(5)]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("skipped", encoding="utf-8")
    assert count_documents([tmp_path]) == 7
    assert count_documents([tmp_path / "c.jsonl", tmp_path / "a.txt"]) == 6


def test_unknown_size_for_archives_and_feeds(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / "crawl.warc.gz").write_bytes(b"")
    assert count_documents([tmp_path]) is None


def test_log_lines_carry_rate_and_time_left() -> None:
    out = io.StringIO()
    meter = Progress(out, total=10, every=0.0)
    meter.update(4)
    assert meter.done == 4
    line = out.getvalue().strip().splitlines()[-1]
    assert line.startswith("4/10 documents (40%), ")
    assert "/s, about " in line and line.endswith(" left")


def test_log_lines_without_a_known_size() -> None:
    out = io.StringIO()
    meter = Progress(out, every=0.0)
    meter.update(3)
    assert out.getvalue().strip().startswith("3 documents, ")
    assert "left" not in out.getvalue()


def test_quiet_between_log_intervals_and_when_silent() -> None:
    out = io.StringIO()
    meter = Progress(out, every=3600.0)
    meter.update(100)
    assert out.getvalue() == ""
    Progress(None, every=0.0).update(5)  # no stream: nothing to write, no error


def test_a_terminal_gets_a_bar() -> None:
    out = io.StringIO()
    with Progress(out, total=20, tty=True) as meter:
        meter.update(20)
    drawn = out.getvalue()
    assert "20/20" in drawn and "doc/s" in drawn
