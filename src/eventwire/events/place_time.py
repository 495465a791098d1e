"""Where and when an event happened: the place attached to its trigger or clause (else
the dateline), and the date expression of its clause (else the publication date). A date in
a relative clause or apposition about a participant is not the event's, and a past event's
yearless date never falls after the publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.events.arguments import governing_verb, prep_objects
from eventwire.events.context import Context
from eventwire.events.lexicon import Trigger
from eventwire.records import Place, When
from eventwire.timex import resolve

PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "on"})
#: Prepositions that place a site named in a place phrase ("at a plant in X").
SITE_PREPS = frozenset({"in", "near", "outside", "of"})
#: Dependencies of a clause or phrase said about a participant, not the event: "the junta,
#: which seized power in 2021", "Assad, ousted in December", "its leader, a general since 2019".
ASIDE_DEPS = frozenset({"relcl", "acl", "appos"})
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})
#: Words that open a clause saying when by another clause.
TIME_MARKS = frozenset({"after", "before", "when", "as", "while", "once", "until"})
#: How a date hangs on a noun it dates ("last year's election", "the 2021 coup").
NOUN_MODIFIERS = frozenset({"poss", "compound", "amod", "nmod", "nummod"})
#: Past-tense tags of a trigger (or its clause) whose yearless date cannot lie ahead.
PAST_TAGS = frozenset({"VBD", "VBN"})
VISIT_MODES = frozenset({"visit", "travel", "host"})
_YEAR = re.compile(r"\b\d{4}\b")


def when_for(token: Token, ctx: Context, *, future: bool) -> When | None:
    """The date of the trigger's own clause; for a clause that says when by another
    ("after commandos stormed the ship", "as troops withdrew") with no date of its own,
    that clause's date; else the publication date."""
    clause = token if token.pos_ == "VERB" else (governing_verb(token) or token)
    own = _clause_date(token, clause, ctx, future=future)
    if own is None and _told_by_another(clause):
        own = _clause_date(clause.head, clause.head, ctx, future=future)
    if own is not None:
        return own
    if ctx.published is not None:
        return When(ctx.published, "day", None, "published")
    return None


def _told_by_another(clause: Token) -> bool:
    """A clause that says when by another one: "after X", "as X", "while X"; or a
    participle with no subject of its own that goes with the clause it hangs on ("threw
    out the decree on Wednesday, ruling that ...", "exchanged fire late Monday, killing
    three civilians")."""
    if clause.dep_ != "advcl" or clause.head.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children):
        return True
    return clause.tag_ == "VBG" and not any(
        c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in clause.children
    )


def _clause_date(token: Token, clause: Token, ctx: Context, *, future: bool) -> When | None:
    doc = token.doc
    sentence = token.sent  # spaCy finds a token's sentence anew on each access: once here
    for when in ctx.dates:
        if when.span is None:
            continue
        span = doc.char_span(when.span.start, when.span.end, alignment_mode="expand")
        if span is None or span.sent != sentence:
            continue
        anchor = span.root
        if _in_aside(anchor, {token, clause}) or _dates_a_thing(anchor, token):
            continue
        inside_trigger = token.left_edge.i <= anchor.i <= token.right_edge.i
        if inside_trigger or _nearest_verb(anchor) in {clause, token}:
            if future and ctx.published is not None:
                again = resolve(span.text, ctx.published, future=True)
                if again is not None:
                    return replace(again, span=when.span)
            if ctx.published is not None and clause.tag_ in PAST_TAGS:
                return _not_ahead(when, span.text, ctx.published)
            return when
    return None


def _dates_a_thing(anchor: Token, trigger: Token) -> bool:
    """A date that modifies a noun other than the trigger dates that thing, not the
    event: "after last year's disputed election", "over the 2021 coup", "since
    March's vote"."""
    return (
        anchor.dep_ in NOUN_MODIFIERS
        and anchor.head.pos_ in {"NOUN", "PROPN"}
        and anchor.head.i != trigger.i
    )


def _in_aside(anchor: Token, hosts: set[Token]) -> bool:
    """Whether the date sits in a relative clause, participle or apposition about another
    participant on its way up to the trigger ("accused X of backing the junta, which seized
    power in 2021"); one about the trigger itself ("the attack, which began on Monday")
    dates the event."""
    current = anchor
    for _ in range(12):
        if current in hosts or current.head.i == current.i:
            return False
        if current.dep_ in ASIDE_DEPS and current.head not in hosts:
            return True
        if _bare_participle(current):
            return True
        current = current.head
    return False


def _bare_participle(token: Token) -> bool:
    """A past participle clause with no subject, auxiliary or conjunction of its own ("...
    over the election, held in 2018"): it describes a participant, whatever it hangs on."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBN"
        and not any(c.dep_ in _OWN_CLAUSE for c in token.children)
    )


def _not_ahead(when: When, expression: str, published: dt.date) -> When:
    """A past event's date written without a year ("in December", "on June 3") that would
    fall after the publication date is last year's."""
    if when.date <= published or _YEAR.search(expression):
        return when
    try:
        earlier = when.date.replace(year=when.date.year - 1)
    except ValueError:  # 29 February
        earlier = when.date.replace(year=when.date.year - 1, day=28)
    return replace(when, date=earlier)


def _nearest_verb(token: Token) -> Token | None:
    current = token
    for _ in range(8):
        if current.head.i == current.i:
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
            if target is not None and obj.i == target.i:
                continue
            place = place_at(obj, by_start, doc) or _site_place(obj, by_start, doc)
            if place is not None:
                return place
    if trigger.mode in VISIT_MODES and target is not None:
        place = place_at(target, by_start, doc)
        if place is not None:
            return place
    return ctx.dateline_place


def _site_place(site: Token, by_start: dict[int, Place], doc: Doc) -> Place | None:
    """The place of a site that is no place itself: "at two mines in the Antofagasta
    region", "outside a factory near Lyon", "at the town of Mae Sot"."""
    for _, obj in prep_objects(site, set(SITE_PREPS)):
        place = place_at(obj, by_start, doc)
        if place is not None:
            return place
    return None


def place_at(token: Token, by_start: dict[int, Place], doc: Doc) -> Place | None:
    for i in range(token.left_edge.i, token.i + 1):
        place = by_start.get(doc[i].idx)
        if place is not None:
            return place
    return None
