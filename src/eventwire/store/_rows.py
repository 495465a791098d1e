"""Flattening one coded article into the rows of each table."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from eventwire.records import Actor, Article, CodedArticle, Event, Place, Quote, Span, Tally
from eventwire.serialize import to_dict
from eventwire.store._schema import EVENT_TALLY_COLUMNS

Row = tuple[Any, ...]

ARTICLE_COLUMNS = (
    "doc_id", "uri", "url", "title", "source", "published", "published_how", "language",
    "text", "n_chars", "dateline_place", "dateline_date", "signature", "dup_group",
    "coder_version", "record", "run_id", "coded_at",
)  # fmt: skip
REMOVED_COLUMNS = ("doc_id", "ordinal", "start_char", "end_char", "reason", "text")
ACTOR_COLUMNS = (
    "doc_id", "actor_id", "name", "kind", "country", "sector", "role", "n_mentions", "mentions",
    "country_how",
)  # fmt: skip
PLACE_COLUMNS = (
    "doc_id", "place_id", "name", "country", "geonames_id", "lat", "lon", "admin1", "feature",
    "rule", "start_char", "end_char",
)  # fmt: skip
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "ordinal", "type", "mode", "cameo", "quad_class", "goldstein",
    "status", "confidence",
    "source_actor_id", "source_name", "source_kind", "source_country", "source_sector",
    "source_role", "source_country_how", "source_start", "source_end",
    "target_actor_id", "target_name", "target_kind", "target_country", "target_sector",
    "target_role", "target_country_how", "target_start", "target_end",
    "event_date", "date_precision", "date_how", "date_start", "date_end",
    "place_name", "place_country", "place_geonames_id", "place_feature", "lat", "lon",
    "place_start", "place_end",
    "trigger_start", "trigger_end", "sentence_start", "sentence_end",
    "trigger_text", "sentence_text", "record",
)  # fmt: skip
EVENT_COLUMNS += tuple(name for name, _ in EVENT_TALLY_COLUMNS)
PARTICIPANT_COLUMNS = (
    "event_id", "doc_id", "role", "actor_id", "name", "kind", "country", "sector",
    "country_how",
)  # fmt: skip
QUOTE_COLUMNS = (
    "doc_id", "quote_id", "text", "speaker_actor_id", "speaker_name", "speaker_country",
    "speaker_sector", "direct", "start_char", "end_char", "speaker_start", "speaker_end",
)  # fmt: skip


@dataclass(slots=True)
class ArticleRows:
    """Every row one coded article contributes, keyed by table."""

    tables: dict[str, tuple[tuple[str, ...], list[Row]]] = field(default_factory=dict)

    def add(self, table: str, columns: tuple[str, ...], rows: list[Row]) -> None:
        self.tables[table] = (columns, rows)


def event_id(doc_id: str, ordinal: int) -> str:
    """The id of the ``ordinal``-th event (0-based) of a document."""
    return f"{doc_id}-{ordinal:04d}"


def flatten(
    coded: CodedArticle, *, dup_group: str, run_id: str | None, coded_at: dt.datetime
) -> ArticleRows:
    """The rows of every table for ``coded``; ``dup_group`` comes from the near-dup index."""
    article = coded.article
    ids = _ActorIds(coded.actors)
    # The text lives in its own column; the JSON record holds everything else. Each
    # event's own JSON is its part of that record, serialised once for both.
    record = to_dict(dataclasses.replace(coded, article=dataclasses.replace(article, text="")))
    events_json = [json.dumps(plain, ensure_ascii=False) for plain in record["events"]]
    rows = ArticleRows()
    rows.add(
        "articles",
        ARTICLE_COLUMNS,
        [
            _article_row(
                coded,
                record_json(record, events_json),
                dup_group=dup_group,
                run_id=run_id,
                coded_at=coded_at,
            )
        ],
    )
    rows.add(
        "removed_blocks",
        REMOVED_COLUMNS,
        [
            (article.doc_id, i, block.start, block.end, block.reason, block.text)
            for i, block in enumerate(article.removed)
        ],
    )
    rows.add(
        "actors",
        ACTOR_COLUMNS,
        [
            _actor_row(article.doc_id, actor.actor_id or f"A{i}", actor)
            for i, actor in enumerate(coded.actors)
        ],
    )
    rows.add(
        "places",
        PLACE_COLUMNS,
        [_place_row(article.doc_id, f"P{i}", place) for i, place in enumerate(coded.places)],
    )
    events: list[Row] = []
    participants: list[Row] = []
    for i, (event, plain) in enumerate(zip(coded.events, events_json, strict=True)):
        eid = event_id(article.doc_id, i)
        events.append(_event_row(article, eid, i, event, ids, plain))
        participants.extend(_participant_rows(article.doc_id, eid, event, ids))
    rows.add("events", EVENT_COLUMNS, events)
    rows.add("event_participants", PARTICIPANT_COLUMNS, participants)
    rows.add(
        "quotes",
        QUOTE_COLUMNS,
        [_quote_row(article.doc_id, f"Q{i}", quote, ids) for i, quote in enumerate(coded.quotes)],
    )
    return rows


def record_json(record: dict[str, Any], events_json: list[str]) -> str:
    """``json.dumps(record, ensure_ascii=False)``, written with the JSON of its events
    given: each event's JSON is also stored on its own row, so it is written once for
    both (the same characters: a dictionary's JSON is its items' JSON, joined)."""
    items = []
    for key, value in record.items():
        if key == "events":
            written = "[" + ", ".join(events_json) + "]"
        else:
            written = json.dumps(value, ensure_ascii=False)
        items.append(f"{json.dumps(key)}: {written}")
    return "{" + ", ".join(items) + "}"


class _ActorIds:
    """Gives every actor of an article an id: its own, or ``A<n>`` by position."""

    def __init__(self, actors: tuple[Actor, ...]) -> None:
        self._by_key: dict[tuple[str, str | None], str] = {}
        self._given: set[str] = set()
        for i, actor in enumerate(actors):
            actor_id = actor.actor_id or f"A{i}"
            self._given.add(actor_id)
            self._by_key.setdefault((actor.name, actor.country), actor_id)

    def of(self, actor: Actor) -> str | None:
        if actor.actor_id and actor.actor_id in self._given:
            return actor.actor_id
        return self._by_key.get((actor.name, actor.country), actor.actor_id or None)


def _article_row(
    coded: CodedArticle,
    record: str,
    *,
    dup_group: str,
    run_id: str | None,
    coded_at: dt.datetime,
) -> Row:
    article = coded.article
    dateline = article.dateline
    return (
        article.doc_id,
        article.uri,
        article.url,
        article.title,
        article.source,
        article.published,
        article.published_how,
        article.language,
        article.text,
        len(article.text),
        dateline.place if dateline else None,
        dateline.date_text if dateline else None,
        list(article.signature) if article.signature else None,
        dup_group,
        coded.coder_version or None,
        record,
        run_id,
        coded_at,
    )


def _actor_row(doc_id: str, actor_id: str, actor: Actor) -> Row:
    mentions = [[span.start, span.end] for span in actor.mentions]
    return (
        doc_id,
        actor_id,
        actor.name,
        actor.kind,
        actor.country,
        actor.sector,
        actor.role,
        len(mentions),
        json.dumps(mentions),
        actor.country_how,
    )


def _place_row(doc_id: str, place_id: str, place: Place) -> Row:
    return (
        doc_id,
        place_id,
        place.name,
        place.country,
        place.geonames_id,
        place.lat,
        place.lon,
        place.admin1,
        place.feature,
        place.rule,
        place.span.start,
        place.span.end,
    )


def _span(span: Span | None) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span else (None, None)


def _party(actor: Actor | None, span: Span | None, ids: _ActorIds) -> Row:
    if actor is None:
        return (None, None, None, None, None, None, None, *_span(span))
    return (
        ids.of(actor),
        actor.name,
        actor.kind,
        actor.country,
        actor.sector,
        actor.role,
        actor.country_how,
        *_span(span),
    )


def _event_row(
    article: Article, eid: str, ordinal: int, event: Event, ids: _ActorIds, plain: str
) -> Row:
    """One event's row; ``plain`` is the JSON of ``to_dict(event)``, stored as its record."""
    when = event.when
    where = event.where
    return (
        eid,
        article.doc_id,
        ordinal,
        event.type,
        event.mode,
        event.cameo,
        event.quad_class,
        event.goldstein,
        event.status,
        event.confidence,
        *_party(event.source, event.source_span, ids),
        *_party(event.target, event.target_span, ids),
        when.date if when else None,
        when.precision if when else None,
        when.how if when else None,
        *_span(when.span if when else None),
        where.name if where else None,
        where.country if where else None,
        where.geonames_id if where else None,
        where.feature if where else None,
        where.lat if where else None,
        where.lon if where else None,
        *_span(where.span if where else None),
        event.trigger.start,
        event.trigger.end,
        event.sentence.start,
        event.sentence.end,
        event.trigger.of(article.text),
        event.sentence.of(article.text),
        plain,
        *_tally(event.fatalities),
        *_tally(event.count),
    )


def _tally(tally: Tally | None) -> Row:
    """value, text, at_least, high, start, end (as ``EVENT_TALLY_COLUMNS`` names them)."""
    if tally is None:
        return (None,) * 6
    return (tally.value, tally.text, tally.at_least, tally.high, *_span(tally.span))


def _participant_rows(doc_id: str, eid: str, event: Event, ids: _ActorIds) -> list[Row]:
    parties = [("source", event.source), ("target", event.target)]
    parties += [("other", actor) for actor in event.others]
    return [
        (
            eid,
            doc_id,
            role,
            ids.of(actor),
            actor.name,
            actor.kind,
            actor.country,
            actor.sector,
            actor.country_how,
        )
        for role, actor in parties
        if actor is not None
    ]


def _quote_row(doc_id: str, quote_id: str, quote: Quote, ids: _ActorIds) -> Row:
    speaker = quote.speaker
    return (
        doc_id,
        quote_id,
        quote.text,
        ids.of(speaker) if speaker else None,
        speaker.name if speaker else None,
        speaker.country if speaker else None,
        speaker.sector if speaker else None,
        quote.direct,
        quote.span.start,
        quote.span.end,
        *_span(quote.speaker_span),
    )
