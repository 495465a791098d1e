"""File names that are not valid UTF-8 are stored bytes-escaped, losslessly, and coded."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.ingest.names import lossless_name, name_bytes
from eventwire.runners.local import run
from eventwire.store import Store

BODY = b"The foreign minister met the visiting ambassador in Rome to discuss the new treaty.\n"


@given(st.binary(min_size=1, max_size=40).filter(lambda b: b"/" not in b and b"\0" not in b))
def test_escaping_is_lossless_for_names_that_are_not_utf8(raw: bytes) -> None:
    name = os.fsdecode(raw)
    escaped = lossless_name(name)
    escaped.encode("utf-8")  # valid text: never raises
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        assert name_bytes(escaped) == raw
    else:
        assert escaped == name


@pytest.mark.skipif(os.name != "posix", reason="file names are bytes on POSIX only")
def test_a_file_with_a_latin1_name_is_coded_and_its_name_kept(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    try:
        (Path(os.fsdecode(bytes(folder) + b"/caf\xe9-r\xe9sum\xe9.txt"))).write_bytes(BODY)
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    report = run([folder], tmp_path / "s.duckdb", progress=None)
    assert (report.coded, report.rejected) == (1, 0)
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        (doc_id,) = store.doc_ids()
        coded = store.get(doc_id)
    assert coded is not None
    assert coded.article.uri.endswith("caf\\xe9-r\\xe9sum\\xe9.txt")
    assert name_bytes(coded.article.uri) == bytes(folder) + b"/caf\xe9-r\xe9sum\xe9.txt"
    again = run([folder], tmp_path / "s.duckdb", progress=None)
    assert (again.coded, again.skipped) == (0, 1)
