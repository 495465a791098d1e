"""The fatalities and counts scorers: numbers on anchored event pairs, as the docstring of
``eventwire.evaluate.scoring`` gives the rule."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from eventwire.evaluate import GoldFormatError, parse_record, score
from eventwire.evaluate.report import report_json
from eventwire.records import Actor, Article, CodedArticle, Event, Span, Tally

TEXT = "Rebels raided a northern village. Police arrested 12 traders in the capital."
RAID, ARREST = Span(0, 33), Span(34, len(TEXT))
ROOT = Path(__file__).resolve().parents[1]


def _gold(*events: dict[str, object]) -> object:
    return parse_record({"id": "g", "text": TEXT, "events": list(events)})


def _gold_event(etype: str, evidence: str, **extra: object) -> dict[str, object]:
    return {"type": etype, "source": {"country": "AAA"}, "target": {"country": "BBB"},
            "evidence": evidence, **extra}  # fmt: skip


def _event(etype: str, sentence: Span, **tallies: Tally | None) -> Event:
    side = {"kind": "group", "name": "x"}
    return Event(
        type=etype, trigger=Span(sentence.start, sentence.start + 1), sentence=sentence,
        source=Actor(country="AAA", **side),  # type: ignore[arg-type]
        target=Actor(country="BBB", **side),  # type: ignore[arg-type]
        **tallies,  # type: ignore[arg-type]
    )  # fmt: skip


def _coded(*events: Event) -> CodedArticle:
    return CodedArticle(Article(doc_id="d", uri="u", text=TEXT), events=events)


def _tally(value: int | None) -> Tally:
    return Tally(value, str(value), Span(0, 1))


def test_the_same_number_is_a_true_positive_and_another_is_a_false_positive() -> None:
    gold = _gold(
        _gold_event("ASSAULT", "Rebels raided", fatalities=7),
        _gold_event("COERCE", "Police arrested", count=12),
    )
    right = _coded(
        _event("ASSAULT", RAID, fatalities=_tally(7)), _event("COERCE", ARREST, count=_tally(12))
    )
    wrong = _coded(
        _event("ASSAULT", RAID, fatalities=_tally(9)), _event("COERCE", ARREST, count=_tally(None))
    )
    ok = score([(gold, right)])  # type: ignore[list-item]
    assert (ok.tasks["fatalities"].tp, ok.tasks["fatalities"].fp) == (1, 0)
    assert (ok.tasks["counts"].tp, ok.tasks["counts"].fn) == (1, 0)
    bad = score([(gold, wrong)])  # type: ignore[list-item]
    assert dataclasses.astuple(bad.tasks["fatalities"]) == (0, 1, 1)  # type: ignore[arg-type]
    assert dataclasses.astuple(bad.tasks["counts"]) == (0, 1, 1)  # type: ignore[arg-type]


def test_a_toll_on_an_event_of_another_sentence_does_not_count() -> None:
    gold = _gold(_gold_event("ASSAULT", "Rebels raided", fatalities=0))
    elsewhere = _coded(_event("ASSAULT", ARREST, fatalities=_tally(0)))
    report = score([(gold, elsewhere)])  # type: ignore[list-item]
    assert dataclasses.astuple(report.tasks["fatalities"]) == (0, 0, 1)  # type: ignore[arg-type]


def test_a_missing_optional_event_is_no_miss_and_records_without_tolls_leave_the_task_out() -> None:
    optional = _gold(_gold_event("ASSAULT", "Rebels raided", fatalities=3, optional=True))
    report = score([(optional, _coded())])  # type: ignore[list-item]
    assert dataclasses.astuple(report.tasks["fatalities"]) == (0, 0, 0)  # type: ignore[arg-type]
    plain = _gold(_gold_event("ASSAULT", "Rebels raided"))
    line = json.loads(report_json(score([(plain, _coded())])))  # type: ignore[list-item]
    assert "fatalities" not in line and "counts" not in line and "events" in line


@pytest.mark.parametrize("bad", [-1, 2.5, "five", True])
def test_a_toll_must_be_a_whole_number(bad: object) -> None:
    with pytest.raises(GoldFormatError, match="fatalities"):
        _gold(_gold_event("ASSAULT", "Rebels raided", fatalities=bad))


def test_our_fatalities_gold_is_well_formed() -> None:
    lines = (ROOT / "benchmarks/data/fatalities-dev.jsonl").read_text(encoding="utf-8")
    records = [json.loads(line) for line in lines.splitlines()]
    assert len(records) >= 8
    for record in records:
        assert record.get("text") or record.get("text_from")
        for event in record["events"]:
            assert event.get("fatalities") is not None or event.get("count") is not None
            if record.get("text"):
                assert event["evidence"] in record["text"]
                parse_record(record)
