"""The Ray engine reads a big JSON Lines file in ranges of whole lines, each on its own,
and the ranges give exactly the documents and rejections of a read of the whole file.

No Ray needed: planning and reading are plain functions.
"""

from __future__ import annotations

import gzip
import itertools
import json
import random
from pathlib import Path
from typing import Any

import pytest

from eventwire.ingest import FieldMap, read_paths
from eventwire.ingest.jsonl import read_jsonl, read_jsonl_range
from eventwire.ingest.opening import line_ranges
from eventwire.runners.ray_runner import WHOLE, input_parts, read_rows
from eventwire.serialize import to_json
from eventwire.settings import get_settings

LIMIT = 200  # the line-size limit of the reader-level tests


def _record(number: int) -> bytes:
    return json.dumps({"text": f"Story {number}: talks went on. " * (number % 5 + 1)}).encode()


def _mixed_lines(long_line: bytes) -> list[bytes]:
    """Every kind of line a reader meets; the last one has no newline."""
    return [
        _record(1) + b"\n",
        b"\n",  # blank: no document, but it keeps its number
        _record(2) + b"\r\n",
        b"   \t\n",  # whitespace only
        b"{not json\n",
        b"[1, 2]\n",  # JSON, not an object
        b'{"title": "no text"}\n',
        long_line + b"\n",
        *(_record(n) + b"\n" for n in range(3, 12)),
        _record(12),
    ]


def _write(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"".join(lines))
    return path


def _records(items: Any) -> list[str]:
    return [to_json(item) for item in items]


@pytest.mark.parametrize("part_bytes", [1, 7, 64, 300, 100_000])
def test_ranges_cover_the_file_and_start_after_newlines(tmp_path: Path, part_bytes: int) -> None:
    path = _write(tmp_path / "a.jsonl", _mixed_lines(b"x" * 500))
    data = path.read_bytes()
    ranges = line_ranges(path, part_bytes)
    assert ranges[0].start == 0 and ranges[-1].stop == len(data)
    for before, after in itertools.pairwise(ranges):
        assert before.stop == after.start and data[after.start - 1 : after.start] == b"\n"
    for part in ranges:
        assert part.start < part.stop
        assert part.line == data[: part.start].count(b"\n") + 1
    for part in ranges[:-1]:  # each ends at the first line end once it holds part_bytes
        assert part.stop - 1 == data.index(b"\n", part.start + part_bytes - 1)
    if part_bytes >= len(data):
        assert len(ranges) == 1
    if part_bytes == 1:
        assert len(ranges) == data.count(b"\n") + 1  # one range per line


def test_an_empty_file_has_no_range(tmp_path: Path) -> None:
    assert line_ranges(_write(tmp_path / "e.jsonl", []), 10) == []


@pytest.mark.parametrize("part_bytes", [1, 7, 64, 300, 100_000])
def test_ranges_read_like_the_whole_file(tmp_path: Path, part_bytes: int) -> None:
    path = _write(tmp_path / "a.jsonl", _mixed_lines(b'{"text": "' + b"y" * 500 + b'"}'))
    fields = FieldMap()
    whole = _records(read_jsonl(path, fields, "2020-01-02", LIMIT))
    parts = [
        to_json(item)
        for lines in line_ranges(path, part_bytes)
        for item in read_jsonl_range(path, lines, fields, "2020-01-02", LIMIT)
    ]
    assert parts == whole
    reasons = [json.loads(r).get("reason") for r in whole]
    assert reasons.count("bad-record") == 3 and reasons.count("too-large") == 1
    assert json.loads(whole[-1])["uri"] == f"{path}#L{len(_mixed_lines(b''))}"


def _parts_rows(files: list[str], part_bytes: int) -> list[dict[str, Any]]:
    """What the Ray reading stage produces, its parts done in any order."""
    parts = input_parts(files, part_bytes)
    random.Random(7).shuffle(parts)
    return [row for part in parts for row in read_rows(part, published="2020-01-02")]


def _loaded_order(rows: list[dict[str, Any]]) -> list[str]:
    """The records in the order ``eventwire load`` writes them: file, then position."""
    keys = [(row["file"], row["position"]) for row in rows]
    assert len(set(keys)) == len(keys)
    return [row["record"] for row in sorted(rows, key=lambda row: (row["file"], row["position"]))]


def test_rows_of_all_parts_equal_a_local_read_of_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = _mixed_lines(b"")
    with path.open("wb") as out:  # one line over the default limit, stored sparse
        out.writelines(lines[:7])
        out.write(b'{"text": "')
        out.seek(get_settings().max_bytes + 100, 1)
        out.write(b'"}\n')
        out.writelines(lines[8:])
    other = _write(tmp_path / "small.jsonl", [_record(40) + b"\n"])
    files = [str(path), str(other)]
    assert len(input_parts(files, 64)) > 5  # the big file in many ranges, the small one whole
    rows = _parts_rows(files, 64)
    assert _loaded_order(rows) == _records(read_paths(files, published="2020-01-02"))
    reasons = [json.loads(r).get("reason") for r in _loaded_order(rows)]
    assert reasons.count("too-large") == 1 and reasons.count("bad-record") == 3


def test_gzipped_and_other_kinds_stay_whole(tmp_path: Path) -> None:
    data = b"".join(_mixed_lines(b"z"))
    gz = tmp_path / "dump.jsonl.gz"
    gz.write_bytes(gzip.compress(data))
    csv = _write(tmp_path / "table.csv", [b"text\n", *(b"row %d\n" % n for n in range(50))])
    txt = _write(tmp_path / "notes.txt", [data])
    files = [str(gz), str(csv), str(txt)]
    parts = input_parts(files, 16)
    assert [(p["file"], p["start"], p["stop"], p["line"]) for p in parts] == [
        (0, 0, WHOLE, 1),
        (1, 0, WHOLE, 1),
        (2, 0, WHOLE, 1),
    ]
    assert _loaded_order(_parts_rows(files, 16)) == _records(
        read_paths(files, published="2020-01-02")
    )


def test_a_blank_file_in_ranges_is_one_empty_rejection(tmp_path: Path) -> None:
    blank = _write(tmp_path / "blank.jsonl", [b"\n", b"  \n"] * 40)
    assert len(input_parts([str(blank)], 8)) > 1
    rows = _parts_rows([str(blank)], 8)
    assert _loaded_order(rows) == _records(read_paths([blank], published="2020-01-02"))
    assert [json.loads(row["record"])["reason"] for row in rows] == ["empty"]


def test_a_document_after_blank_ranges_is_no_empty_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "late.jsonl", [b"\n"] * 50 + [_record(1) + b"\n"])
    rows = _parts_rows([str(path)], 8)
    assert _loaded_order(rows) == _records(read_paths([path], published="2020-01-02"))
    assert [json.loads(row["record"])["uri"] for row in rows] == [f"{path}#L51"]


def test_a_file_that_cannot_be_planned_is_rejected_like_a_local_run(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.jsonl")
    assert input_parts([missing], 8) == [
        {"file": 0, "path": missing, "start": 0, "stop": WHOLE, "line": 1}
    ]
    rows = _parts_rows([missing], 8)
    assert _loaded_order(rows) == _records(read_paths([missing], published="2020-01-02"))
