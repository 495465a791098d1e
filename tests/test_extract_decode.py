"""Text decoded by guessing says so: ``Article.decoded_as`` and a warning in the run's
summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.cli import main as cli_main
from eventwire.extract import extract
from eventwire.records import Article, RawDocument
from eventwire.runners.local import run
from eventwire.store import Store

STORY = "Le ministre a rencontré l'ambassadeur à Genève. The minister met the envoy in Zürich."


@pytest.mark.parametrize(
    ("content", "content_type", "expected"),
    [
        (STORY.encode("utf-8"), "text/plain", "utf-8"),
        (b"\xef\xbb\xbf" + STORY.encode("utf-8"), "text/plain", "bom:utf-8"),
        (
            b'<html><head><meta charset="ISO-8859-1"></head><body><p>'
            + STORY.encode("latin-1") * 3
            + b"</p></body></html>",
            "text/html",
            "declared:iso-8859-1",
        ),
    ],
)
def test_decoded_as_says_how_the_bytes_were_read(
    content: bytes, content_type: str, expected: str
) -> None:
    result = extract(
        RawDocument(uri="x", content=content, content_type=content_type),  # type: ignore[arg-type]
        languages=(),
    )
    assert isinstance(result, Article), result
    assert result.decoded_as == expected


def test_a_guessed_encoding_is_stored_and_counted_in_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    english = (
        "The foreign minister met the ambassador in Zürich on Tuesday; the café near the "
        "Genève station hosted the talks, officials said. "
    )
    (folder / "latin1.txt").write_bytes(english.encode("latin-1") * 3)
    (folder / "utf8.txt").write_bytes(english.replace("Tuesday", "Monday").encode("utf-8"))
    report = run([folder], tmp_path / "s.duckdb", progress=None)
    assert (report.coded, report.guessed) == (2, 1)
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        how = sorted(str(store.get(d).article.decoded_as) for d in store.doc_ids())  # type: ignore[union-attr]
    assert how[0].startswith("guessed:") and how[1] == "utf-8"
    db = tmp_path / "cli.duckdb"
    assert cli_main(["run", "--db", str(db), "--quiet", "--no-progress", str(folder)]) == 0
    assert "encoding of 1 article(s) was guessed" in capsys.readouterr().out
