"""A dateline is a place and a date, never an actor: its names ("TBILISI, Georgia", the
agency in brackets) are taken out of the actors recognised over the whole text."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from eventwire.actors.recognise import ActorIndex
from eventwire.records import Actor, Span


def outside_dateline(index: ActorIndex, doc: Doc, dateline: Span | None) -> ActorIndex:
    """``index`` without the mentions inside ``dateline``; an actor left with no mention is
    dropped, and the rest are numbered anew in order."""
    if dateline is None or not index.actors:
        return index
    start, end = dateline.start, dateline.end

    def inside(span: Span) -> bool:
        return start <= span.start and span.end <= end

    if not any(inside(m) for actor in index.actors for m in actor.mentions):
        return index
    new_index: dict[int, int] = {}
    actors: list[Actor] = []
    for old, actor in enumerate(index.actors):
        kept = tuple(m for m in actor.mentions if not inside(m))
        if not kept:
            continue
        new_index[old] = len(actors)
        actors.append(replace(actor, mentions=kept, actor_id=f"A{len(actors) + 1}"))
    by_token = {
        i: new_index[a]
        for i, a in index.by_token.items()
        if a in new_index and not (start <= doc[i].idx < end)
    }
    return ActorIndex(tuple(actors), by_token, index.home)
