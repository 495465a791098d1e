"""Participants the text leaves implicit, and when an event may go without a target:
the authorities behind an agentless arrest, the owner of "the plans", the country forces
are sent toward, the government of "anti-government" protests; and the self-dyads that
are no event at all."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.lexicon import default_lexicon
from eventwire.events.arguments import is_passive
from eventwire.events.context import Context
from eventwire.events.frames import is_bare_participle
from eventwire.events.lexicon import EventLexicon, Trigger, TypeInfo
from eventwire.events.setting import place_for
from eventwire.records import Actor

# Plural nouns that address no single actor ("asked other countries to join").
GENERIC_ADDRESSEES = frozenset({"country", "nation", "state", "government", "donor", "ally",
                                "neighbour", "neighbor", "member", "partner", "party",
                                "side"})  # fmt: skip
# Types whose verbs take no object in their event sense ("protested", "went on strike").
INTRANSITIVE_TYPES = frozenset({"PROTEST"})
# Force movements whose unnamed target is the country where they happen.
FORCE_MOVES = frozenset({"MOBILIZE", "RETREAT"})
# Types whose unowned policy object ("opposed the plans") is the home government's.
POLICY_CRITIQUE = frozenset({"ACCUSE", "REJECT"})
GOVERNMENT_WORDS = frozenset({"government", "regime", "establishment"})


def is_generic_addressee(token: Token) -> bool:
    return token.tag_ == "NNS" and token.lemma_.lower() in GENERIC_ADDRESSEES


def may_stand_alone(
    token: Token,
    trigger: Trigger,
    target_slots: list[Token],
    info: TypeInfo | None,
) -> bool:
    """Whether an event with no coded target is still an event. Most types need an
    addressee; event_types.csv says which may stand alone (protests, deployments,
    attacks...). Even those only when the clause names no addressee at all: a verb used
    intransitively ("troops withdrew", "thousands protested") or with an object that is
    not an addressee ("deployed troops", "tested a missile"). A target slot the coder
    cannot resolve ("evacuated its nationals") means the target is unknown, not absent;
    a noun alone or a verb in a relative clause is background."""
    if target_slots and all(is_generic_addressee(t) for t in target_slots):
        return True  # "aid to countries hit by the tsunami": no single addressee
    if info is None or not info.targetless or trigger.pos == "NOUN":
        return False
    if trigger.type in INTRANSITIVE_TYPES and any(c.dep_ == "dobj" for c in token.children):
        return False  # "demonstrated its resolve", "rallied support": another sense
    return not target_slots and token.dep_ not in {"acl", "relcl"}


def theatre(
    token: Token, trigger: Trigger, sources: list[tuple[Actor, Token]], ctx: Context
) -> list[tuple[Actor, Token]]:
    """Forces put on standby or withdrawn with no addressee named act toward the country
    where it happens: the event's place, else the article's home country, when that is
    not the forces' own (a story on Mali that says "Norway put its forces on standby")."""
    own = {a.country for a, _ in sources}
    for country in (_place_country(token, trigger, ctx), ctx.home_country):
        if country and country not in own and country != "IGO":
            return [(ctx.state(country), token)]
    return []


def policy_owner(
    slots: list[Token], sources: list[tuple[Actor, Token]], lex: EventLexicon, ctx: Context
) -> list[tuple[Actor, Token]]:
    """ "The Greens opposed the reforms": a definite policy noun with no owner
    named is, in a country's political news, the government's (the home country's)."""
    for slot in slots:
        if slot.lemma_.lower() not in lex.status.verbal_objects:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in slot.children):
            continue
        if any(c.dep_ in {"poss", "amod", "compound"} for c in slot.children):
            continue
        home = ctx.home_country
        if home is None or any(a.country == home and a.sector == "GOV" for a, _ in sources):
            return []
        return [(ctx.implied("GOV", home), slot)]
    return []


def against_targets(
    token: Token, trigger: Trigger, against: list[Token], ctx: Context
) -> list[tuple[Actor, Token]]:
    """What an "anti-" modifier names when it is no actor mention of its own: a nationality
    ("anti-American") is that state; "anti-government" is the government of the country
    where the event happens."""
    for t in against:
        country = default_lexicon().country_of(t.text)
        if country is not None:
            return [(ctx.state(country), t)]
        if t.lemma_.lower() in GOVERNMENT_WORDS:
            country = _place_country(token, trigger, ctx) or ctx.home_country
            if country is not None:
                return [(ctx.implied("GOV", country), t)]
    return []


def implied_source(token: Token, trigger: Trigger, ctx: Context) -> list[tuple[Actor, Token]]:
    """The unnamed agent of an agentless passive ("was arrested") or of a bare nominal
    ("anti-French demonstrations"), in the country where it happens: the event's place,
    else the article's home country (not the target's: Britons detained abroad are not
    held by Britain)."""
    if trigger.pos == "VERB" and not (is_passive(token) or is_bare_participle(token)):
        return []
    assert trigger.implied_source is not None
    country = _place_country(token, trigger, ctx) or ctx.home_country
    if country is None:
        return []
    return [(ctx.implied(trigger.implied_source, country), token)]


def _place_country(token: Token, trigger: Trigger, ctx: Context) -> str | None:
    place = place_for(token, None, trigger, ctx)
    return place.country if place is not None else None


def self_dyad(source: Actor, target: Actor) -> bool:
    """A state and itself, or a state and its own government ("Poland" and the Polish
    prime minister): a misread self-reference, not an event between two actors. Actors
    of one country in different sectors (government and opposition, army and rebels)
    are a real dyad."""
    if source is target:
        return True
    if source.country is None or source.country != target.country:
        return False
    states = (source.kind == "state") + (target.kind == "state")
    other = target if source.kind == "state" else source
    return states == 2 or (states == 1 and other.sector in {None, "GOV"})
