"""Where and when an event happened: the place attached to its trigger or clause (else
the dateline), and the date expression of its clause (else the publication date)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.events.arguments import governing_verb, prep_objects
from eventwire.events.context import Context
from eventwire.events.lexicon import Trigger
from eventwire.records import Place, When
from eventwire.timex import resolve

PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "on"})
VISIT_MODES = frozenset({"visit", "travel", "host"})


def when_for(token: Token, ctx: Context, *, future: bool) -> When | None:
    clause = token if token.pos_ == "VERB" else (governing_verb(token) or token)
    doc = token.doc
    for when in ctx.dates:
        if when.span is None:
            continue
        span = doc.char_span(when.span.start, when.span.end, alignment_mode="expand")
        if span is None or span.sent != token.sent:
            continue
        anchor = span.root
        inside_trigger = token.left_edge.i <= anchor.i <= token.right_edge.i
        if inside_trigger or _nearest_verb(anchor) in {clause, token}:
            if future and ctx.published is not None:
                again = resolve(span.text, ctx.published, future=True)
                if again is not None:
                    return replace(again, span=when.span)
            return when
    if ctx.published is not None:
        return When(ctx.published, "day", None, "published")
    return None


def _nearest_verb(token: Token) -> Token | None:
    current = token
    for _ in range(8):
        if current.head is current:
            return current
        current = current.head
        if current.pos_ in {"VERB", "AUX"} or (current.pos_ == "NOUN" and current.dep_ == "ROOT"):
            return current
    return None


def place_for(token: Token, target: Token | None, trigger: Trigger, ctx: Context) -> Place | None:
    if not ctx.places:
        return ctx.dateline_place
    doc = token.doc
    by_start = ctx.places_by_start
    hosts = [token]
    clause = token if token.pos_ == "VERB" else governing_verb(token)
    if clause is not None:
        hosts.append(clause)
    if target is not None:
        hosts.append(target)
    for host in hosts:
        for _, obj in prep_objects(host, set(PLACE_PREPS)):
            place = place_at(obj, by_start, doc)
            if place is not None and (target is None or obj.i != target.i):
                return place
    if trigger.mode in VISIT_MODES and target is not None:
        place = place_at(target, by_start, doc)
        if place is not None:
            return place
    return ctx.dateline_place


def place_at(token: Token, by_start: dict[int, Place], doc: Doc) -> Place | None:
    for i in range(token.left_edge.i, token.i + 1):
        place = by_start.get(doc[i].idx)
        if place is not None:
            return place
    return None
