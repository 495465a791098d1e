"""eventwire.serialize: records to JSON-ready dictionaries and back."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from eventwire.records import (
    CodedArticle,
    Dateline,
    Place,
    Quote,
    RawDocument,
    Rejection,
    RemovedBlock,
    Span,
    When,
)
from eventwire.serialize import coded_article_from_dict, from_dict, to_dict, to_json
from store_driver import actor, coded, event_in

TEXT = "Germany pledged aid to Ukraine in Berlin on Friday. “We stand with you,” Scholz said."


def full_article() -> CodedArticle:
    germany, ukraine = actor("Germany", "DEU", actor_id="a1"), actor("Ukraine", "UKR")
    berlin = Place("Berlin", Span(34, 40), "DEU", 2950159, 52.52, 13.405, "16", "PPLC", "capital")
    event = event_in(TEXT, "pledged", "AID", germany, ukraine, place=berlin, status="intended")
    event = replace(
        event, when=When(dt.date(2024, 3, 1), "day", Span(44, 50), "weekday"), others=(ukraine,)
    )
    item = coded(TEXT, url="https://x.example/1", actors=(germany, ukraine), places=(berlin,))
    article = replace(
        item.article,
        removed=(RemovedBlock(0, 4, "share-bar", "Share"),),
        kept=(Span(4, 90),),
        dateline=Dateline("BERLIN", "March 4", Span(0, 6)),
    )
    quote = Quote("We stand with you", Span(52, 71), speaker=germany, speaker_span=Span(72, 78))
    return replace(item, article=article, events=(event,), quotes=(quote,), coder_version="0.1")


def test_coded_article_round_trips_through_json() -> None:
    item = full_article()
    data = json.loads(to_json(item))
    assert data["article"]["published"] == "2024-03-04"
    assert data["events"][0]["trigger"] == {"start": 8, "end": 15}
    assert isinstance(data["article"]["signature"], list)
    assert coded_article_from_dict(data) == item


def test_other_records_round_trip() -> None:
    raw = RawDocument(
        "file:///a", b"\xff\x00bytes", "text/html", fetched_at=dt.datetime(2024, 1, 2, 3, 4)
    )
    assert to_dict(raw)["content"] == {"base64": "/wBieXRlcw=="}
    assert from_dict(RawDocument, json.loads(to_json(raw))) == raw
    text_raw = RawDocument("file:///b", "plain text")
    assert from_dict(RawDocument, to_dict(text_raw)) == text_raw
    rejection = Rejection("u", "empty", "nothing left", None)
    assert from_dict(Rejection, to_dict(rejection)) == rejection
    place = Place("Paris", Span(0, 5), lat=48, lon=2)
    back = from_dict(Place, to_dict(place))
    assert back == place and isinstance(back.lat, float)


def test_to_dict_refuses_non_records() -> None:
    with pytest.raises(TypeError):
        to_dict({"a": 1})
    with pytest.raises(TypeError):
        to_dict(Span)


def test_subclasses_and_mappings_serialise_like_their_bases() -> None:
    class Label(str):
        pass

    class Pair(tuple[int, int]):
        pass

    when = to_dict(When(dt.date(2024, 3, 1), "day", Span(1, 2), Label("weekday")))
    assert when["how"] == "weekday" and when["span"] == {"start": 1, "end": 2}
    block = RemovedBlock(0, 4, "share-bar", "Share")
    pair = replace(block, text=Pair((1, 2)))  # type: ignore[arg-type]
    dated = replace(block, text={"a": dt.date(2024, 1, 2)})  # type: ignore[arg-type]
    assert to_dict(pair)["text"] == [1, 2]
    assert to_dict(dated)["text"] == {"a": "2024-01-02"}
    with pytest.raises(TypeError, match="cannot serialise a set"):
        to_dict(replace(block, text={1}))  # type: ignore[arg-type]
