"""Code events: lexicon triggers over the dependency parse, arguments mapped to actors.

For each token whose lemma is a trigger, the source is its subject (or, for nouns, the
possessor, a nationality adjective, or the subject of the verb that governs the noun),
the target is the argument the lexicon entry names (direct object or a preposition's
object). Coordinated arguments give one event per dyad.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from eventwire.actors import ActorIndex
from eventwire.events.arguments import (
    child,
    clause_subject,
    governing_verb,
    is_passive,
    prep_objects,
    with_conjuncts,
)
from eventwire.events.lexicon import EventLexicon, Trigger, default_event_lexicon
from eventwire.events.status import status_of
from eventwire.geo import Gazetteer
from eventwire.records import Actor, Event, Place, Span, When
from eventwire.timex import resolve

PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "on"})
COLLECTIVES = frozenset({"thousands", "hundreds", "dozens", "tens", "millions", "scores",
                         "supporters", "members", "groups", "crowds", "crowd"})  # fmt: skip
VISIT_MODES = frozenset({"visit", "travel", "host"})
# Joint acts: with a coordinated subject and no object, the first party acts on the others.
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})


@dataclass(frozen=True, slots=True)
class Context:
    """Everything the coder needs besides the parse."""

    actors: ActorIndex
    places: tuple[Place, ...] = ()
    dates: tuple[When, ...] = ()
    published: dt.date | None = None
    dateline_place: Place | None = None
    speakers: dict[int, Actor] | None = None

    def state(self, iso3: str) -> Actor:
        """The article's state actor for ``iso3`` (made up if the text never names it)."""
        for actor in self.actors.actors:
            if actor.kind == "state" and actor.country == iso3:
                return actor
        return Actor(name=iso3, kind="state", country=iso3)


def code_events(doc: Doc, ctx: Context, lexicon: EventLexicon | None = None) -> list[Event]:
    lex = lexicon or default_event_lexicon()
    events: list[Event] = []
    heads: list[Token] = []
    consumed: set[int] = set()
    for token in doc:
        if token.i in consumed:
            continue
        if token.ent_type_:
            continue  # "March", "Attack Helicopter Squadron": names are not triggers
        found = _trigger_for(token, lex)
        if found is None:
            continue
        trigger, obj = found
        if obj is not None:
            consumed.add(obj.i)
        found_events = _events_for(doc, token, obj, trigger, ctx, lex)
        events.extend(found_events)
        heads.extend(token for _ in found_events)
    return _merge(_drop_frames(events, heads))


def _drop_frames(events: list[Event], triggers: list[Token]) -> list[Event]:
    """A targetless event whose trigger only frames another event ("an agreement to sell
    jets to X") adds nothing: the framed event carries the dyad."""
    framed = {t.head.i for t, e in zip(triggers, events, strict=True) if e.target is not None}
    return [
        e
        for t, e in zip(triggers, events, strict=True)
        if e.target is not None or t.i not in framed
    ]


def _pos(token: Token) -> str | None:
    if token.pos_ == "VERB":
        return "VERB"
    if token.pos_ in {"NOUN", "PROPN"}:
        return "NOUN"
    return None


def _trigger_for(token: Token, lex: EventLexicon) -> tuple[Trigger, Token | None] | None:
    pos = _pos(token)
    if pos is None:
        return None
    candidates = lex.triggers.get((token.lemma_.lower(), pos)) or lex.triggers.get(
        (token.lower_, pos), ()
    )
    for trigger in candidates:
        if trigger.particle and not _has_particle(token, trigger.particle):
            continue
        obj = None
        if trigger.objects:
            obj = _object(token, trigger.objects)
            if obj is None:
                continue
        return trigger, obj
    return None


def _has_particle(token: Token, particle: str) -> bool:
    words = particle.lower().split()
    if any(c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == words[0] for c in token.children):
        return True
    following = [t.lower_ for t in token.doc[token.i + 1 : token.i + 1 + len(words)]]
    return following == words


def _object(token: Token, objects: frozenset[str]) -> Token | None:
    deps = {"dobj", "nsubjpass"} if token.pos_ == "VERB" else {"pobj", "compound", "dobj"}
    for c in token.children:
        if c.dep_ in deps and (c.lemma_.lower() in objects or c.lower_ in objects):
            return c
        if c.dep_ == "prep":
            for o in c.children:
                if o.dep_ == "pobj" and (o.lemma_.lower() in objects or o.lower_ in objects):
                    return o
    return None


