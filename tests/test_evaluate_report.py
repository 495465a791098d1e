from __future__ import annotations

import json
from pathlib import Path

from eventwire.evaluate import (
    GoldRecord,
    evaluate_files,
    format_table,
    parse_record,
    report_json,
    score,
)
from eventwire.records import Actor, Article, CodedArticle, Event, Rejection, Span

TEXT = "Gantz met Esper in Washington. Donate now!"
BODY_END = TEXT.index(" Donate")
NOWHERE = Span(0, 0)
GOLD = {
    "id": "small-1",
    "text": TEXT,
    "body_end": BODY_END,
    "events": [
        {"type": "CONSULT", "source": {"country": "ISR"}, "target": {"country": "USA"}},
        {"type": "REQUEST", "source": {"country": "ISR"}, "target": {"country": "USA"}},
        {"type": "ASSAULT", "source": {"country": "PSE"}, "target": {"country": "ISR"}},
    ],
    "actors": [{"name": "Mark Esper", "country": "USA", "sector": "MIL"}],
    "places": [{"name": "Washington", "country": "USA"}],
    "quotes": [],
}


def _state(code: str) -> Actor:
    return Actor(name=code, kind="state", country=code)


def _event(etype: str, source: str, target: str) -> Event:
    return Event(etype, NOWHERE, NOWHERE, source=_state(source), target=_state(target))


def _coder(record: GoldRecord) -> CodedArticle | Rejection:
    if record.id != "small-1":
        return Rejection(record.id, "empty", "nothing to code")
    article = Article("d", record.id, record.text, kept=(Span(0, BODY_END + 8),))
    events = (
        _event("CONSULT", "ISR", "USA"),
        _event("ACCUSE", "ISR", "USA"),
        _event("SANCTION", "USA", "IRN"),
    )
    actors = (Actor("Mark Esper", "person", "USA", "GOV"),)
    return CodedArticle(article, actors=actors, events=events)


def _write_gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold_small.jsonl"
    other = {"id": "small-2", "text": "Nothing.", "events": []}
    path.write_text("\n".join(json.dumps(r) for r in (GOLD, other)) + "\n", encoding="utf-8")
    return path


def test_json_line_has_the_format_md_shape(tmp_path: Path) -> None:
    report = evaluate_files([_write_gold(tmp_path)], _coder)
    line = report_json(report)
    assert "\n" not in line
    obj = json.loads(line)
    assert list(obj) == [
        "records",
        "events",
        "events_lenient",
        "events_strict",
        "actors",
        "places",
        "quotes",
        "boilerplate",
    ]
    assert obj["records"] == 2
    assert obj["events"] == {"p": 0.3333, "r": 0.3333, "f1": 0.3333, "tp": 1, "fp": 2, "fn": 2}
    assert obj["actors"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 1, "fn": 1}
    assert obj["places"]["fn"] == 1 and obj["quotes"]["tp"] == 0
    body = obj["boilerplate"]
    assert list(body) == ["p", "r", "f1"]
    assert body["r"] == 1.0 and body["p"] == round(BODY_END / (BODY_END + 8), 4)
    assert report.rejected == 1


def test_tasks_nobody_annotates_are_left_out_of_the_json() -> None:
    record = parse_record({"id": "x", "text": "t", "places": []})
    obj = json.loads(report_json(score([(record, Rejection("x", "empty", "-"))])))
    assert obj == {
        "records": 1,
        "places": {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 0},
    }


def test_evaluate_files_limits_tasks(tmp_path: Path) -> None:
    report = evaluate_files([_write_gold(tmp_path)], _coder, tasks={"events", "boilerplate"})
    assert list(json.loads(report_json(report))) == ["records", "events", "boilerplate"]


def test_table_shows_scores_fields_confusion_sectors_and_errors(tmp_path: Path) -> None:
    table = format_table(evaluate_files([_write_gold(tmp_path)], _coder))
    lines = table.splitlines()
    assert lines[0] == "2 records scored (1 rejected by the coder)"
    scores = lines[lines.index("Scores") : lines.index("Per-field breakdown")]
    (events_row,) = [ln for ln in scores if ln.split()[:1] == ["events"]]
    assert events_row.split() == ["events", "0.333", "0.333", "0.333", "1", "2", "2"]
    assert "boilerplate (chars)" in table
    assert "Per-field breakdown" in table
    assert "events matched on type only  target country      1      0  100.0%" in table
    assert "actors matched on name       sector              1      1    0.0%" in table
    confusion = lines.index(next(ln for ln in lines if ln.startswith("Event types")))
    header = lines[confusion + 1].split()
    assert header == ["gold\\pred", "ACCU", "CONS", "SANC", "-"]
    request_row = next(ln for ln in lines[confusion:] if ln.split()[:1] == ["REQUEST"])
    assert request_row.split() == ["REQUEST", "1", ".", ".", "."]
    assert "Actors by sector" in table
    errors = lines[lines.index("Most frequent errors (top 5)") + 1 :]
    assert [e.split(None, 1)[1] for e in errors] == [
        "FP event: type SANCTION",
        "actor sector wrong: MIL->GOV",
        "event type wrong: REQUEST->ACCUSE",
        "missed event: type ASSAULT",
        "missed place",
    ]
