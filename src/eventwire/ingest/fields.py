"""Which fields of a structured record (JSONL line, CSV row) hold what."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from eventwire.records import RawDocument


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Names of the record fields that hold the text, HTML, URL, date, source and title."""

    text: str = "text"
    html: str = "html"
    url: str = "url"
    date: str = "published"
    source: str = "source"
    title: str = "title"


def _str_field(record: Mapping[str, object], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def document_from_record(
    record: Mapping[str, object], uri: str, fields: FieldMap, published: str | None
) -> RawDocument | None:
    """A RawDocument from one record, or ``None`` when it has no usable text or HTML field."""
    text = record.get(fields.text)
    html = record.get(fields.html)
    if isinstance(text, str) and text.strip():
        content, kind = text, "text/plain"
    elif isinstance(html, str) and html.strip():
        content, kind = html, "text/html"
    else:
        return None
    return RawDocument(
        uri=uri,
        content=content,
        content_type="text/html" if kind == "text/html" else "text/plain",
        source=_str_field(record, fields.source),
        url=_str_field(record, fields.url),
        published=_str_field(record, fields.date) or published,
        title=_str_field(record, fields.title),
    )
