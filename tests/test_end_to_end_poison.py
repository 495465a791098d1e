"""One poison document costs one rejection, never the run: in process, in a pool of
workers, through ``eventwire code`` and ``POST /api/code``.

Two kinds of poison: dates at the calendar's edges (which once raised in the date
arithmetic), and a stage that raises on one document (a stand-in for any bug, patched in).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import eventwire.pipeline
import eventwire.stages
from eventwire.api import create_app
from eventwire.cli import main as cli_main
from eventwire.ingest import read_paths
from eventwire.records import CodedArticle, Rejection
from eventwire.runners.local import run
from eventwire.runners.pool import code_in_pool
from eventwire.store import Store

BODY = (
    "The foreign minister met the visiting ambassador on Tuesday to discuss the border "
    "agreement. Officials said the talks would resume next week, and that a delegation "
    "had arrived yesterday; a summit was planned for last year but never held."
)
POISON_WORD = "Zebulon"


def edge_inputs(folder: Path) -> Path:
    """Three documents dated at the calendar's edges, and a plain one after them."""
    folder.mkdir()
    records = [
        {"url": "https://example.org/late", "published": "9999-12-31", "text": BODY},
        {"url": "https://example.org/early", "published": "0001-01-01", "text": "So. " + BODY},
    ]
    (folder / "edges.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    (folder / "dateline.txt").write_text(f"LISBON, Dec. 31, 9999 -- {BODY}\n")
    (folder / "plain.txt").write_text(f"The president arrived in Rome. {BODY}\n")
    return folder


def test_calendar_edge_dates_are_coded_by_a_run(tmp_path: Path) -> None:
    report = run([edge_inputs(tmp_path / "in")], tmp_path / "s.duckdb", progress=None)
    assert (report.coded, report.rejected) == (4, 0)
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        published = sorted(str(store.get(d).article.published) for d in store.doc_ids())  # type: ignore[union-attr]
    assert published == ["0001-01-01", "9999-12-31", "9999-12-31", "None"]


@pytest.fixture
def poisoned(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the quote finder raise on any document that names ``POISON_WORD``."""
    real = eventwire.stages.find_quotes

    def find_quotes(doc, actors, *, text=None):  # type: ignore[no-untyped-def]
        if POISON_WORD in doc.text:
            raise RuntimeError("the quote finder tripped")
        return real(doc, actors, text=text)

    monkeypatch.setattr(eventwire.stages, "find_quotes", find_quotes)


def poison_inputs(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a-before.txt").write_text(f"The president arrived in Rome. {BODY}\n")
    (folder / "b-poison.txt").write_text(f"{POISON_WORD} Ortiz, the mayor, said so. {BODY}\n")
    (folder / "c-after.txt").write_text(f"The premier arrived in Oslo. {BODY}\n")
    return folder


def test_a_stage_failure_is_a_stored_rejection_and_the_run_goes_on(
    poisoned: None, tmp_path: Path
) -> None:
    report = run([poison_inputs(tmp_path / "in")], tmp_path / "s.duckdb", progress=None)
    assert (report.coded, report.rejected) == (2, 1)
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        (rejection,) = store.rejections()
    assert rejection["reason"] == "coder-error"
    assert rejection["uri"].endswith("b-poison.txt")
    assert "RuntimeError: the quote finder tripped" in rejection["detail"]


def test_a_stage_failure_in_a_pool_worker_is_that_documents_rejection(
    poisoned: None, tmp_path: Path
) -> None:
    documents = read_paths([str(poison_inputs(tmp_path / "in"))])
    # Forked workers inherit the patched stage (a fork server would load a clean one).
    coded = list(code_in_pool(documents, workers=2, chunk_size=1, start_method="fork"))
    kinds = [type(item).__name__ for item in coded]
    assert kinds == ["CodedArticle", "Rejection", "CodedArticle"]
    assert isinstance(coded[1], Rejection) and coded[1].reason == "coder-error"


def test_eventwire_code_reports_the_failure_and_codes_the_rest(
    poisoned: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = poison_inputs(tmp_path / "in")
    assert cli_main(["code", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2
    assert "b-poison.txt: coder-error" in err


def test_the_api_answers_422_with_the_reason(poisoned: None, tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "none.duckdb")) as client:
        edge = client.post("/api/code", json={"text": BODY, "published": "9999-12-31"})
        assert edge.status_code == 200 and "article" in edge.json()
        bad = client.post("/api/code", json={"text": f"{POISON_WORD} Ortiz said so. {BODY}"})
    assert bad.status_code == 422
    message = bad.json()["error"]["message"]
    assert message.startswith("coder-error: ") and "RuntimeError" in message


def test_a_failing_parse_batch_still_codes_its_other_documents(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from eventwire.records import RawDocument

    nlp = eventwire.pipeline.load()
    monkeypatch.setattr(nlp, "max_length", 400)  # the middle document is over it
    texts = [f"The president arrived in Rome. {BODY}", BODY * 3, f"The premier left. {BODY}"]
    documents = [RawDocument(uri=f"t{i}", content=t) for i, t in enumerate(texts)]
    coded = list(eventwire.pipeline.code_documents(documents, segment_chars=10_000))
    assert [type(c) for c in coded] == [CodedArticle, Rejection, CodedArticle]
    assert isinstance(coded[1], Rejection) and "E088" in coded[1].detail