def _actors_at(token: Token, ctx: Context) -> list[Actor]:
    """The actor a syntactic argument refers to: the head itself, then its pre-modifiers."""
    if ctx.speakers and token.i in ctx.speakers and token.lower_ in {"i", "we", "me", "us"}:
        return [ctx.speakers[token.i]]
    actor = ctx.actors.at(token.i)
    if actor is not None:
        return [actor]
    for i in range(token.i - 1, token.left_edge.i - 1, -1):
        actor = ctx.actors.at(i)
        if actor is not None:
            return [actor]
    for c in token.children:
        if c.dep_ == "poss":
            return _actors_at(c, ctx)
    # "Thousands of Georgians", "supporters of the opposition"
    if token.lower_ in COLLECTIVES or token.pos_ == "NUM":
        for _, obj in prep_objects(token, {"of"}):
            return _actors_at(obj, ctx)
    # A place as an argument stands for its country ("withdrew from Kherson").
    place = _place_at(token, {p.span.start: p for p in ctx.places}, token.doc)
    if place is not None and place.country:
        return [ctx.state(place.country)]
    country = _named_place_country(token)
    return [ctx.state(country)] if country else []


def _named_place_country(token: Token) -> str | None:
    """ "the Kherson region": a proper name the NER missed, looked up in the gazetteer."""
    names = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.pos_ == "PROPN"]
    if not names or token.pos_ not in {"PROPN", "NOUN"}:
        return None
    name = " ".join(t.text for t in names)
    start, end = names[0].idx, names[-1].idx + len(names[-1])
    place = Gazetteer.default().resolve(name, Span(start, end))
    return place.country if place is not None else None


def _arguments(tokens: Sequence[Token], ctx: Context) -> list[tuple[Actor, Token]]:
    found: list[tuple[Actor, Token]] = []
    for token in tokens:
        for head in with_conjuncts(token):
            found.extend((actor, head) for actor in _actors_at(head, ctx))
    return found


def _source_candidates(token: Token, obj: Token | None, trigger: Trigger) -> list[list[Token]]:
    """Groups of tokens that may hold the source, best first; the first group with an actor wins."""
    if trigger.pos == "VERB":
        if is_passive(token):
            return [[o for _, o in prep_objects(token, {"by"})]]
        subject = clause_subject(token)
        return [[subject]] if subject is not None else []
    groups: list[list[Token]] = []
    for role in trigger.source:
        if role in {"poss", "amod", "compound", "nmod"}:
            groups.append([c for c in token.children if c.dep_ == role])
        else:
            groups.append([o for _, o in prep_objects(token, {role})])
    # A nominal trigger takes the subject of the verb it is the object of ("held talks"),
    # or of the verb its preposition attaches to ("left for a visit").
    verb = token.head if token.dep_ in {"dobj", "nsubjpass", "attr"} else None
    if token.dep_ == "pobj" and token.head.head.pos_ in {"VERB", "AUX"}:
        verb = token.head.head
    if verb is not None and verb.pos_ in {"VERB", "AUX"}:
        subject = clause_subject(verb)
        if subject is not None:
            groups.append([subject])
    return groups


def _sources(
    token: Token, obj: Token | None, trigger: Trigger, ctx: Context
) -> list[tuple[Actor, Token]]:
    for group in _source_candidates(token, obj, trigger):
        found = _arguments(group, ctx)
        if found:
            return found
    return []


def _target_tokens(token: Token, obj: Token | None, trigger: Trigger) -> list[Token]:
    if trigger.pos == "VERB" and is_passive(token) and trigger.passive_target:
        subject = child(token, {"nsubjpass"})
        if subject is not None and subject is not obj:
            return [subject]
    hosts = [token] + ([obj] if obj is not None else [])
    hosts += [c for c in token.children if c.dep_ in {"appos", "dobj"} and c is not obj]
    if trigger.pos == "NOUN" and token.dep_ == "dobj":
        hosts.append(token.head)
    preps = {r for r in trigger.target if r not in {"dobj", "dative", "poss", "iobj"}}
    found: list[Token] = []
    heads = [token] + ([obj] if obj is not None else [])
    for role in trigger.target:
        for head in heads:
            for c in head.children:
                if c is obj:
                    continue
                if _fills(role, c):
                    found.append(c)
    for host in hosts:
        found.extend(o for _, o in prep_objects(host, preps))
    if not found and trigger.type == "REQUEST":
        # "X wants Y to stop": the addressee is the subject of the requested clause.
        for c in token.children:
            if c.dep_ in {"ccomp", "xcomp"}:
                subject = child(c, {"nsubj"})
                if subject is not None:
                    found.append(subject)
    return found


def _fills(role: str, token: Token) -> bool:
    if role in {"dobj", "poss"}:
        return token.dep_ == role
    return role in {"dative", "iobj"} and token.dep_ == "dative" and token.pos_ != "ADP"


def _in_request(token: Token, lex: EventLexicon) -> bool:
    head = token.head
    return (
        token.dep_ in {"xcomp", "ccomp"}
        and head.lemma_.lower() in lex.status.requested
        and head.i != token.i
    )


