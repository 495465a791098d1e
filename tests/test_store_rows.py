"""The rows of a coded article: its JSON record written with its events' JSON given."""

from __future__ import annotations

import dataclasses
import json

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle
from eventwire.serialize import to_dict
from eventwire.store._rows import record_json

TEXT = (
    "KYIV, Ukraine, May 4 (Wire) — President Volodymyr Zelensky accused Moscow of "
    "shelling Kharkiv and urged Germany to send more Patriot systems. “We need them "
    "now,” he said in São Paulo, where Brazil's foreign minister met him on Monday."
)


def test_record_json_is_json_dumps_of_the_record() -> None:
    coded = code_text(TEXT, published="2025-05-04")
    assert isinstance(coded, CodedArticle) and coded.events
    record = to_dict(
        dataclasses.replace(coded, article=dataclasses.replace(coded.article, text=""))
    )
    events = [json.dumps(e, ensure_ascii=False) for e in record["events"]]
    assert record_json(record, events) == json.dumps(record, ensure_ascii=False)
    empty = {**record, "events": []}
    assert record_json(empty, []) == json.dumps(empty, ensure_ascii=False)
