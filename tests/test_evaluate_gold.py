from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.evaluate import GoldFormatError, load_gold, parse_record


def test_parse_record_keeps_what_was_annotated() -> None:
    rec = parse_record(
        {
            "id": "a",
            "text": "0123456789",
            "published": "2020-10-22",
            "body_spans": [[0, 4], [6, 10]],
            "events": [
                {
                    "type": "CONSULT",
                    "alt_types": ["AID"],
                    "source": {"name": "Benny Gantz", "country": "ISR", "sector": "MIL"},
                    "target": {"country": "USA"},
                    "status": "asserted",
                    "date": "2020-10-21",
                    "optional": True,
                }
            ],
            "places": [],
        }
    )
    assert rec.published == dt.date(2020, 10, 22)
    assert rec.body_spans == ((0, 4), (6, 10))
    assert rec.actors is None and rec.quotes is None  # not annotated
    assert rec.places == ()  # annotated, and empty
    assert rec.events is not None
    (ev,) = rec.events
    assert ev.accepts_type("AID") and ev.accepts_type("CONSULT") and not ev.accepts_type("AGREE")
    assert ev.optional and ev.date == dt.date(2020, 10, 21)
    assert ev.target is not None and ev.target.requires("country")
    assert not ev.target.requires("sector")


def test_body_end_and_null_target() -> None:
    rec = parse_record(
        {
            "id": "b",
            "text": "abcdef",
            "body_end": 3,
            "events": [{"type": "AID", "source": {"country": "GBR"}, "target": None}],
        }
    )
    assert rec.body_spans == ((0, 3),)
    assert rec.events is not None and rec.events[0].target is None


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"text": "x"}, "string 'id' and 'text'"),
        ({"id": "x", "text": "x", "events": [{"type": "HUG"}]}, "unknown event type"),
        ({"id": "x", "text": "x", "events": [{"type": "AID", "status": "maybe"}]}, "status"),
        ({"id": "x", "text": "x", "body_end": 5}, "outside the text"),
        ({"id": "x", "text": "x", "published": "22/10/2020"}, "ISO date"),
        ({"id": "x", "text": "x", "actors": [{"name": "A", "sector": "XYZ"}]}, "sector"),
        ({"id": "x", "text": "x", "quotes": [{"speaker": "A"}]}, "starts"),
    ],
)
def test_bad_records_are_refused_with_a_reason(record: dict[str, object], message: str) -> None:
    with pytest.raises(GoldFormatError, match=message):
        parse_record(record)


def test_load_gold_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "t"}) + "\n\n{not json\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"g\.jsonl:3"):
        load_gold([path])
    path.write_text(json.dumps({"id": "a", "text": "t"}) + "\n", encoding="utf-8")
    assert [r.id for r in load_gold([path, path])] == ["a", "a"]


def test_load_gold_reads_both_real_gold_files(shared: Path) -> None:
    records = load_gold([shared / "gold" / "dev.jsonl", shared / "gold" / "dev-bbc.jsonl"])
    assert len(records) == 22
    events = [e for r in records for e in r.events or ()]
    assert len(events) == 200
    assert sum(1 for r in records if r.body_spans is not None) == 1
    for record in records:
        assert record.events is not None and record.actors is not None
        for ev in record.events:
            assert ev.evidence is not None and ev.evidence in record.text
        for quote in record.quotes or ():
            assert quote.starts in record.text