def _events_for(
    doc: Doc, token: Token, obj: Token | None, trigger: Trigger, ctx: Context, lex: EventLexicon
) -> list[Event]:
    sources = _sources(token, obj, trigger, ctx)
    targets = _arguments(_target_tokens(token, obj, trigger), ctx)
    between = _arguments([o for _, o in prep_objects(token, {"between"})], ctx)
    if not sources and len(between) >= 2:
        # "talks between Armenia and Azerbaijan": the first-named party is the source.
        sources, targets = between[:1], [t for t in targets if t[0] is not between[0][0]]
    if not sources:
        return []
    distinct = {id(a) for a, _ in sources}
    if not targets and len(distinct) >= 2 and trigger.type in SYMMETRIC:
        # "Japan and South Korea signed an agreement": a joint act, first-named as source.
        sources, targets = sources[:1], sources[1:]
    status = status_of(token, lex.status, in_request=_in_request(token, lex))
    sentence = token.sent
    trigger_end = (
        (obj.idx + len(obj)) if obj is not None and obj.i > token.i else token.idx + len(token)
    )
    trigger_start = min(token.idx, obj.idx) if obj is not None else token.idx
    when = _date_for(token, ctx, future=status == "intended")
    events: list[Event] = []
    info = lex.types.get(trigger.type)
    governed = token.dep_ in {"dobj", "pobj", "attr"}
    nominal_alone = trigger.pos == "NOUN" and not governed
    if not targets and (nominal_alone or info is None or not info.targetless):
        # A nominal mention with no addressee is background; most types need an addressee
        # (event_types.csv says which may stand alone: protests, deployments, attacks...).
        return []
    pairs: list[tuple[tuple[Actor, Token], tuple[Actor, Token] | None]] = [
        (s, t) for s in sources for t in targets if t[0] is not s[0]
    ] or [(s, None) for s in sources]
    for (source, source_token), target_pair in pairs:
        target = target_pair[0] if target_pair else None
        target_token = target_pair[1] if target_pair else None
        where = _place_for(token, target_token, trigger, ctx)
        confidence = 0.45 + (0.2 if source.country else 0.0) + (0.15 if target else 0.0)
        confidence += 0.1 if source_token.head is token else 0.0
        events.append(
            Event(
                type=trigger.type,
                trigger=Span(trigger_start, trigger_end),
                sentence=Span(sentence.start_char, sentence.end_char),
                source=source,
                target=target,
                source_span=_span(source_token),
                target_span=_span(target_token) if target_token is not None else None,
                mode=trigger.mode,
                cameo=trigger.cameo or (info.cameo if info else None),
                quad_class=info.quad_class if info else None,
                goldstein=trigger.goldstein
                if trigger.goldstein is not None
                else (info.goldstein if info else None),
                status=status,
                when=when,
                where=where,
                confidence=round(min(confidence, 0.95), 2),
            )
        )
    return events


def _span(token: Token) -> Span:
    return Span(token.left_edge.idx, token.right_edge.idx + len(token.right_edge))


def _date_for(token: Token, ctx: Context, *, future: bool) -> When | None:
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


def _place_for(token: Token, target: Token | None, trigger: Trigger, ctx: Context) -> Place | None:
    if not ctx.places:
        return ctx.dateline_place
    doc = token.doc
    by_start = {p.span.start: p for p in ctx.places}
    hosts = [token]
    clause = token if token.pos_ == "VERB" else governing_verb(token)
    if clause is not None:
        hosts.append(clause)
    if target is not None:
        hosts.append(target)
    for host in hosts:
        for _, obj in prep_objects(host, set(PLACE_PREPS)):
            place = _place_at(obj, by_start, doc)
            if place is not None and (target is None or obj.i != target.i):
                return place
    if trigger.mode in VISIT_MODES and target is not None:
        place = _place_at(target, by_start, doc)
        if place is not None:
            return place
    return ctx.dateline_place


def _place_at(token: Token, by_start: dict[int, Place], doc: Doc) -> Place | None:
    for i in range(token.left_edge.i, token.i + 1):
        place = by_start.get(doc[i].idx)
        if place is not None:
            return place
    return None


def _key(actor: Actor | None) -> str:
    if actor is None:
        return ""
    return actor.actor_id or f"{actor.name}|{actor.country}"


def _merge(events: list[Event]) -> list[Event]:
    """One event per (type, dyad, status) in an article; drop targetless repeats of a coded dyad."""
    best: dict[tuple[str, str, str, str], Event] = {}
    for event in events:
        key = (event.type, _key(event.source), _key(event.target), event.status)
        if key not in best:
            best[key] = event
    with_target = {(e.type, _key(e.source)) for e in best.values() if e.target is not None}
    return [
        e
        for e in best.values()
        if e.target is not None or (e.type, _key(e.source)) not in with_target
    ]
