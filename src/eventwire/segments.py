"""Long articles coded in bounded segments, so that time and memory stay linear.

Parsing and coding one document costs more than linearly in its length (the coder's
per-sentence work looks at every actor of the document, and spaCy's memory grows with the
parse). A body longer than :data:`SEGMENT_CHARS` is cut into segments of whole paragraph
blocks (a paragraph longer than a segment is cut at a sentence end, else at a space, else
anywhere), each segment is parsed and coded on its own, and the results are put back
together with every span shifted to point into the whole ``Article.text``. The cost of
one segment is capped, so a body of any length allowed by ``--max-bytes`` is coded in time
and memory proportional to its length.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any, TypeVar

from eventwire.records import Actor, Article, CodedArticle, Event, Quote, Span

# The longest text parsed and coded at once, in characters (a long news story is 10-20k).
SEGMENT_CHARS = 50_000

_PARAGRAPH_END = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")
_SPACE = re.compile(r"\s+")

T = TypeVar("T")


def segment_bounds(text: str, limit: int = SEGMENT_CHARS) -> list[tuple[int, int]]:
    """Consecutive ``(start, end)`` pieces covering ``text``, each at most ``limit`` long,
    cut after blank lines where possible."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, most: int) -> int:
    """The best end for a segment starting at ``start`` and ending by ``most``."""
    window = text[start:most]
    for pattern in (_PARAGRAPH_END, _SENTENCE_END, _SPACE):
        ends = [m.end() for m in pattern.finditer(window) if 0 < m.end() < len(window)]
        if ends:
            return start + ends[-1]
    return most


def shifted(value: T, offset: int) -> T:
    """``value`` with every :class:`Span` inside it (at any depth) moved by ``offset``."""
    if offset == 0:
        return value
    return _shift(value, offset)  # type: ignore[no-any-return]


def _shift(value: Any, offset: int) -> Any:
    if isinstance(value, Span):
        return Span(value.start + offset, value.end + offset)
    if isinstance(value, tuple):
        return tuple(_shift(item, offset) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if isinstance(item, Span | tuple) or dataclasses.is_dataclass(item):
                changes[f.name] = _shift(item, offset)
        return dataclasses.replace(value, **changes)
    return value


def segment_article(article: Article, start: int, end: int) -> Article:
    """The part ``[start, end)`` of ``article`` as an article of its own (the dateline
    stays with the segment that holds it)."""
    dateline = article.dateline
    if dateline is not None and not (start <= dateline.span.start and dateline.span.end <= end):
        dateline = None
    elif dateline is not None:
        dateline = shifted(dateline, -start)
    return dataclasses.replace(article, text=article.text[start:end], dateline=dateline)


def merge(article: Article, parts: list[tuple[int, CodedArticle]]) -> CodedArticle:
    """One coded article from the coded segments ``(offset, coded)`` of ``article``.

    An actor found in several segments (same name, kind and country) becomes one actor
    with all its mentions; the events and quotes point at it."""
    merged: dict[tuple[str, str, str | None], Actor] = {}
    order: list[tuple[str, str, str | None]] = []
    for offset, coded in parts:
        for actor in coded.actors:
            key = (actor.name, actor.kind, actor.country)
            moved = shifted(actor, offset)
            if key in merged:
                known = merged[key]
                merged[key] = dataclasses.replace(known, mentions=known.mentions + moved.mentions)
            else:
                merged[key] = moved
                order.append(key)
    numbered = {
        key: dataclasses.replace(merged[key], actor_id=f"A{i + 1}") for i, key in enumerate(order)
    }

    def same(actor: Actor | None) -> Actor | None:
        if actor is None:
            return None
        return numbered.get((actor.name, actor.kind, actor.country), actor)

    def events(coded: CodedArticle, offset: int) -> list[Event]:
        return [_repoint(shifted(e, offset), same) for e in coded.events]

    def quotes(coded: CodedArticle, offset: int) -> list[Quote]:
        return [
            dataclasses.replace(q, speaker=same(q.speaker)) for q in shifted(coded.quotes, offset)
        ]

    return CodedArticle(
        article=article,
        actors=tuple(numbered[key] for key in order),
        places=tuple(p for offset, coded in parts for p in shifted(coded.places, offset)),
        events=tuple(e for offset, coded in parts for e in events(coded, offset)),
        quotes=tuple(q for offset, coded in parts for q in quotes(coded, offset)),
        coder_version=parts[0][1].coder_version if parts else "",
    )


def _repoint(event: Event, same: Callable[[Actor | None], Actor | None]) -> Event:
    return dataclasses.replace(
        event,
        source=same(event.source),
        target=same(event.target),
        others=tuple(a for a in (same(o) for o in event.others) if a is not None),
    )
