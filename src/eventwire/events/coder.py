"""Code events: lexicon triggers over the dependency parse, arguments mapped to actors.

For each token whose lemma is a trigger, the source is its subject (or, for nouns, the
possessor, a nationality adjective, or the subject of the verb that governs the noun),
the target is the argument the lexicon entry names (direct object or a preposition's
object). Coordinated arguments give one event per dyad.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import replace

import numpy
from spacy.attrs import ENT_TYPE, POS
from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from eventwire.actors.agents import definite
from eventwire.actors.drafts import NOT_A_HOME
from eventwire.actors.lexicon import default_lexicon, key_of, singular
from eventwire.events.arguments import (
    FINITE,
    by_phrases,
    child,
    clause_subject,
    earlier_objects,
    governing_verb,
    has_mark,
    helped_parties,
    in_relative_clause,
    inner_slots,
    is_passive,
    is_reciprocal,
    named_doers,
    passive_subject,
    prep_objects,
    threatened,
    with_conjuncts,
)
from eventwire.events.casualties import default_casualty_words, with_tallies
from eventwire.events.claims import accuses, asserting_verb
from eventwire.events.context import Context
from eventwire.events.coref import all_parties, antecedents, is_pair
from eventwire.events.frames import (
    ANSWER_NOUNS,
    WILL,
    answered_doers,
    anti_tokens,
    conditional_clause,
    held_until,
    is_advice,
    is_bare_participle,
    is_carried,
    is_headline,
    is_inquiry,
    is_standing_state,
    is_topic,
    legal_appeal,
    obligation_request,
    official_complaint,
    ordered_departure,
    ordered_request,
    participle_target,
    refused_content,
    refused_tolerance,
    refused_yield,
    refuses_to_tolerate,
    refuses_to_yield,
    said_ahead,
    seized_upon,
    shifted_type,
    told_body,
)
from eventwire.events.framing import (
    FramingWords,
    asked_in_clause,
    cancelling_verb,
    commissive_head,
    evaluation,
    framed_type,
    framing_head,
    framing_words,
    is_contest,
    is_deliberated,
    is_held,
    is_judgement,
    joint_type,
    message_sender,
    requested_act,
    undergoer,
    weapons_test,
)
from eventwire.events.inferred import (
    ADDRESSED_TYPES,
    FACING_TYPES,
    FORCE_MOVES,
    POLICY_CRITIQUE,
    RESPONSE_TYPES,
    accuser_of,
    act_doer,
    against_targets,
    answered_movers,
    antecedent_owner,
    border_neighbour,
    called_government,
    clause_act_doer,
    counterpart,
    court_before,
    crowd_source,
    defied_party,
    doers_of_acts,
    faced_party,
    held_where,
    holding_participles,
    home_people,
    implied_doers,
    implied_source,
    joint_forces,
    may_stand_alone,
    measure_maker,
    own_population,
    policy_owner,
    protested_government,
    protested_mission,
    self_dyad,
    sentences_between,
    story_addressee,
    struck_site,
    target_in_context,
    theatre,
    told_deed_doer,
    unnamed_agent,
    verb_doer,
)
from eventwire.events.lexicon import EventLexicon, Trigger, default_event_lexicon
from eventwire.events.place_time import PLACE_PREPS, place_at, place_for, when_for
from eventwire.events.status import is_negated, status_of
from eventwire.events.threats import ready_to_act, speaks_for
from eventwire.geo import Gazetteer
from eventwire.geo.features import inside_water_name
from eventwire.records import Actor, Event, Place, Span, Status, When
from eventwire.repairs import has_to

#: First-person words that, inside a quote, stand for its speaker ("our jets hit ..."; not
#: "my", whose nouns are as often the speaker's kin as the speaker's state).
FIRST_PERSON = frozenset({"i", "we", "me", "us", "our"})
COLLECTIVES = frozenset({"thousands", "hundreds", "dozens", "tens", "millions", "scores",
                         "supporters", "members", "groups", "crowds", "crowd", "group",
                         "delegation", "team", "contingent", "handful", "coalition",
                         "alliance", "network", "band", "federation", "association",
                         "league", "mob"})  # fmt: skip
# Head nouns a place name may modify and still name a place ("the Donetsk region").
PLACE_HEADS = frozenset({"region", "province", "city", "town", "village", "area", "district",
                         "state", "territory", "capital", "border", "coast", "island", "port",
                         "county", "oblast", "governorate", "municipality", "strip", "valley",
                         "enclave", "peninsula", "sector", "zone", "frontier"})  # fmt: skip
# Joint acts: with a coordinated subject and no object, the first party acts on the others.
# Clauses that hang on another verb or noun ("called on X to investigate", "a ministry
# that denied"): their act is asked for, planned or told in passing, no answer of its own.
DEPENDENT_CLAUSES = frozenset({"xcomp", "advcl", "relcl", "acl", "pcomp", "csubj"})
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Acts done in words, which the speaker of a report may go on to do in the same breath.
SPOKEN = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "AGREE"})
# PLOVER's reading of support announced for the future: "will back" is AGREE (manual,
# AGREE usage notes). Future meetings stay CONSULT, future aid AID and planned joint
# acts COOPERATE ("the two navies would stage joint drills"), with status intended, as our
# gold codes them; withdrawals stay RETREAT.
INTENT_TYPES = {"SUPPORT": "AGREE"}
# How the parser attaches an adjective said of a verb's object ("held X responsible").
PREDICATE_DEPS = frozenset({"oprd", "ccomp", "advcl", "acomp", "xcomp"})
# "left for a visit", "took part in talks": the verb's subject takes part in the noun's
# event; "fired at protests" or "warned against talks" do not make the subject a party.
APART_PREPS = frozenset({"at", "against", "toward", "towards", "over", "about", "despite",
                         "amid", "without", "of"})  # fmt: skip
# Events of opinion or opposition: the event a noun object names is not theirs.
STANCE_TYPES = frozenset({"REJECT", "ACCUSE", "SUPPORT", "THREATEN"})
# Acts whose target is what they are done to, not who would do them: asked for ("called
# for the release of X"), they name no addressee of the request.
HELD_BY_OTHERS = frozenset({"CONCEDE"})
# Types whose verbs also name moves in a game ("rallied to win", "attacked and beat").
CONTESTED = frozenset({"PROTEST", "ASSAULT"})
# An act its own clause dates this long before publication is background, not news.
BACKGROUND_DAYS = 365
# Verbs of harm short of death, whose "..., wounding five" clause reports a toll.
HARM_VERBS = frozenset({"wound", "injure", "maim"})
# How many sentences back "both sides" may point at the parties of an act told (a lead,
# two sentences of detail, then the call on both).
PAIR_SENTENCES = 3
# Acts in words that a country's own civic voices address to their government when they
# name no addressee ("called for dialogue", "demanded a recount").
CALLS_AT_HOME = frozenset({"REQUEST", "ACCUSE", "REJECT"})
# Acts of yielding, whose refusal is a REJECT ("would not back down", "refused to free").
YIELDING = frozenset({"CONCEDE", "RETREAT"})
# Uses of force, one of which may be the setting of the other ("arrested in raids").
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# How an act's owner hangs on the act's noun ("an Israeli strike", "Russia's shelling").
OWNER_DEPS = frozenset({"amod", "poss", "compound"})
# Harmful acts that, announced by their doer for the future, are threats made now: force
# and strikes ("said it would strike", "will arrest anyone who ..."). Sanctions, moves of
# troops, refusals and withdrawals so announced are the acts planned ("said it would
# impose sanctions", "would send troops"), as our gold codes them.
ANNOUNCED_THREATS = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# Acts that a purpose clause "to help X" makes aid to X: giving, and sending forces or
# craft ("sent four planes to help Bolivia fight the fires").
HELPING_TYPES = frozenset({"AID", "MOBILIZE"})
# The acts of pressure a refusal to give way answers ("would not bow to the pressure").
PRESSURE_TYPES = frozenset({"REQUEST", "THREATEN", "SANCTION", "ACCUSE", "COERCE"})
# Harmful acts that, made conditional ("unless", "if"), are threats.
THREAT_BASES = frozenset({"PROTEST", "SANCTION", "ASSAULT", "COERCE", "REJECT", "MOBILIZE"})
# Rates a measure is told in: "tariffs of 25 percent on Mexican steel".
RATES = frozenset({"percent", "cent", "%", "pct"})  # "per cent": "cent", "per" its compound
# Harmful acts that, told as what their doer stands ready to do, are threats.
READY_THREATS = frozenset({"PROTEST", "SANCTION", "ASSAULT", "COERCE", "REJECT"})
# Modals of an act its doer makes to depend on an "if" clause: a threat ("could cut
# supplies if the debt is not paid, the ministry said").
CONDITIONAL_MODALS = WILL | {"may", "might", "could"}
# Acts that are threats only when made to depend on "unless" ("will pull its peacekeepers
# out unless the junta holds elections"); with "if" they may be offers ("will withdraw if
# the rebels disarm").
UNLESS_THREATS = frozenset({"RETREAT"})
# Acts a verb may do to the event its object names ("dispersed the protest").
AGAINST_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION"})
# Prepositions whose second phrase on one verb is where it happened, not at whom ("took
# aim at Pakistan at the UN"). (A second "on" often adds a party: "sanctions on X and
# on Y"; measured, it lost more than it saved.)
VENUE_PREPS = frozenset({"at"})
# Sectors told what to do by no rank (crowds, civilians, armed men).
UNRANKED = frozenset({"CVL", "MIL", "REB", "CRM"})
# Verbs of warning, which may also give advice.
WARNINGS = frozenset({"warn", "caution"})
# Prepositions of what a deal or a talk is about: "an agreement on energy with Japan".
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# Sectors of the bodies a complaint is filed with as a forum, not against: courts and
# international bodies.
FORUMS = frozenset({"JUD", "IGO"})
# The pronouns by which a person or a body owns its following ("his supporters", "its
# members"; the followers are ``followers`` in ``framing.yaml``).
FOLLOWER_OWNERS = {"person": frozenset({"his", "her"}),
                   "group": frozenset({"its", "their"}),
                   "organisation": frozenset({"its", "their"})}  # fmt: skip
# Responses an act may draw from another party, aimed at the act's doer ("..., drawing
# condemnation from Cairo"); not help or agreement drawn by an attack on a third party
# ("..., prompting Germany to send air defences": sent to the victim).
DRAWN_RESPONSES = frozenset({"ACCUSE", "THREATEN", "REJECT", "SANCTION"})
# Sectors of doers whose bare "struck" is a labour strike, not an attack.
CIVIL_SECTORS = frozenset({"CVL"})
# Bodies that tell of an attack rather than suffer it ("told Reuters police attacked
# their homes").
REPORTERS = frozenset({"MED", "NGO"})
# Sides whose clash is a fight whatever it is over ("troops and rebels fought for the
# town"); and the prepositions of what other sides may clash over in words.
ARMED_SIDES = frozenset({"MIL", "REB", "CRM"})
DISPUTE_PREPS = frozenset({"over", "about", "for"})
# Words of fighting on one side ("fought alongside each other", "side by side",
# "together"), and the sectors whose clashes are in words (lawmakers, judges, parties).
SIDE_BY_SIDE = frozenset({"alongside", "together", "side"})
WORDY_SECTORS = frozenset({"LEG", "JUD", "POL", "OPP", "MED"})
# Object pronouns that stand for people or groups named before ("accusing them of").
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# How a clause telling the attack that force answers opens ("returned fire when ...").
ANSWERED_MARKS = frozenset({"when", "as", "after"})


def code_events(doc: Doc, ctx: Context, lexicon: EventLexicon | None = None) -> list[Event]:
    lex = lexicon or default_event_lexicon()
    words = framing_words()
    found: list[tuple[Token, Event]] = []
    consumed: set[int] = set()
    silent: dict[int, str] = {}  # verbs that ask, allege or refuse with no dyad of their own
    for token in _open_tokens(doc):
        if token.i in consumed:
            continue
        evaluated = evaluation(token, words)
        if evaluated is not None and not is_headline(token.sent):
            kind, phrase = evaluated
            said = Trigger(token.lemma_.lower(), "VERB", kind, lex.types[kind].cameo,
                           mode="annul" if _unlawful_measure(token, kind, phrase, lex) else None,
                           target=(), passive_target=False)  # fmt: skip
            found.extend(
                (token, e)
                for e in _events_for(doc, token, None, said, ctx, lex, [phrase], prior=found)
            )
        pressed = held_until(token, words)
        if pressed is not None and not is_headline(token.sent):
            # "would keep its veto until Skopje ...": an ultimatum to whoever must act.
            kept = Trigger(token.lemma_.lower(), "VERB", "THREATEN", lex.types["THREATEN"].cameo,
                           mode="ultimatum", target=(), passive_target=False)  # fmt: skip
            ultimatum = _events_for(doc, token, None, kept, ctx, lex, [pressed], prior=found)
            found.extend((token, e) for e in ultimatum)
            if ultimatum:
                # "would keep protesting until ...": the act kept up is the ultimatum's means.
                consumed.update(c.i for c in token.children if c.dep_ == "xcomp")
        match = (
            refused_yield(token, lex)
            or refused_tolerance(token, lex)
            or legal_appeal(token, lex)
            or ordered_departure(token, lex)
            or _trigger_for(token, lex)
            or obligation_request(token, lex)
            or ordered_request(token, lex)
        )
        if match is None:
            continue
        trigger, obj = match
        if is_topic(token, trigger) or is_headline(token.sent):
            continue
        if is_standing_state(token, trigger.lemma):
            continue
        if _in_quoted_imperative(token):
            continue  # "'Stop bombing Gaza,' protesters shouted": a slogan asks, no one bombs
        if trigger.pos == "NOUN" and is_judgement(token, words):
            continue  # "the protests are a threat to the regime": a judgement, no act
        if trigger.pos == "NOUN" and _passive_object_of_trigger(token, lex):
            continue  # "sanctions were imposed on Iran": the verb's event, coded there
        if trigger.pos == "NOUN" and (is_deliberated(token, words) or is_held(token)):
            continue  # "reviewing its agreement with X", "has sanctions on Y": no act
        if _agreement_in_force(token, trigger):
            continue  # "bound by the trade pact", "under the deal": an agreement in force
        if trigger.type == "THREATEN" and trigger.lemma in WARNINGS and is_advice(token, lex):
            continue  # "warned people not to eat the product": advice
        if is_inquiry(token):
            continue  # "asked Morrison about his testimony": a question, no demand
        if trigger.mode == "visit" and "dobj" not in trigger.target and is_carried(token):
            continue  # "flew the cat to Portland": the traveller carries something
        if trigger.type == "MOBILIZE" and _ordered_to_act(token):
            continue  # "ordered police to investigate": the order's act is the xcomp's
        if trigger.type in CONTESTED and is_contest(token, words):
            continue
        if _force_within_force(token, trigger, lex) or _mere_effort(token, trigger, lex, words):
            continue
        if trigger.type in FORCE_TYPES and trigger.verbal is None and seized_upon(token, lex):
            continue  # "seized on the remarks": a figure of speech
        if obj is not None:
            consumed.add(obj.i)
        coded = _events_for(doc, token, obj, trigger, ctx, lex, prior=found)
        # "called a strike for Friday" stages a strike: it asks nothing of anyone.
        if (
            not coded
            and trigger.pos == "VERB"
            and trigger.type in EMBEDDING
            and not _stages_protest(token)
        ):
            silent[token.i] = trigger.type
        found.extend((token, e) for e in coded)
    found = with_tallies(
        _drop_embedded(_drop_frames(_claims_as_accusations(found, ctx, lex)), silent)
    )
    # An act only asked for ("asked the bloc to persuade the junta") is what the request
    # carries; one that escaped ``_drop_embedded`` through an odd parse is not coded apart.
    news = [e for _, e in found if not _recalled(e, ctx) and e.status != "requested"]
    return _merge(_one_per_country_pair(news))


Found = list[tuple[Token, Event]]

# The coarse parts of speech of a trigger (a noun, a proper noun or a verb); an evaluating
# verb and a speech verb that asks are verbs too.
_TRIGGER_POS = (NOUN, PROPN, VERB)


def _open_tokens(doc: Doc) -> Iterator[Token]:
    """In text order, the tokens that may be a trigger: nouns, proper nouns and verbs
    outside every entity ("March", "Attack Helicopter Squadron": names are not
    triggers). Picked from the parse's arrays: visiting every token to ask costs more."""
    if not len(doc):
        return
    table = doc.to_array([POS, ENT_TYPE])
    picked = numpy.isin(table[:, 0], _TRIGGER_POS) & (table[:, 1] == 0)
    for index in numpy.nonzero(picked)[0].tolist():
        yield doc[index]


def _claims_as_accusations(found: Found, ctx: Context, lex: EventLexicon) -> Found:
    """ "Armenia's army said Azerbaijani forces had fired on Armenian positions": force
    a party says a foreign party used on its side is its accusation of that party
    (``claims``), told where the act was (one per claim; the act itself is not coded)."""
    kept: Found = []
    info = lex.types["ACCUSE"]
    for token, event in found:
        verb = asserting_verb(token) if token.pos_ == "VERB" else None
        subject = clause_subject(verb) if verb is not None else None  # who makes the claim
        speakers = _arguments([subject], ctx) if subject is not None else []
        speaker = next(((a, t) for a, t in speakers if accuses(a, event)), None)
        if verb is None or speaker is None:
            kept.append((token, event))
            continue
        accusation = replace(
            event,
            type="ACCUSE",
            trigger=Span(verb.idx, event.trigger.end),
            source=speaker[0],
            target=event.source,
            source_span=_span(speaker[1]),
            target_span=event.source_span,
            mode=None,
            cameo="112",
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            fatalities=None,
            count=None,
        )
        kept.append((verb, accusation))
    return kept


def _drop_frames(found: Found) -> Found:
    """A targetless event whose trigger only frames another event ("an agreement to sell
    jets to X") adds nothing: the framed event carries the dyad."""
    framed = {t.head.i for t, e in found if e.target is not None}
    return [(t, e) for t, e in found if e.target is not None or t.i not in framed]


# Events whose complement is an act asked for, alleged or refused, not one done.
EMBEDDING = frozenset({"REQUEST", "ACCUSE", "REJECT"})
CIRCUMSTANCES = frozenset({"with", "after", "before", "while", "despite", "amid", "as", "during",
                           "since", "until"})  # fmt: skip


def _drop_embedded(found: Found, silent: dict[int, str] | None = None) -> Found:
    """ "urged X to withdraw", "asked X to halt the drills", "called on X to free the
    prisoners", "accused X of shelling Y", "dismissed claims that it bought arms from
    Y": the REQUEST, ACCUSE or REJECT carries the dyad; the act asked for, alleged or
    refused, not done, is not coded apart (the gold codes such acts 5 times in 500).
    Under such a verb that names no dyad of its own (``silent``: "objected to sending
    tanks to X") the act is not done either, unless negated (a refusal to yield is read
    from it) or named by a noun under a condemnation ("condemned X's transfer of arms"
    tells a transfer that happened, whether or not the condemnation is coded: "condemned
    the detention of X", "called the detention of X illegal")."""
    asking = {t.i for t, e in found if e.type in EMBEDDING}
    condemning = {t.i for t, e in found if e.type == "ACCUSE"}
    said = set(silent or {})  # a clause under any of them is not done
    not_done = {i for i, kind in (silent or {}).items() if kind != "ACCUSE"}  # nor a noun
    return [
        (t, e)
        for t, e in found
        if e.type in EMBEDDING
        or (
            t.pos_ == "NOUN"
            and t.dep_ == "dobj"
            and t.head.i in condemning
            and e.status == "asserted"
            and not _retold(t, e, found)
        )
        or not (
            _content_of(t, asking)
            or (e.status != "negated" and _content_of(t, said if t.pos_ == "VERB" else not_done))
        )
    ]


def _retold(token: Token, event: Event, found: Found) -> bool:
    """An act noun that names again an act told before it, of the same type and done to
    the same party ("Police detained X ... condemned the detention of X")."""
    if event.target is None:
        return False
    return any(
        t.i < token.i
        and e.type == event.type
        and e.target is not None
        and e.target.actor_id == event.target.actor_id
        for t, e in found
    )


def _content_of(token: Token, heads: set[int]) -> bool:
    """The token is inside what one of ``heads`` asks, claims or rejects: reached through
    complements ("to withdraw", "of shelling", "that it bought"), not through an adverbial
    clause or a circumstance ("..., with X speaking to Y", "after X met Y")."""
    node = token
    while node.head.i != node.i:
        if _toll_of_alleged(node, heads):
            return True
        if node.dep_ == "conj" and node.head.dep_ in {"xcomp", "ccomp", "pcomp"}:
            node = node.head  # "asked X to ease A and to halt B": both are asked
            continue
        if node.dep_ == "advcl" and node.head.i in heads and _bare_infinitive(node):
            return True  # "called on Kyiv to pull back", the "to" clause read as adverbial
        if node.dep_ in {"advcl", "conj", "parataxis", "relcl"}:
            return False
        if node.dep_ == "prep" and node.lower_ in CIRCUMSTANCES:
            return False
        node = node.head
        if node.i in heads:
            return True
    return False


def _bare_infinitive(clause: Token) -> bool:
    """A "to" clause with no mark that makes it one of purpose ("so as to"): after a
    verb that asks, what is asked."""
    return has_to(clause) and not any(c.dep_ == "mark" for c in clause.children)


def _toll_of_alleged(node: Token, heads: set[int]) -> bool:
    """A subjectless "killing N" clause on an accusation or a demand ("accused X of
    shelling villages, killing two"): the toll of the alleged act, not the accuser's."""
    return (
        node.dep_ == "advcl"
        and node.tag_ == "VBG"
        and node.head.i in heads
        and node.lemma_.lower() in default_casualty_words().fatal_verbs | HARM_VERBS
        and child(node, {"nsubj", "nsubjpass"}) is None
    )


def _pos(token: Token) -> str | None:
    if token.pos_ == "VERB":
        return "VERB"
    if token.pos_ in {"NOUN", "PROPN"}:
        return "NOUN"
    return None


def _home_relief(giver: Actor, receiver: Actor) -> bool:
    """ "The government flew food to the flooded villages", "the army sent medics to the
    quake zone": relief a country's own bodies bring to its own people is domestic policy,
    no aid between parties (CAMEO 07 is aid given to another)."""
    return giver.country not in {None, "IGO"} and giver.country == receiver.country


def _own_people(giver: Actor, returned: Actor) -> bool:
    """People of the giver's own country ("returned home 84 Ukrainian prisoners of war"):
    brought home, not handed back to anyone."""
    return returned.kind != "state" and _home_relief(giver, returned)


def _opening_plural(token: Token) -> bool:
    """A capitalised word tagged as a name, no entity's, that opens its sentence or follows
    a dateline's dash: maybe a plural noun the tagger misread ("Talks between ...")."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_:
        return False
    return token.i == token.sent.start or token.nbor(-1).is_punct


def _trigger_for(token: Token, lex: EventLexicon) -> tuple[Trigger, Token | None] | None:
    pos = _pos(token)
    if pos is None:
        return None
    candidates = lex.triggers.get((token.lemma_.lower(), pos)) or lex.triggers.get(
        (token.lower_, pos), ()
    )
    if not candidates and _opening_plural(token):
        # "DOHA — Talks between Israel and Hamas resumed": a plural opening a sentence that
        # the tagger took for a name and left unlemmatised.
        one = singular(token.lower_)
        candidates = lex.triggers.get((one, "NOUN"), ()) if one is not None else ()
    for trigger in candidates:
        if trigger.particle and not _has_particle(token, trigger.particle):
            continue
        if trigger.doers and not _done_with(token, trigger.doers):
            continue
        obj = None
        if trigger.objects:
            obj = _object(token, trigger.objects)
            if obj is None and trigger.named and not _given_back(token):
                obj = _named_person(token)  # "received Viktor Orban in Ankara"
            if obj is None:
                continue
            if _joint_undertaking(obj) and (obj.lemma_.lower(), "NOUN") not in lex.triggers:
                # "launched a joint operation": the partners' cooperation (the noun's own
                # reading), not an attack; "launched joint strikes" stays one.
                continue
        return trigger, obj
    if pos == "NOUN" and not candidates and _joint_undertaking(token):
        return JOINT_UNDERTAKING, None
    return None


# A joint undertaking that no lexicon entry names ("began joint patrols", "set up a joint
# venture with X"): material cooperation between its parties (CAMEO 06).
JOINT_UNDERTAKING = Trigger("joint", "NOUN", "COOPERATE", "06", target=("with",))


def _joint_undertaking(token: Token) -> bool:
    """A noun held jointly ("joint", "combined", "bilateral" as its modifier) that a verb
    starts or runs as its object: "began joint patrols", "opened a joint plant with X",
    "set up a joint venture"; not one only planned or described ("agreed to build a
    joint plant", "a firm that runs a joint venture")."""
    words = framing_words()
    if token.pos_ != "NOUN" or token.dep_ != "dobj" or token.head.pos_ != "VERB":
        return False
    if not any(c.dep_ in {"amod", "compound"} and c.lower_ in words.joint for c in token.children):
        return False
    if token.head.dep_ in {"xcomp", "acl", "relcl"}:
        return False  # "agreed to set up a joint commission": the agreement is the event
    verb = token.head.lemma_.lower()
    return verb in words.staging or verb in words.undertaking


def _done_with(token: Token, doers: frozenset[str]) -> bool:
    """The verb's subject is one of the entry's ``doer`` words: a weapon or an attack
    ("Russian drones hit a power station"), armed men or a crowd ("gunmen set fire to
    ..."); a count or a collective is read through its "of" phrase ("dozens of gunmen")."""
    subject = child(token, {"nsubj"})
    if subject is None and is_passive(token):
        # "a power plant was hit by Russian missiles": the doer is the passive's agent
        subject = next((o for _, o in prep_objects(token, {"by"})), None)
    if subject is not None and COLLECTIVES & {subject.lower_, subject.lemma_.lower()}:
        members = [o for _, o in prep_objects(subject, {"of"})]
        subject = members[0] if members else subject
    return subject is not None and bool(_noun_forms(subject) & doers)


def _noun_forms(noun: Token) -> set[str]:
    """A noun's lemma and surface, and the singular of a plural the tagger took for a name
    and left unlemmatised ("Protesters set fire ..." opening a story after its dateline)."""
    forms = {noun.lemma_.lower(), noun.lower_}
    if noun.pos_ == "PROPN":
        one = singular(noun.lower_)
        if one is not None:
            forms.add(one)
        if noun.lower_.endswith("men"):
            forms.add(noun.lower_[:-3] + "man")  # "Gunmen", "Policemen"
    return forms


def _has_particle(token: Token, particle: str) -> bool:
    words = particle.lower().split()
    if any(c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == words[0] for c in token.children):
        return True
    if token.pos_ != "VERB" and token.dep_ == "pobj" and token.head.lower_ == words[0]:
        return True  # a noun's particle governs it: "on alert", "on standby"
    following = [t.lower_ for t in token.doc[token.i + 1 : token.i + 1 + len(words)]]
    return following == words


def _listed(word: Token, objects: frozenset[str]) -> bool:
    """Whether an entry's object list names ``word``, by lemma or as written."""
    return word.lemma_.lower() in objects or word.lower_ in objects


def _object(token: Token, objects: frozenset[str]) -> Token | None:
    deps = {"dobj", "nsubjpass"} if token.pos_ == "VERB" else {"pobj", "compound", "dobj", "amod"}
    words = framing_words()
    partitive = words.partitive
    if token.pos_ == "VERB" and token.dep_ == "acl" and token.tag_ == "VBN":
        # "tents sent by Morocco", "two planeloads of tents sent by Morocco": a participle
        # describing its object (not forces: "soldiers of a force sent by Chad" may be
        # peacekeepers as well as a deployment; the clause does not say)
        thing = token.head
        if thing.lemma_.lower() in framing_words().commanded:
            return None
        if _listed(thing, objects):
            return thing
        if thing.lemma_.lower() in partitive:
            for _, o in prep_objects(thing, {"of"}):
                if _listed(o, objects):
                    return o
    for c in token.children:
        cargo = _cargo(c) if c.dep_ in deps else None
        if cargo is not None:
            # "sent two planes loaded with tents": the cargo decides, not the vehicle.
            if _listed(cargo, objects):
                return cargo
            continue
        kind = _amount_kind(c) if c.dep_ in deps and token.pos_ == "VERB" else None
        if kind is not None:
            # "provide $200 million in credit", "gave 2 million euros in financing":
            # what an amount is of is said by its "in" phrase ("$3 million in fees" is
            # no money given as aid, though an amount is).
            if _listed(kind, objects):
                return kind
            continue
        if c.dep_ in deps and _listed(c, objects):
            return c
        shared = _shared_object(c)
        if shared is not None and _listed(shared, objects):
            return c  # "pardoned two soldiers and handed them over": the soldiers
        measure = c.lemma_.lower() in partitive or _counted(c) or c.ent_type_ == "MONEY"
        if c.dep_ in deps and (measure or c.lemma_.lower() in words.change):
            # "declared a state of emergency", "sent a batch of missiles", "cancelled
            # $300 million of its debt", and the good named before the measure: "20,000
            # vaccine doses", "two arms shipments", "delayed a tariff increase"
            for _, o in prep_objects(c, {"of"}):
                if _listed(o, objects):
                    return o
            if any(m.dep_ == "compound" and m.lemma_.lower() in objects for m in c.children):
                return c
        # "held Ethiopia responsible": the object's predicate, however it is parsed.
        predicate = token.pos_ == "VERB" and c.pos_ == "ADJ" and c.dep_ in PREDICATE_DEPS
        if predicate and c.lower_ in objects:
            return c
        if token.pos_ == "VERB" and c.dep_ == "dobj":
            # "exempted bus parts from its surcharge": the "from" phrase the parser hangs
            # on the object instead of the verb.
            for _, o in prep_objects(c, {"from"}):
                if _listed(o, objects):
                    return o
        if c.dep_ == "prep":
            # "withdrew from the pact", "pulled out of the deal" (a preposition in a preposition)
            nested = [g for g in c.children if g.dep_ == "prep"]
            for o in [*c.children, *(g for n in nested for g in n.children)]:
                if o.dep_ == "pobj" and _listed(o, objects):
                    return o
    for c in token.children:
        if c.dep_ in deps:
            # "sent rescue crews and bottled water": a later conjunct may name the object.
            for o in c.conjuncts:
                if _listed(o, objects):
                    return o
    return None


def _said_to_happen(noun: Token, trigger: Trigger) -> bool:
    """An act's noun as the subject of a verb that says only that it happens: passive
    ("talks were held") or of occurring ("clashes broke out", "fighting raged")."""
    if trigger.pos != "NOUN" or noun.head.pos_ not in {"VERB", "AUX"}:
        return False
    occurring = framing_words().occurring
    return noun.dep_ == "nsubjpass" or (
        noun.dep_ == "nsubj" and noun.head.lemma_.lower() in occurring
    )


def _one_army(source: Actor, target: Actor) -> bool:
    """Two unnamed military groups of one country ("Sudanese troops", "the Sudanese
    soldiers"): one army read twice, which does not fight itself. (Factions of one army
    named only by whom they are loyal to are lost with it: rarer in wire copy than the
    misreading.)"""
    return _same_unnamed_group(source, target, "MIL")


def _same_unnamed_group(first: Actor, second: Actor, sector: str | None = None) -> bool:
    """Two unnamed groups (not a named body: "the ELN" and "the FARC dissidents" are two)
    of one country and sector (of ``sector`` when given)."""
    if first.kind != "group" or second.kind != "group" or first.country is None:
        return False
    same = first.country == second.country and first.sector == second.sector
    return same and (sector is None or first.sector == sector)


def _two_sides(parties: list[tuple[Actor, Token]]) -> list[tuple[Actor, Token]]:
    """The sides of a two-way act: unnamed groups of one country and sector read twice
    ("Sudanese troops" and "the Sudanese army" among the subjects) are one side, the
    first-named; named bodies stay apart."""
    sides: list[tuple[Actor, Token]] = []
    for actor, token in parties:
        if not any(_same_unnamed_group(actor, kept) for kept, _ in sides):
            sides.append((actor, token))
    return sides


def _fought_out(verb: Token, sides: list[tuple[Actor, Token]]) -> bool:
    """Two sides written as one subject fight each other: states or bodies, not people
    or lawmakers ("Trump and Macron clashed", "lawmakers clashed in a debate"), not side
    by side ("fought alongside each other"); the verb has no object ("are fighting the
    spread of cholera") and, unless a side is armed, no topic or prize anywhere in its
    phrases ("France and Germany clashed over subsidies", "clashed at the summit over
    Ukraine", "will fight for the title")."""
    if any(c.dep_ in {"dobj", "attr"} for c in verb.children):
        return False
    if any(t.lower_ in SIDE_BY_SIDE for t in verb.subtree):
        return False
    if any(a.kind == "person" or a.sector in WORDY_SECTORS for a, _ in sides):
        return False
    if any(a.sector in ARMED_SIDES for a, _ in sides):
        return True
    return not any(t.dep_ == "prep" and t.lower_ in DISPUTE_PREPS for t in verb.subtree)


def _answered_attackers(verb: Token, lex: EventLexicon) -> list[Token]:
    """ "Soldiers returned fire when gunmen attacked a checkpoint", "troops opened fire
    after protesters stormed the compound": force used with no one named answers the
    doers of the attack its "when", "as" or "after" clause tells."""
    found: list[Token] = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.pos_ != "VERB":
            continue
        if not any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in ANSWERED_MARKS for c in clause.children
        ):
            continue
        said = child(clause, {"dobj"})
        if said is not None and said.lemma_.lower() in lex.status.verbal_objects:
            continue  # "after officials attacked the decision": words, no attack
        entries = lex.triggers.get((clause.lemma_.lower(), "VERB"), ())
        if any(t.type == "ASSAULT" for t in entries):
            found.extend(c for c in clause.children if c.dep_ == "nsubj")
    return found


def _doers_side(actor: Actor, sources: list[tuple[Actor, Token]]) -> bool:
    """A party of the same country and sector as one of the doers, or its state: their
    own side ("Israeli troops opened fire as Israeli jets struck")."""
    return any(
        actor.country == s.country and (actor.kind == "state" or actor.sector == s.sector)
        for s, _ in sources
        if s.country is not None
    )


def _others_own(
    slots: list[Token], sources: list[tuple[Actor, Token]], ctx: Context
) -> list[tuple[Actor, Token]]:
    """ "Indian troops returned fire after Pakistani soldiers shelled their posts": what
    force is used on, owned by "their" or "its", is not the doers' own but the nearest
    other party named before it in the sentence."""
    for slot in slots:
        owner = child(slot, {"poss"})
        if owner is None or owner.lower_ not in {"their", "its"}:
            continue
        if any(c.lower_ == "own" for c in slot.children):
            continue  # "shelled their own positions"
        for i in range(owner.i - 1, owner.sent.start - 1, -1):
            actor = ctx.actors.at(i)
            if actor is None or actor.sector in REPORTERS:
                continue  # "witnesses told Reuters police attacked their homes"
            if not any(actor is s or self_dyad(s, actor) for s, _ in sources):
                return [(actor, slot)]
    return []


def _given_back(verb: Token) -> bool:
    """A verb with a "from" phrase or "back" ("received the hostage from Hamas", "received
    him back"): the person is handed over, not a visitor."""
    return any(
        c.lower_ in {"from", "back"} and c.dep_ in {"prep", "prt", "advmod"} for c in verb.children
    )


def _named_person(verb: Token) -> Token | None:
    """The verb's object when it is a person's name ("received Hungarian Prime Minister
    Viktor Orban"), or None."""
    obj = child(verb, {"dobj"})
    return obj if obj is not None and obj.ent_type_ == "PERSON" else None


def _shared_object(pronoun: Token) -> Token | None:
    """The noun an object pronoun stands for when its verb is coordinated with an earlier
    one that has a noun object ("detained three fishermen and handed them over"), else
    None."""
    if pronoun.lower_ not in OBJECT_PRONOUNS and pronoun.lower_ != "it":
        return None
    first = next(iter(earlier_objects(pronoun)), None)
    return first if first is not None and first.pos_ in {"NOUN", "PROPN"} else None


def _amount_kind(amount: Token) -> Token | None:
    """The bare common noun of an amount's "in" phrase, which says what the amount is of
    ("$200 million in credit", "30 million euros in fees"); None for an amount without
    one, or whose "in" phrase says when or where ("2 million euros in 2023", "in Lagos",
    "in the wake of the floods")."""
    for _, o in prep_objects(amount, {"in"}):
        bare = o.pos_ == "NOUN" and not o.ent_type_ and not any(c.dep_ == "det" for c in o.children)
        if bare and _measured_by(o) is not None:
            return o
    return None


def _cargo(vehicle: Token) -> Token | None:
    """What a vehicle is said to carry ("planes loaded with tents", "a convoy carrying
    rice", "trucks packed with food"), or None."""
    words = framing_words()
    if vehicle.lemma_.lower() not in words.cargo_vehicles:
        return None
    for participle in vehicle.children:
        if participle.dep_ != "acl" or participle.lemma_.lower() not in words.cargo_verbs:
            continue
        for c in participle.children:
            if c.dep_ == "dobj":
                return c
        for _, o in prep_objects(participle, {"with"}):
            return o
    return None


def _actors_at(token: Token, ctx: Context) -> list[Actor]:
    """The actor a syntactic argument refers to: the head itself, then its pre-modifiers."""
    if ctx.speakers and token.i in ctx.speakers and token.lower_ in FIRST_PERSON:
        return [ctx.speakers[token.i]]
    for pair_word in (token, *(c for c in token.children if c.dep_ == "poss")):
        if is_pair(pair_word):
            # "the two leaders signed", "urged both governments", "the two countries'
            # ministers met": the two parties named last, not a new group of leaders or
            # the home country's government.
            pair = antecedents(pair_word, ctx.actors.at)
            if pair:
                return pair
    actor = ctx.actors.at(token.i)
    if actor is not None:
        # "Palestinian and Jordanian villages": the head's actor holds the last modifier
        # only; the modifiers coordinated with it are parties too.
        modifiers = [c for c in token.children if _modifies(c) and c.i < token.i]
        coordinated = [m for c in modifiers if c.conjuncts for m in (c, *c.conjuncts)]
        return _with_coordinated([actor], coordinated, token, ctx)
    named = _named_in_apposition(token, ctx)
    if named is not None:
        return [named]
    for i in range(token.i - 1, token.left_edge.i - 1, -1):
        actor = ctx.actors.at(i)
        if actor is not None:
            # "Canadian and Mexican steel": each coordinated modifier is a party.
            return _with_coordinated([actor], list(token.doc[i].conjuncts), token, ctx)
    for c in token.children:
        if c.dep_ == "poss":
            return _actors_at(c, ctx)
    referred = antecedents(token, ctx.actors.at)
    if referred:
        return referred
    for bound in _adjunct_objects(token):
        found = [a for b in with_conjuncts(bound) for a in _actors_at(b, ctx)]
        if found:
            return found
    # "Thousands of Georgians", "supporters of the opposition"
    if (token.lower_ in COLLECTIVES and token.pos_ != "PROPN") or token.pos_ == "NUM":
        for _, obj in prep_objects(token, {"of"}):
            return _actors_at(obj, ctx)
    # A place as an argument stands for its country ("withdrew from Kherson"); a street,
    # square or building ("marched to Freedom Square") stands for no one.
    place = place_at(token, ctx.places_by_start, token.doc)
    if (
        place is not None
        and place.country
        and place.feature != "local"
        and _names_a_place(token, place)
    ):
        return [ctx.state(place.country)]
    if inside_water_name(ctx.places, token.idx, token.idx + len(token)):
        return []  # "fired missiles into the Sea of Japan": a sea's name, not Japan
    country = _named_place_country(token)
    return [ctx.state(country)] if country else []


def _home_capital(token: Token, ctx: Context) -> str | None:
    """ "delivered water to the capital", "imposed a curfew on the capital": the capital
    named by no name nor owner is the story's home country's, as a place argument."""
    if token.lemma_.lower() != "capital" or token.pos_ != "NOUN":
        return None
    if not definite(token):
        return None
    if any(c.dep_ in {"poss", "amod", "compound", "prep", "appos"} for c in token.children):
        return None  # "Sudan's capital", "the Afghan capital", "the capital of Chad"
    return ctx.home_country


def _named_in_apposition(token: Token, ctx: Context) -> Actor | None:
    """ "spoke with Israeli counterpart Meir Golan", "hosted his Kenyan counterpart,
    William Otieno": a noun that names no actor itself stands for the person or body its
    apposition names (before the nationality or owner in front of it, which that actor
    already holds)."""
    for c in token.children:
        if c.dep_ == "appos":
            named = ctx.actors.at(c.i)
            if named is not None and named.kind in {"person", "organisation"}:
                return named
    return None


# Where the main clause names the party a participle's object pronoun stands for:
# "arrested 14 fishermen, accusing them of ...", "sanctions on X, accusing him of ...".
BINDING_PREPS = frozenset({"on", "against"})


def _adjunct_objects(token: Token) -> list[Token]:
    """ "The navy arrested 14 fishermen, accusing them of poaching", "imposed sanctions on
    the attorney general, accusing him of ...": an object pronoun of a participle clause
    hung on the main verb stands for that verb's object (or its "on"/"against" object),
    or for the object of a verb coordinated with it ("detained five sailors and
    impounded their boat, accusing them of ..."), the one the clause goes on to speak
    of: those objects, nearest first. [] for anything else."""
    participle = token.head
    if token.dep_ != "dobj" or participle.dep_ != "advcl" or participle.tag_ != "VBG":
        return []
    # "it" only after a verb of charging ("expelled the group, accusing it of ..."):
    # "..., calling it a provocation" speaks of the act, not of the object.
    charging = participle.lemma_.lower() in framing_words().charging
    if token.lower_ not in OBJECT_PRONOUNS and not (token.lower_ == "it" and charging):
        return []
    main = participle.head
    # "detained five sailors and impounded their boat, accusing them of ...": the verbs
    # coordinated with the one the clause hangs on are the main clause too.
    verbs = [main, *(v for v in main.conjuncts if v.pos_ in {"VERB", "AUX"})]
    objects = [c for v in verbs for c in v.children if c.dep_ == "dobj" and c.pos_ != "PRON"]
    # "sanctions on X": the preposition may hang on the verb or on its object.
    objects += [o for h in (*verbs, *objects) for _, o in prep_objects(h, set(BINDING_PREPS))]
    return sorted((o for o in objects if o.i < participle.i), key=lambda o: -o.i)


# Acts that hold people whose release can be asked for: arrests, seizures, abductions;
# and how many sentences back such an act may be told.
HOLDING_TYPES = frozenset({"COERCE", "ASSAULT"})
HOLDER_SENTENCES = 3


def _holder(
    slots: list[Token],
    sources: list[tuple[Actor, Token]],
    prior: Sequence[tuple[Token, Event]],
    ctx: Context,
    lex: EventLexicon,
) -> list[tuple[Actor, Token]]:
    """Whom a request to free someone is made of: the doer of the arrest or abduction of
    the people to be freed that the article told in the sentences before ("Iranian police
    arrested a French teacher. France demanded her release" asks Iran's police). The
    people are the release noun's "of" phrase or possessor; a pronoun that names no actor
    stands for the last people held from the speaker's country."""
    for slot in slots:
        if not _releases(slot, lex):
            continue
        held = [o for _, o in prep_objects(slot, {"of"})]
        held += [c for c in slot.children if c.dep_ == "poss"]
        named = [a for a, _ in _arguments(held, ctx)]
        countries = {a.country for a in named} or {a.country for a, _ in sources}
        for earlier, event in reversed(prior):
            if earlier.i >= slot.i:
                continue
            if sentences_between(earlier, slot) > HOLDER_SENTENCES:
                break
            holder, kept = event.source, event.target
            if event.type not in HOLDING_TYPES or holder is None or kept is None:
                continue
            same = any(kept is a for a in named) or (kept.country in countries and not named)
            if same and all(holder.country != a.country for a, _ in sources):
                return [(holder, slot)]
        # "the hostages held by the group", "fighters taken hostage by the rebels": the
        # captor the participle names.
        captors = [
            o
            for participle in [
                *(p for person in held for p in person.children if _participle(p)),
                *holding_participles(slot),  # the parser may hang it on "release" itself
            ]
            for host in (participle, *participle.children)
            for _, o in prep_objects(host, {"by"})
        ]
        keepers = _arguments(captors, ctx)
        if keepers:
            return [(actor, slot) for actor, _ in keepers]
        return held_where(slot, held, sources, ctx)
    return []


# The CAMEO code of the rows that ban or bar a state's own people ("banned women from
# working"), and the words that make such people foreigners, whom the rows do not cover.
RIGHTS_TAKEN = "1721"
FOREIGN_WORDS = frozenset({"foreign", "international", "overseas"})
# Verbs whose object is told what to do in an infinitive ("ordered troops to withdraw").
ORDERING_VERBS = frozenset({"order", "instruct", "direct", "command"})


def _ordered_to_act(token: Token) -> bool:
    """An order whose infinitive says what the forces are to do ("ordered police to
    investigate the killing", "ordered troops to withdraw"): that act, if any, is the
    event, not a deployment."""
    return token.lemma_.lower() in ORDERING_VERBS and any(
        c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} for c in token.children
    )


def _participle(token: Token) -> bool:
    return token.dep_ == "acl" and token.tag_ == "VBN"


def _releases(token: Token, lex: EventLexicon) -> bool:
    """Whether ``token`` is a noun for freeing people ("the release of X", "her release")."""
    return any(
        t.type == "CONCEDE" and t.mode == "release" and "of" in t.target
        for t in lex.triggers.get((token.lemma_.lower(), "NOUN"), ())
    )


def _said_outright(token: Token, status: str, framed: str | None, asked_by: Token | None) -> bool:
    """An act done in the clause's own words: not one asked for, planned or told in a
    clause hanging on another word ("called on X to investigate")."""
    return (
        status == "asserted"
        and framed is None
        and asked_by is None
        and token.dep_ not in DEPENDENT_CLAUSES
    )


def _modifies(word: Token) -> bool:
    """A word before a noun that may name a party of it: an adjective or a noun
    ("Kenyan", "Kenya"), or a nationality the parser took for a name's modifier ("Thai"
    in "Thai and Laotian guards")."""
    if word.dep_ in {"amod", "compound"}:
        return True
    return word.dep_ == "nmod" and key_of(word.text) in default_lexicon().adjectives


def _with_coordinated(
    found: list[Actor], modifiers: list[Token], head: Token, ctx: Context
) -> list[Actor]:
    """``found`` and the parties the coordinated ``modifiers`` before ``head`` name: an
    actor there; for a country word ("Mexican"), the same kind of group as ``found``'s
    when that is a group of a sector, else the country's state."""
    group = found[0] if found[0].kind == "group" and found[0].sector else None
    # Text order: the head's actor holds the modifier nearest the head, and the first
    # named is the source of a joint act ("Russian and North Korean leaders signed").
    at = {id(found[0]): head.i}
    for c in modifiers:
        if not head.left_edge.i <= c.i < head.i:
            continue
        other = ctx.actors.at(c.i)
        if other is None:
            country = default_lexicon().country_of(c.text)
        else:  # a modifier ("Kenyan") that names a state gives its country
            country = other.country if other.kind == "state" else None
        if country and group is not None and country == group.country:
            continue  # the head's own country, however the parser hung the words
        if country and group is not None:
            # "Kenyan and Ugandan journalists": Kenyan journalists, not Kenya itself.
            other = replace(group, name=f"{c.text} {head.text}", country=country,
                            mentions=(), actor_id="", country_how="text")  # fmt: skip
        elif country:
            other = ctx.state(country)
        if other is not None and all(other is not f for f in found):
            found.append(other)
            at[id(other)] = c.i
    return sorted(found, key=lambda a: at.get(id(a), head.i))


def _names_a_place(token: Token, place: Place) -> bool:
    """The phrase is the place ("Kherson", "the Kherson region"), not a thing named after
    one ("the Kyoto protocol", "the Minsk agreements")."""
    inside = place.span.start <= token.idx < place.span.end
    return inside or token.lemma_.lower() in PLACE_HEADS


def _named_place_country(token: Token) -> str | None:
    """ "the Kherson region": a proper name the NER missed, looked up in the gazetteer."""
    names = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.pos_ == "PROPN"]
    if not names or token.pos_ not in {"PROPN", "NOUN"}:
        return None
    if not any(t.text[:1].isupper() for t in names):
        # Lowercase words the tagger calls proper nouns ("prevented the march") name
        # nothing; a lowercase particle before a name ("al-Qusayr") stays.
        return None
    if token.pos_ == "NOUN" and token.lemma_.lower() not in PLACE_HEADS:
        return None  # "the Kyoto protocol" is not Japan
    if len(names) == 1 and names[0].is_upper and len(names[0]) <= 3:
        return None  # "the PA": an unknown acronym is not a town that shares its letters
    if token.pos_ == "PROPN" and any(
        o.pos_ == "PROPN" for _, o in prep_objects(token, {"of", "for"})
    ):
        return None  # "the Alliance of Sahel States": a body's name goes on past its head
    name = " ".join(t.text for t in names)
    start, end = names[0].idx, names[-1].idx + len(names[-1])
    place = Gazetteer.default().resolve(name, Span(start, end))
    return place.country if place is not None else None


def _arguments(tokens: Sequence[Token], ctx: Context) -> list[tuple[Actor, Token]]:
    found: list[tuple[Actor, Token]] = []
    for token in tokens:
        for head in with_conjuncts(token):
            actors = _holders_of(head, ctx) or _actors_at(head, ctx)
            found.extend((actor, head) for actor in actors)
    return found


def _holders_of(token: Token, ctx: Context) -> list[Actor]:
    """A plural noun that names one holder per party, the parties in its "of"-phrase:
    "the foreign ministers of Armenia and Azerbaijan", "the leaders of France, Germany
    and Italy", "delegations of the two Koreas" (each country a party)."""
    if token.tag_ != "NNS":
        return []
    parties = [
        actor
        for _, obj in prep_objects(token, {"of"})
        for head in with_conjuncts(obj)
        for actor in _actors_at(head, ctx)
    ]
    return parties if len({id(a) for a in parties}) >= 2 else []


def _measured_by(token: Token) -> Token | None:
    """The amount a noun is measured in, when the amount is what the clause governs:
    "$100 million in aid", "500 tonnes of food", "2,000 troops of a new brigade", "a
    round of talks"."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in {"in", "of"}:
        return None
    amount = prep.head
    if (
        amount.pos_ == "NUM"
        or _counted(amount)
        or amount.ent_type_ in {"MONEY", "QUANTITY", "CARDINAL"}
    ):
        return amount
    if prep.lower_ == "of" and amount.lemma_.lower() in framing_words().partitive:
        return amount  # "held a second round of talks", "a new package of sanctions"
    return None


def _counted(noun: Token) -> bool:
    """A noun given a number ("two battalions", "300 million euros")."""
    return any(c.dep_ in {"nummod", "quantmod"} for c in noun.children)


def _force_clause(clause: Token, lex: EventLexicon) -> bool:
    """A "when" or "as" clause whose verb is an act of force ("when jets bombed a camp")."""
    if not any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "as"} for c in clause.children
    ):
        return False
    entries = lex.triggers.get((clause.lemma_.lower(), "VERB"), ())
    return clause.pos_ == "VERB" and any(t.type == "ASSAULT" for t in entries)


def _is_force(token: Token, lex: EventLexicon) -> bool:
    """Whether ``token`` is a noun of force (an ASSAULT entry: "strike", "attack", "raid")."""
    return any(t.type == "ASSAULT" for t in lex.triggers.get((token.lemma_.lower(), "NOUN"), ()))


def _source_candidates(
    token: Token, obj: Token | None, trigger: Trigger, lex: EventLexicon
) -> list[list[Token]]:
    """Groups of tokens that may hold the source, best first; the first group with an actor wins."""
    if trigger.pos == "VERB":
        if trigger.stative and is_passive(token):
            # "Israel is opposed to the plan": a state its subject is in.
            subject = passive_subject(token)
            return [[subject]] if subject is not None else []
        if is_passive(token) or is_bare_participle(token):
            # The agent: "by X", else the doer of the act it happened in ("detained
            # during a raid by police", "wounded in an attack by rebels").
            settings = [o for _, o in prep_objects(token, {"in", "during"})]
            # "killed in an Israeli strike", "wounded in Russia's shelling": the owner of
            # the act of force it happened in.
            attacks = [s for s in settings if _is_force(s, lex)]
            owners = [c for s in attacks for c in s.children if c.dep_ in OWNER_DEPS]
            # "were killed when Pakistani jets bombed a camp": the doer of the act of
            # force the "when" or "as" clause tells.
            strikers = [
                subject
                for c in token.children
                if c.dep_ == "advcl" and _force_clause(c, lex)
                for subject in [clause_subject(c)]
                if subject is not None
            ]
            return [
                [o for _, o in prep_objects(token, {"by"})],
                [o for s in settings for _, o in prep_objects(s, {"by"})],
                owners,
                strikers,
            ]
        given = [r for r in trigger.source if r not in {"nsubj", "agent"}]
        if given:
            # "received weapons from Germany": the giver is in a preposition's phrase.
            hosts = [token] + ([obj] if obj is not None else [])
            hosts += [o for h in hosts[1:] for _, o in prep_objects(h, {"of"})]  # "a batch of"
            return [[o for h in hosts for _, o in prep_objects(h, set(given))]]
        if token.dep_ == "xcomp" and _provokers(token):
            # "..., prompting Ottawa to threaten retaliation": the one prompted acts.
            return [[c for c in token.head.children if c.dep_ == "dobj"]]
        subject = clause_subject(token)
        if subject is not None and trigger.doers:
            # "Russian drones hit ...", "an attack by the RSF hit ...": the weapon's or the
            # attack's owner is the source.
            owners = [c for c in subject.children if c.dep_ == "poss"]
            return [[subject], owners, [o for _, o in prep_objects(subject, {"by"})]]
        return [[subject]] if subject is not None else []
    groups = _noun_source_groups(token, trigger)
    if _provokers(token):
        # "..., drawing condemnation from Egypt": the response's doer is in "from"; the
        # act's doer drew it.
        return [*groups, [o for h in (token, token.head) for _, o in prep_objects(h, {"from"})]]
    if undergoer(token, framing_words()) is not None:
        # "came under attack from X", "escaped arrest by police": the doer is in "from" or
        # "by", the subject suffered the act.
        for host in (token, token.head.head):  # "from" may hang on the verb
            groups.append([o for _, o in prep_objects(host, {"from", "by"})])
        return groups
    # A nominal trigger takes the subject of the verb it is the object of ("held talks"),
    # or of the verb its preposition attaches to ("left for a visit").
    measure = _measured_by(token)  # "pledged $100 million in aid": the sum is the object
    slot = measure if measure is not None else token
    verb = slot.head if slot.dep_ in {"dobj", "nsubjpass", "attr"} else None
    if (
        token.dep_ == "pobj"
        and token.head.lower_ not in APART_PREPS
        and token.head.head.pos_ in {"VERB", "AUX"}
    ):
        verb = token.head.head
    owner = _owning_verb(token)
    if owner is not None:
        verb = owner  # "claimed responsibility for the attack": the claimer did it
    if (
        verb is not None
        and not _answered_act(token)
        and verb.pos_ in {"VERB", "AUX"}
        and (_setting_of_verb(token) or not _takes_a_stance(verb, lex))
        and not _acts_against(verb, trigger, lex)
        and not _judges(verb, token)
        and verb.lemma_.lower() not in framing_words().recounting
    ):
        if is_passive(verb) and trigger.type not in SYMMETRIC:
            # "civilians were killed in an air strike": the passive's subject underwent
            # the clause; only its agent may have done what the noun names (a party to
            # talks may be passive: "was received for talks with X").
            groups.append([o for _, o in prep_objects(verb, {"by"})])
        else:
            subject = clause_subject(verb)
            if subject is not None:
                groups.append([subject])
    return groups


def _owning_verb(token: Token) -> Token | None:
    """The verb by which a party owns the act ``token`` names as its doer ("claimed
    responsibility for the bombing", "took credit for the raid", "denied responsibility
    for the attack"; ``responsibility_nouns`` in ``framing.yaml``), or None."""
    if token.dep_ != "pobj" or token.head.lower_ != "for":
        return None
    noun = token.head.head
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in framing_words().responsibility:
        return None
    verb = noun.head
    if verb.pos_ not in {"VERB", "AUX"} or is_negated(verb):
        return None  # "did not claim responsibility", "has never claimed": no doer told
    return verb


def _claimed(token: Token) -> bool:
    """The act is told as the content of a claim noun ("dismissed claims by Estonian
    officials that Russian jets had violated its airspace", "the allegation that the army
    shelled the town"; ``claim_nouns`` in ``framing.yaml``): said by someone, not by the
    text."""
    clause = token if token.pos_ in {"VERB", "AUX"} else governing_verb(token)
    # (Not through a conjunct: "rejected claims that X was targeted and urged Delhi to
    # ..." is often parsed with the second verb inside the claim.)
    if clause is None or clause.dep_ != "acl":
        return False
    noun = clause.head
    if noun.lemma_.lower() not in framing_words().claims or noun.i > clause.i:
        return False
    return has_mark(clause, {"that"})


def _goods_arrived(token: Token, ctx: Context) -> list[tuple[Actor, Token]]:
    """Aid told by its goods arriving: "medical supplies donated by Qatar arrived in
    Herat", "a shipment of vaccines sent by Japan reached Manila", "tents provided by
    the EU reached flood victims in Sindh". The participle of giving describes the
    subject of a verb of arriving; the aid goes to whom that verb reaches, else to the
    country of the place it arrives in."""
    if token.pos_ != "VERB" or token.dep_ != "acl" or not is_bare_participle(token):
        return []
    goods = token.head
    while goods.dep_ == "pobj" and goods.head.lower_ == "of":
        goods = goods.head.head  # "200 tonnes of supplies", "a shipment of vaccines"
    verb = goods.head
    if goods.dep_ != "nsubj" or verb.lemma_.lower() not in framing_words().arriving:
        return []
    reached = _arguments([c for c in verb.children if c.dep_ == "dobj"], ctx)
    if reached:
        return reached
    for _, place_word in prep_objects(verb, {"in", "at", "to"}):
        place = place_at(place_word, ctx.places_by_start, token.doc)
        if place is not None and place.country and place.country != "IGO":
            return [(ctx.state(place.country), place_word)]
        named = _arguments([place_word], ctx)
        if named:
            return named
    return []


def _answered_act(token: Token) -> bool:
    """An act named as what a party answers: the object of "for" or "to" on an answer
    noun or on the verb that takes one ("vowed revenge for the killing of its commander",
    "promised a firm response to the attack on its soldiers"), or of a verb of answering
    ("vowed to avenge the killing", "retaliated for the raid"). The one answering did not
    do it."""
    answering = framing_words().answering
    host = token.head
    if token.dep_ == "dobj":
        return host.lemma_.lower() in answering
    if token.dep_ != "pobj" or host.lower_ not in {"for", "to"}:
        return False
    host = host.head
    if host.lemma_.lower() in ANSWER_NOUNS or host.lemma_.lower() in answering:
        return True
    return host.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ANSWER_NOUNS for c in host.children
    )


def _noun_source_groups(token: Token, trigger: Trigger) -> list[list[Token]]:
    """Where a nominal trigger's own phrase names its doer: "Iran's protest", "a student
    protest", "a march by nurses" (the entry's ``source`` roles)."""
    groups: list[list[Token]] = []
    against = {t.i for t in anti_tokens(token)}
    for role in trigger.source:
        if role in {"poss", "amod", "compound", "nmod"}:
            groups.append([c for c in token.children if c.dep_ == role and c.i not in against])
        elif role == "by":
            groups.append(by_phrases(token))  # "the expulsion of three diplomats by France"
        else:
            groups.append([o for _, o in prep_objects(token, {role})])
    return groups


def _takes_a_stance(verb: Token, lex: EventLexicon) -> bool:
    """A verb that is itself an event of opinion or opposition ("opposed the deal",
    "welcomed the agreement", "vowed to fight the pact"): its subject is no party to the
    event its object names."""
    return any(
        (t.type in STANCE_TYPES or t.verbal in STANCE_TYPES) and not t.objects and not t.particle
        for t in lex.triggers.get((verb.lemma_.lower(), "VERB"), ())
    )


def _judges(verb: Token, noun: Token) -> bool:
    """A verb that passes judgement on the act its object names ("called the detention
    illegal", "ruled the arrests unlawful"): its subject judges the act, it did not do it."""
    found = evaluation(verb, framing_words())
    return found is not None and found[1].i == noun.i


def _acts_against(verb: Token, trigger: Trigger, lex: EventLexicon) -> bool:
    """A verb that is itself a use of force or a sanction done to the event its object
    names ("police dispersed the protest", "the junta banned the rally", "troops crushed
    the uprising"): its subject suffers the event, it does not do it."""
    return any(
        t.type in AGAINST_TYPES and t.type != trigger.type and not t.objects and not t.particle
        for t in lex.triggers.get((verb.lemma_.lower(), "VERB"), ())
    )


def _sources(
    token: Token, obj: Token | None, trigger: Trigger, ctx: Context, lex: EventLexicon
) -> list[tuple[Actor, Token]]:
    for group in _source_candidates(token, obj, trigger, lex):
        found = _arguments(group, ctx)
        if found:
            return found
    if (
        trigger.pos == "VERB"
        and trigger.type in SPOKEN
        and token.dep_ == "conj"
        and token.head.dep_ == "ccomp"
    ):
        # "the Kremlin said the sanctions were illegal and accused the EU": the parser
        # hangs the second verb on the reported clause, whose subject is no actor; the
        # speaker of the clause is the one who accuses.
        reporter = clause_subject(token.head.head)
        if reporter is not None and not is_passive(token):
            found = _arguments([reporter], ctx)
            if found:
                return found
    sender = message_sender(token, framing_words())
    return _arguments([sender], ctx) if sender is not None else []


def _target_tokens(token: Token, obj: Token | None, trigger: Trigger) -> list[Token]:
    if trigger.pos == "VERB" and is_passive(token) and trigger.passive_target:
        subject = passive_subject(token)
        if subject is not None and (obj is None or subject.i != obj.i):
            return [subject]
    if trigger.pos == "VERB" and trigger.passive_target and is_bare_participle(token):
        sufferer = participle_target(token)
        return [sufferer] if sufferer is not None else []
    if trigger.pos == "VERB" and is_bare_participle(token) and token.dep_ == "acl":
        # "a meeting of the council requested by X": the thing asked for, read for its owner.
        return [token.head]
    suffered = undergoer(token, framing_words()) if trigger.pos == "NOUN" else None
    if suffered is not None:
        return [suffered]
    # "fired gas, bullets and grenades at X": the preposition may hang on the last conjunct.
    hosts = [token] + ([obj, *obj.conjuncts] if obj is not None else [])
    vehicle = next(
        (c for c in token.children if obj is not None and getattr(_cargo(c), "i", -1) == obj.i),
        None,
    )
    if vehicle is not None and obj is not None:
        # "sent planes loaded with tents to Tonga": the recipient may hang on the vehicle
        # or on what says it carries the cargo.
        hosts += [vehicle, *(a for a in obj.ancestors if a.head.i == vehicle.i)]
    hosts += [c for c in token.children
              if c.dep_ in {"appos", "dobj"} and (obj is None or c.i != obj.i)]  # fmt: skip
    # "evacuated 800 of its nationals from Sudan": a number's "of" phrase holds the people.
    hosts += [o for h in hosts[1:] if h.pos_ == "NUM" for _, o in prep_objects(h, {"of"})]
    # "imposed duties of up to 100 percent on Canadian oil": the rate holds the "on" phrase.
    hosts += [o for h in hosts[1:] for _, o in prep_objects(h, {"of"}) if o.lower_ in RATES]
    if trigger.pos == "NOUN" and token.dep_ == "dobj":
        hosts.append(token.head)
    measure = _measured_by(token) if trigger.pos == "NOUN" else None
    if measure is not None and measure.dep_ == "dobj":
        hosts.append(measure.head)  # "pledged $100 million in aid to Ukraine"
    if trigger.pos == "NOUN":
        # "Britain's donation of tanks to Ukraine": the recipient hangs on the thing given.
        hosts.extend(o for _, o in prep_objects(token, {"of"}))
    preps = {r for r in trigger.target if r not in {"dobj", "dative", "poss", "iobj", "nsubj"}}
    found: list[Token] = []
    own: list[Token] = []  # the object the entry asked for, read last for its owner
    heads = [token] + ([obj] if obj is not None else [])
    for role in trigger.target:
        for head in heads:
            for c in head.children:
                if _fills(role, c):
                    (own if obj is not None and c.i == obj.i else found).append(c)
    for host in hosts:
        aimed: set[str] = set()
        for word, o in prep_objects(host, preps):
            if word in VENUE_PREPS and word in aimed:
                continue  # "took aim at Pakistan at the UN": a second "at" is the venue
            aimed.add(word)
            found.append(o)
    if trigger.mode == "yield":
        # "bowing to pressure from Indigenous groups", "bowed to weeks of protests by
        # students": whoever presses, through the pressure's own phrase.
        pressing = [o for _, o in prep_objects(token, {"to"})]
        for _ in range(2):
            pressing = [p for o in pressing for _, p in prep_objects(o, {"from", "by", "of"})]
            found.extend(pressing)
    if not found and "with" in trigger.target:
        # "signed an agreement on energy security with Australia", "shared intelligence on
        # the plot with Belgium", "signed a memorandum of understanding with Kenya": the
        # parser hangs the partner on the topic's or the kind's noun.
        topics = [o for h in heads for _, o in prep_objects(h, TOPIC_PREPS)]
        topics += [o for _, o in prep_objects(obj, {"of"})] if obj is not None else []
        found.extend(o for t in topics for _, o in prep_objects(t, {"with"}))
    if not found:
        # "tariffs targeting Chinese cars", "imposed sanctions aimed at Iran's oil trade"
        found = _aimed_at(token if trigger.pos == "NOUN" or obj is None else obj)
    if not found:
        # "blocked the EU's sanctions package", "closed Russia's consulate": whose the
        # object is; not when an addressee is written ("provided Ukrainian arms to X").
        found = own
    if trigger.pos == "VERB" and "dobj" in trigger.target and _object_gap(token):
        # "a move Kenya welcomed", "a step that Ankara condemned": the relative clause's
        # object is the noun it describes.
        found = [t for t in found if t.lower_ not in RELATIVE_OBJECTS] or [token.head]
    if obj is not None and obj.pos_ == "ADJ" and "dobj" in trigger.target:
        # "held Minsk accountable" parsed as a small clause: its subject is the object.
        found.extend(c for c in obj.children if c.dep_ == "nsubj")
    if trigger.pos == "NOUN" and token.dep_ == "dobj" and ("dative" in trigger.target):
        # "sent the Chilean president her thanks": the light verb's dative is the addressee.
        found.extend(c for c in token.head.children if _fills("dative", c))
    if not found and trigger.pos == "NOUN" and _setting_of_verb(token):
        # "told Trump in phone conversations", "assured X during talks": the verb's own
        # addressee is the other party of the meeting it happens in (not one the verb
        # denies: "did not meet opposition leaders during the visit").
        verb = token.head.head
        if not is_negated(verb):
            found.extend(c for c in verb.children if c.dep_ in {"dobj", "dative"})
    if not found and "ACCUSE" in {trigger.type, trigger.verbal} and trigger.pos == "VERB":
        # "alleged that Chinese ships had rammed its vessel": the accused is the subject
        # of what is alleged.
        for clause in token.children:
            subject = child(clause, {"nsubj"}) if clause.dep_ == "ccomp" else None
            if subject is not None and subject.pos_ != "PRON":
                found.append(subject)
    if not found and trigger.type == "REJECT" and trigger.mode != "deny":
        # "refused to accept Oman's terms": the refused act's object is the target.
        content = refused_content(token)
        if content is not None:
            found.extend(c for c in content.children if c.dep_ in {"dobj", "dative"})
            found.extend(o for _, o in prep_objects(content, {"with", "to"}))
    if not found and trigger.type == "THREATEN" and trigger.pos == "VERB":
        # "warned that the militants would not be spared", "... that it would act against
        # the rebels", "... respond to any provocation by Washington": who the warned-of
        # harm falls on, or whose act would bring it.
        found.extend(threatened(token))
    if not found and trigger.mode == "yield" and obj is not None:
        # "dropped its demand that Tajikistan withdraw", "withdrew its claim that Kigali
        # armed the rebels": the one the demand or claim was about.
        found.extend(
            subject
            for c in obj.children
            if c.dep_ == "acl" and has_mark(c, {"that"})
            for subject in [child(c, {"nsubj", "nsubjpass"})]
            if subject is not None and subject.pos_ != "PRON"
        )
    if not found and (trigger.type == "REQUEST" or not trigger.target):
        # "X wants Y to stop", "called for the embargo to be lifted", "said Y should": the
        # addressee is the subject of the requested clause (the embargo: its owner).
        for c in token.children:
            for_clause = c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children
            )
            # "its demand that Tajikistan withdraw": a noun's clause of what it asks
            that_clause = trigger.pos == "NOUN" and c.dep_ == "acl" and has_mark(c, {"that"})
            if c.dep_ in {"ccomp", "xcomp"} or for_clause or that_clause:
                subject = child(c, {"nsubj", "nsubjpass"})
                if subject is not None:
                    found.append(subject)
    return found


RELATIVE_OBJECTS = frozenset({"that", "which", "whom"})


def _aimed_at(noun: Token) -> list[Token]:
    """What a participle on an act's noun says it is aimed at: "tariffs targeting Chinese
    cars", "sanctions aimed at Iran's oil exports", "a package of sanctions targeting the
    shadow fleet" (on the measure's own noun or on the package that holds it)."""
    aiming = framing_words().aiming
    hosts = [noun, *([noun.head.head] if _measured_by(noun) is not None else [])]
    found: list[Token] = []
    for host in hosts:
        for participle in host.children:
            if participle.dep_ != "acl" or participle.lemma_.lower() not in aiming:
                continue
            found.extend(c for c in participle.children if c.dep_ == "dobj")
            found.extend(o for _, o in prep_objects(participle, {"at", "against"}))
    return found


def _object_gap(verb: Token) -> bool:
    """A relative clause with a subject of its own whose object is the noun it describes:
    "a move [Kenya welcomed]", "a step [that Ankara condemned]"."""
    if verb.dep_ != "relcl" or child(verb, {"nsubj"}) is None:
        return False
    obj = child(verb, {"dobj"})
    return obj is None or obj.lower_ in RELATIVE_OBJECTS


def _fills(role: str, token: Token) -> bool:
    if role in {"dobj", "poss", "nsubj"}:
        return token.dep_ == role
    if role == "amod":  # "closed the Russian consulate": a nationality word owns the object
        return token.dep_ == "amod" and token.ent_type_ == "NORP"
    return role in {"dative", "iobj"} and token.dep_ == "dative" and token.pos_ != "ADP"


def _in_request(token: Token, lex: EventLexicon) -> bool:
    head = token.head
    if token.dep_ == "xcomp" and head.i != token.i and told_body(head, framing_words()):
        return True  # "ordered the ministry to reopen the clinics": asked of the ministry
    return (
        token.dep_ in {"xcomp", "ccomp"}
        and head.lemma_.lower() in lex.status.requested
        and head.i != token.i
    )


def _events_for(
    doc: Doc,
    token: Token,
    obj: Token | None,
    trigger: Trigger,
    ctx: Context,
    lex: EventLexicon,
    slots: list[Token] | None = None,
    prior: Sequence[tuple[Token, Event]] = (),
) -> list[Event]:
    if asked_in_clause(token, framing_words()):
        return []  # "a call by Egypt for Israel to withdraw": nothing is withdrawn
    if _in_condition(token):
        # "unless Serbia drops the charges", "if the fighters do not withdraw": a
        # condition, neither an act done nor a refusal made.
        return []
    sources = _sources(token, obj, trigger, ctx, lex)
    if not sources and trigger.pos == "VERB":
        subject = clause_subject(token)
        if subject is not None and is_pair(subject):
            # "The two sides agreed to ...": the parties of the act told just before.
            sources = [(a, subject) for a, _ in _told_pair(token, [], prior)]
    trigger = official_complaint(token, trigger, sources, lex) or trigger
    against = anti_tokens(token)
    target_slots = (_target_tokens(token, obj, trigger) if slots is None else slots) + against
    target_slots = answered_doers(target_slots, obj)
    acts: list[Token] = []
    if trigger.type in STANCE_TYPES:
        target_slots, acts = doers_of_acts(target_slots, lex)
    targets = _arguments(target_slots, ctx) or against_targets(token, trigger, against, ctx)
    withstood = _withstands(token, trigger)
    if withstood:
        # "would not be intimidated by Washington": the pressed party refuses the presser.
        sources, targets = targets, sources
        trigger = replace(trigger, type="REJECT", cameo="12", goldstein=None)
    if trigger.type == "REQUEST":
        # "France demanded her release": asked of whoever holds her, not of her.
        targets = _holder(target_slots, sources, prior, ctx, lex) or targets
    # "talks between A and B", "talks were held in Cairo between A and B", "clashes broke
    # out between A and B".
    hosts = [token, token.head] if _said_to_happen(token, trigger) else [token]
    between = _arguments([o for h in hosts for _, o in prep_objects(h, {"between"})], ctx)
    if len(between) >= 2 and (not sources or trigger.pos == "NOUN") and trigger.mode != "mediate":
        # "talks between Armenia and Azerbaijan": the first-named party is the source (a
        # mediation between two parties is the mediator's, to each of them).
        others = [t for t in targets if t[0] is not between[0][0]]
        sources, targets = between[:1], others or between[1:]
    paired = _hyphen_pair(token, ctx) if trigger.pos == "NOUN" else []
    if len(paired) == 2:
        # "U.S.-Ukraine talks", "the India-Pakistan agreement": first-named is the source.
        sources, targets = paired[:1], paired[1:]
    if not sources and trigger.implied_source:
        sources = implied_source(token, trigger, ctx)
    if not sources and trigger.pos == "VERB":
        sources = crowd_source(token, trigger, clause_subject(token), target_slots, ctx)
    event_type = shifted_type(token, trigger, lex)
    if trigger.bare and _civil_bare_use(token, sources):
        trigger = _bare_sense(trigger, lex)  # "the nurses struck for a week": a walkout
        event_type = trigger.type
    words = framing_words()
    joined = joint_type(token, event_type, words)
    if joined != event_type:
        # "joint drills near the border": the partners, not the place, are the dyad.
        event_type = joined
        hosts = [token, token.head] if token.dep_ == "dobj" else [token]
        targets = _arguments([o for h in hosts for _, o in prep_objects(h, {"with"})], ctx)
    allied = (
        joint_forces(sources, ctx) if event_type == "MOBILIZE" and trigger.pos == "NOUN" else []
    )
    if allied:
        # "Indian, Australian and Japanese warships began exercises": military cooperation
        # among the doers' countries, the first-named as source.
        event_type, sources, targets = "COOPERATE", allied[:1], allied[1:]
    canceller = cancelling_verb(token, event_type, words)
    if canceller is not None:
        event_type = words.cancelled[event_type]
    framed = framed_type(token, event_type, words)
    if framed is not None:
        event_type = framed
    asked_by = requested_act(token, words)
    status = status_of(token, lex.status, in_request=_in_request(token, lex))
    if status == "asserted" and _claimed(token):
        status = "reported"  # "claims by Estonia that Russian jets had violated its airspace"
    defied = trigger.type == "REJECT" and refuses_to_yield(token)
    warned = trigger.type == "THREATEN" and refuses_to_tolerate(token)
    if withstood or defied or warned or trigger.mode == "ultimatum":
        status = "asserted"  # the refusal or the ultimatum is made now
    if (
        status == "asserted"
        and token.lemma_.lower() in words.commissive
        and event_type != "THREATEN"
    ):
        status = "intended"  # "pledged $500 million to X": the aid is promised, not given
    if canceller is not None and status == "negated":
        status = status_of(canceller, lex.status)  # "scrapped the tariffs" undoes them
    if not sources and status == "asserted" and framed is None and asked_by is None:
        # Violence that happened, done to victims by no agent the clause names.
        sources = unnamed_agent(token, trigger, event_type, targets, ctx)
    if not sources:
        return []
    if not targets and event_type in FORCE_TYPES:
        # The object two sides trade names the means of force ("traded strikes",
        # "exchanged fire"), not a protest it falls on.
        means = trigger.type == "ASSAULT" and trigger.mutual and bool(trigger.objects)
        slots = [*target_slots, *([obj] if obj is not None and not means else [])]
        targets = _protesters(slots, ctx, lex)
    if not targets:
        targets = _inner_targets(target_slots, sources, ctx)
    if not targets and event_type in HELPING_TYPES:
        # "pledged 120 million euros to help Jordan cope", "sent firefighting planes to
        # help Bolivia battle wildfires": aid to whom the purpose clause names.
        helped = _other_than(sources, _arguments(helped_parties(token), ctx))
        if helped:
            event_type, targets = "AID", helped
    if not targets and event_type in FORCE_TYPES:
        targets = struck_site(token, trigger, target_slots, sources, ctx)
    if not targets and event_type in FORCE_TYPES:
        targets = _others_own(target_slots, sources, ctx)
    if not targets and event_type == "ASSAULT" and token.pos_ == "VERB":
        # the attackers answered, not the doers' own side ("as Israeli jets struck")
        answered = _arguments(_answered_attackers(token, lex), ctx)
        targets = [t for t in _other_than(sources, answered) if not _doers_side(t[0], sources)]
    if not targets and event_type == "SANCTION" and token.pos_ == "VERB":
        # "imposed tariffs on cars from China", "banned imports from Russia": the goods'
        # origin, which the parser often hangs on the verb, is whom the measure hits.
        origins = [o for _, o in prep_objects(token, {"from"})]
        # "a surtax on electric vehicles imported from China": the participle's origin.
        origins += [o for slot in target_slots for c in slot.children if c.dep_ == "acl"
                    for _, o in prep_objects(c, {"from"})]  # fmt: skip
        targets = _other_than(sources, _arguments(origins, ctx))
    if asked_by is not None and event_type in HELD_BY_OTHERS:
        return []  # "called for the release of X": the caller frees no one, X asks nothing
    if asked_by is not None and targets:
        event_type = "REQUEST"  # the caller asks the act's target; the act is not done
    if not targets and event_type in STANCE_TYPES:
        targets = antecedent_owner([*target_slots, *acts], sources, prior, lex)
        targets = targets or clause_act_doer(target_slots, sources, ctx, lex)
        targets = targets or act_doer(target_slots, sources, ctx)
        targets = targets or verb_doer(target_slots, sources, ctx)
        targets = targets or told_deed_doer(target_slots, sources, ctx, lex)
        targets = targets or _other_than(sources, implied_doers(acts, ctx, lex))
    offering = commissive_head(token, words)
    if not targets and offering is not None:
        # "urged both governments to talk and offered to host talks": made to whom the
        # verb it is coordinated with addresses.
        targets = _other_than(sources, _arguments(_conjunct_addressees(offering, lex), ctx))
    if not targets and trigger.type == "REJECT" and trigger.lemma == "appeal":
        # "the ministry will appeal": the court whose decision it contests.
        targets = court_before(token, sources, ctx)
    if not targets and event_type in POLICY_CRITIQUE:
        targets = policy_owner(target_slots, sources, lex, ctx)
    if not targets and trigger.mode == "annul":
        targets = measure_maker(target_slots, sources, ctx)
    if (
        not targets
        and event_type in RESPONSE_TYPES
        and token.pos_ == "VERB"
        and (framed == "THREATEN" or _said_outright(token, status, framed, asked_by))
        and not any(is_reciprocal(t) for t in target_slots)
    ):
        # An answer to what was just done to the speaker.
        targets = counterpart(token, target_slots, sources, prior)
    if not targets and warned and not _foreign_object(obj):
        # "will not tolerate violence at the polls": a warning to the country's people
        # ("will not tolerate foreign interference" warns no one the text names).
        targets = home_people(token, trigger, sources, ctx)
    if not targets and defied:
        # "would not bow to the pressure": the presser, whose act on the speaker it answers.
        targets = counterpart(token, target_slots, sources, prior, answered=PRESSURE_TYPES)
    if event_type in FORCE_MOVES and all(
        self_dyad(s, t) or _own_forces(s, t) for s, _ in sources for t, _ in targets
    ):
        # "moved tanks toward its border with Ukraine": "its" is the forces' own side.
        targets = border_neighbour(token, obj, sources, ctx) or targets
    if not targets and event_type == "MOBILIZE" and token.pos_ == "VERB":
        # "scrambled jets after Chinese aircraft approached its airspace", "sent warships
        # to shadow Chinese vessels": the foreign party whose move it answers or watches;
        # else the doer of a foreign act on the mover told just before ("Azerbaijani
        # forces shelled Armenian villages. Armenia mobilised its reservists").
        home_sides = {a.country for a, _ in sources}
        targets = [
            (actor, tok)
            for actor, tok in _arguments(answered_movers(token), ctx)
            if actor.country is not None and actor.country not in home_sides
        ]
        targets = targets or counterpart(token, target_slots, sources, prior)
    if not targets and event_type in FORCE_MOVES:
        targets = theatre(token, trigger, sources, ctx)
    if event_type == "COERCE" and all(
        self_dyad(s, t) or _own_state(s, t) for s, _ in sources for t, _ in targets
    ):
        # No target, or only the source's own state ("police imposed a curfew on X", "the
        # junta imposed a curfew on the city of X": a place at home, not a foreign state).
        targets = own_population(token, trigger, target_slots, sources, ctx) or targets
    if event_type == "COERCE" and trigger.cameo == RIGHTS_TAKEN and obj is not None:
        if _foreign_object(obj):
            return []  # "barred foreign journalists": of no country the text tells
        homes = {actor.country for actor, _ in sources}
        if targets and all(t.country and t.country not in homes for t, _ in targets):
            event_type = "SANCTION"  # "banned Russian citizens from entering": on Russia
    protest = event_type == "PROTEST"  # before a condition makes it a threat
    condition = None
    if event_type in THREAT_BASES or (framed == "THREATEN" and trigger.type in THREAT_BASES):
        # "Pakistan may expel them if attacks go on, the minister said": any modal, when
        # the doer or its official says it.
        own = _announced_by_doer(token, sources, ctx, lex, modals=CONDITIONAL_MODALS)
        condition = conditional_clause(token, threatened=framed == "THREATEN", announced=own)
    elif event_type in UNLESS_THREATS:
        condition = conditional_clause(token, unless_only=True)
    elif event_type == "THREATEN" and trigger.type == "THREATEN":
        condition = conditional_clause(token, threatened=True)  # "threatened sanctions unless"
    if condition is not None:
        # "will walk out if the board cuts wages": a threat, made to whoever the
        # condition names when the act itself has no target.
        event_type = "THREATEN"
        subject = clause_subject(condition)
        if not targets and subject is not None:
            targets = _arguments([subject], ctx)
    if (
        not targets
        and protest
        and (_protest_done(token, obj, trigger, lex) or _protest_staged(token, trigger))
    ):
        # "thousands marched in X", "the unions struck": pressure on the state, or on the
        # state whose embassy they marched to.
        targets = protested_mission(token, ctx) or protested_government(
            token, trigger, sources, ctx
        )
    if not targets and any(is_pair(t) or all_parties(t) for t in target_slots):
        # "called on both sides to return to the table": the parties of the dispute told
        # just before, when the text names no two parties the words could stand for.
        targets = _told_pair(token, sources, prior)
    if not targets and event_type in CALLS_AT_HOME and token.pos_ == "VERB":
        # "the opposition demanded a recount": a call on the government at home.
        targets = called_government(token, trigger, sources, target_slots, ctx)
    distinct = {id(a) for a, _ in sources}
    mutual = trigger.mutual or any(is_reciprocal(t) for t in target_slots)
    sides = _two_sides(sources)
    if not targets and len(distinct) >= 2 and mutual:
        # "Both exchanged prisoners", "accused each other": each side does it to the other.
        sources = targets = sides
    elif not targets and len(sides) >= 2 and trigger.joint and _fought_out(token, sides):
        # "Armenia and Azerbaijan clashed overnight": the first-named side on the other,
        # as "fighting between A and B" is coded.
        sources, targets = sides[:1], sides[1:]
    elif not targets and len(distinct) >= 2 and SYMMETRIC & {trigger.type, event_type}:
        # "Japan and South Korea signed an agreement": a joint act, first-named as source.
        sources, targets = sources[:1], sources[1:]
    if framed is not None:
        status = _framed_status(token, framed, lex)
    elif asked_by is not None and event_type == "REQUEST":
        status = status_of(asked_by, lex.status)
    if condition is not None and status in {"hypothetical", "intended"}:
        status = "asserted"  # the threat is made; only the threatened act is conditional
    elif (
        status == "intended"
        and event_type in READY_THREATS
        and framed is None
        and ready_to_act(token, words, lex.status)
    ):
        # "is ready to close the border", "would not hesitate to strike": a threat made
        # now, as "threatened to" is.
        event_type, status = "THREATEN", "asserted"
    elif (
        status in {"hypothetical", "intended"}
        and event_type in ANNOUNCED_THREATS
        and framed is None
        and _announced_by_doer(token, sources, ctx, lex)
    ):
        # "the rebels said they would attack the town": force the doer says it will use
        # is a threat made now (CAMEO 13), as "threatened to attack" is.
        event_type, status = "THREATEN", "asserted"
    if status == "intended":
        event_type = INTENT_TYPES.get(event_type, event_type)
    if status == "negated" and event_type in YIELDING:
        # "will not bow to pressure", "refused to withdraw": a refusal to yield (CAMEO 124).
        event_type, status = "REJECT", "asserted"
    elif status == "negated" and event_type == "AGREE" and _refused_ahead(token):
        # "would never accept Washington's offer", "will not sign the pact": a refusal.
        event_type, status = "REJECT", "asserted"
    elif status == "negated" and event_type == "CONSULT" and _refused_ahead(token):
        # "would not resume talks with Israel", "will not meet the envoy": a refusal to
        # meet or negotiate, which CAMEO codes as a rejection (125).
        event_type, status = "REJECT", "asserted"
    sentence = token.sent
    trigger_end = (
        (obj.idx + len(obj)) if obj is not None and obj.i > token.i else token.idx + len(token)
    )
    trigger_start = min(token.idx, obj.idx) if obj is not None else token.idx
    when = when_for(token, ctx, future=status == "intended")
    if _is_background(token, when, ctx):
        return []
    if event_type == "CONSULT" and targets and all(t[0].sector == "MED" for t in targets):
        # An interview ("said in a phone call with CBC", "told the BBC") is no meeting of
        # political actors: the news outlet is the medium, not a party.
        return []
    if told_body(token, words) is not None and any(t[0].sector in UNRANKED for t in targets):
        # "ordered residents to stay indoors", "told foreign troops to pull out": an order
        # to people or armed men outside the orderer's command is force, no demand.
        return []
    if event_type == "ASSAULT" and not targets and weapons_test(obj, target_slots, words):
        event_type, target_slots = "MOBILIZE", []  # "fired a missile into the sea"
    if not targets and sources and event_type in FACING_TYPES:
        targets = faced_party(token, sources, ctx)
    if not targets and sources and event_type == "REJECT":
        targets = defied_party(token, ctx)
    if not targets and sources and event_type == "REJECT" and trigger.mode == "deny":
        # "Egypt denied any wrongdoing": the denial answers the accusation told before.
        targets = accuser_of(token, sources, prior)
    if not targets and sources and trigger.mode == "complain":
        targets = _other_than(sources, _complained_to(token, obj, ctx))
    if not targets and sources and trigger.mode == "host":
        targets = _other_than(sources, _arguments(_hosted_parties(token), ctx))
    if not targets and sources and event_type in DRAWN_RESPONSES:
        targets = _other_than(sources, _arguments(_provokers(token), ctx))
    # "The capital" is the home country's, but not as ground forces move to or from, nor
    # for a measure a foreign state's body takes at home ("PARIS — Niger's junta imposed a
    # curfew on the capital").
    abroad = event_type == "COERCE" and all(s.country != ctx.home_country for s, _ in sources)
    if not targets and sources and event_type not in FORCE_MOVES and not abroad:
        capitals = [(ctx.state(c), t) for t in target_slots if (c := _home_capital(t, ctx))]
        targets = _other_than(sources, capitals)
    if not targets and sources and event_type == "AID":
        targets = _other_than(sources, _goods_arrived(token, ctx))
    if not targets and sources and event_type not in FORCE_TYPES:
        targets = _addressee_above(token, sources, ctx)
    if not targets and sources and event_type in ADDRESSED_TYPES:
        targets = story_addressee(sources, target_slots, token, ctx)
    expelled = [t for t, _ in targets] if trigger.mode == "expel" else []
    if event_type == "SANCTION" and expelled and all(map(_a_nations_people, expelled)):
        # "expelled thousands of Haitians": a nation's people sent away, not its envoys
        event_type = "COERCE"
        trigger = replace(trigger, type="COERCE", mode="deport", cameo="174")
    events: list[Event] = []
    info = lex.types.get(event_type)
    if not targets and not may_stand_alone(token, trigger, target_slots, info):
        return []
    pairs: list[tuple[tuple[Actor, Token], tuple[Actor, Token] | None]] = [
        (s, t)
        for s in sources
        for t in targets
        if not self_dyad(s[0], t[0])
        and not (event_type == "ASSAULT" and _one_army(s[0], t[0]))
        and not _home_visit(s[0], t[0], trigger)
        and not (trigger.mode in SHOW_MODES and _own_side(s[0], t[0]))
        and not (event_type == "AID" and _home_relief(s[0], t[0]))
        and not (trigger.mode == "return" and _own_people(s[0], t[0]))
        and not (event_type not in FORCE_TYPES and _own_followers(token, s, t))
    ]
    if not pairs:
        if targets and (info is None or not info.targetless):
            return []  # the only addressee was the actor itself
        if targets and all(_home_visit(s, t, trigger) for s, _ in sources for t, _ in targets):
            return []  # travel at home
        pairs = [(s, None) for s in sources]
    own = event_type == trigger.type  # a frame that changed the type: the type's defaults
    for (source, source_token), target_pair in pairs:
        target = target_pair[0] if target_pair else None
        if target is not None:
            target = target_in_context(source, target, token, trigger, ctx)
        target_token = target_pair[1] if target_pair else None
        where = place_for(token, target_token, trigger, ctx)
        confidence = 0.45 + (0.2 if source.country else 0.0) + (0.15 if target else 0.0)
        confidence += 0.1 if source_token.head.i == token.i else 0.0
        events.append(
            Event(
                type=event_type,
                trigger=Span(trigger_start, trigger_end),
                sentence=Span(sentence.start_char, sentence.end_char),
                source=source,
                target=target,
                source_span=_span(source_token),
                target_span=_span(target_token) if target_token is not None else None,
                mode=trigger.mode if own else None,
                cameo=(trigger.cameo if own else None) or (info.cameo if info else None),
                quad_class=info.quad_class if info else None,
                goldstein=trigger.goldstein
                if trigger.goldstein is not None and own
                else (info.goldstein if info else None),
                status=status,
                when=when,
                where=where,
                confidence=round(min(confidence, 0.95), 2),
            )
        )
    return events


#: Modes of a show of force that addresses no one by being held at home.
SHOW_MODES = frozenset({"exercise", "weapons"})


def _addressee_above(
    token: Token, sources: list[tuple[Actor, Token]], ctx: Context
) -> list[tuple[Actor, Token]]:
    """ "phoned Uganda's leader to offer his support", "handed a note to the Ugandan
    ambassador, demanding an explanation", "summoned the envoy, demanding that ...": an
    act that names no one, told by a purpose infinitive or a participle (or by its
    object: "to offer support") on a verb by which its doer reached someone
    (``contact_verbs``), is addressed to the party reached: the verb's object, or its
    "to" or "with" object, that is an actor of another country."""
    clause = token.head if token.pos_ == "NOUN" and token.dep_ == "dobj" else token
    infinitive = clause.tag_ == "VB" and has_to(clause)
    participle = clause.tag_ == "VBG" and clause.dep_ == "advcl"
    if (
        clause.pos_ != "VERB"
        or clause.dep_ not in {"advcl", "xcomp"}
        or not (infinitive or participle)
    ):
        return []
    verb = clause.head
    if verb.lemma_.lower() not in framing_words().contact or verb.i > clause.i:
        return []
    own = {actor.country for actor, _ in sources}
    for slot in sorted(_reached(verb, REACHED_PREPS), key=lambda t: t.i):
        if slot.i > clause.i:
            continue
        found = [
            (actor, head)
            for head in with_conjuncts(slot)
            for actor in _actors_at(head, ctx)
            if actor.country not in own
        ]
        if found:
            return found
    return []


def _foreign_object(obj: Token | None) -> bool:
    """An object said to come from abroad ("foreign interference", "foreign journalists")."""
    return obj is not None and any(
        c.dep_ == "amod" and c.lower_ in FOREIGN_WORDS for c in obj.children
    )


def _passive_object_of_trigger(noun: Token, lex: EventLexicon) -> bool:
    """Whether a noun is the passive subject that a verb's lexicon entry takes as its object,
    the verb naming its doer ("sanctions were imposed on Iran by the EU"): the verb, coded
    after it in text order, tells that one event."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.pos_ != "VERB":
        return False
    if not any(c.dep_ == "agent" for c in verb.children):
        return False  # "the agreement between A and B was signed": no doer but the noun's
    found = _trigger_for(verb, lex)
    return found is not None and found[1] is not None and found[1].i == noun.i


def _in_condition(token: Token) -> bool:
    """The word sits in an "if" or "unless" clause ("unless Serbia drops the charges",
    "if the fighters do not withdraw"): what it says is a condition, neither an
    act done, planned or hoped for nor a refusal made."""
    return any(
        a.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in a.children)
        for a in [token, *token.ancestors]
    )


# Verbs of a judgement, which may find an act of state unlawful as a court does.
JUDGING_VERBS = frozenset({"rule", "find", "judge", "declare"})


def _unlawful_measure(verb: Token, kind: str, phrase: Token, lex: EventLexicon) -> bool:
    """An act of state judged wrong ("ruled that the curfew order was unconstitutional"):
    judged as a court annulling it is, whose maker is the one judged (the measures are
    the objects of the lexicon's "annul" entry)."""
    if kind != "ACCUSE" or verb.lemma_.lower() not in JUDGING_VERBS:
        return False  # "described the media law as an attack": criticism, no annulment
    annulling = next(iter(lex.triggers.get(("annul", "VERB"), ())), None)
    return annulling is not None and phrase.lemma_.lower() in annulling.objects


def _told_pair(
    token: Token, sources: list[tuple[Actor, Token]], prior: Sequence[tuple[Token, Event]]
) -> list[tuple[Actor, Token]]:
    """The two parties of the last two-party act told in the sentences before ("miners
    walked out after talks with the company broke down ... urged both sides to return to
    the table"), neither of them the speaker."""
    speakers = {id(a) for a, _ in sources}
    for earlier, event in reversed(prior):
        if earlier.i >= token.i:
            continue
        if sentences_between(earlier, token) > PAIR_SENTENCES:
            break
        pair = [event.source, event.target]
        if any(a is None or id(a) in speakers for a in pair):
            continue
        return [(a, token) for a in pair if a is not None]
    return []


def _withstands(token: Token, trigger: Trigger) -> bool:
    """A pressure verb in a negated passive of what the subject will undergo ("would not be
    intimidated by Washington", "will never be blackmailed", "won't be pressured into a
    deal"): the subject refuses to yield to whoever presses it, a REJECT (CAMEO 12)."""
    return (
        trigger.pos == "VERB"
        and token.lemma_.lower() in framing_words().pressing
        and is_passive(token)
        and is_negated(token)
        and _refused_ahead(token)
    )


def _refused_ahead(token: Token) -> bool:
    """A negation said of what the subject will do (``said_ahead``), for a verb or the
    noun it takes as object ("will not sign the deal")."""
    return said_ahead(token.head if token.pos_ == "NOUN" and token.dep_ == "dobj" else token)


def _own_side(source: Actor, target: Actor) -> bool:
    """A state's own ground or forces as the addressee of an exercise or a weapons test
    ("Uzbek troops began exercises near Termez", "tested a missile at a site in Nevada"):
    no one is addressed. (Troops sent into its own towns are used on them: a deployment
    keeps its target.)"""
    return target.country == source.country and (
        target.kind == "state" or target.sector in {"GOV", "MIL", "SPY"}
    )


def _a_nations_people(actor: Actor) -> bool:
    """A nation's people named by their nationality alone ("Haitians", "Afghans"): a
    group with no sector or role, no body or envoy of the state."""
    return actor.kind == "group" and actor.sector is None and actor.role is None


def _provokers(token: Token) -> list[Token]:
    """ "Russia expelled two diplomats, prompting a protest from London", "Washington
    imposed tariffs, prompting Ottawa to threaten retaliation", "..., drawing condemnation
    from Egypt": a response that a participle of eliciting (``eliciting_verbs`` in
    ``framing.yaml``) hangs on an act answers the doer of that act; so does the object of
    such a verb whose subject names the act ("Kenya's rejection drew criticism from X")."""
    if token.dep_ not in {"dobj", "xcomp", "ccomp"}:
        return []
    verb = token.head
    if verb.lemma_.lower() not in framing_words().eliciting:
        return []
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        subject = clause_subject(verb.head)
        return [subject] if subject is not None else []
    # "Kenya's rejection of the plan drew criticism from Mogadishu", "Israel's strike on
    # the consulate drew condemnation from Turkey": the subject is the act answered, and
    # its doers are named in its own phrase.
    subject = child(verb, {"nsubj"})
    told = verb.tag_ in FINITE or any(c.dep_ == "aux" for c in verb.children)  # "has drawn"
    if subject is None or subject.pos_ != "NOUN" or not told:
        return []
    return named_doers(subject)


def _complained_to(token: Token, obj: Token | None, ctx: Context) -> list[tuple[Actor, Token]]:
    """ "lodged a strong complaint with Tokyo", "filed a protest with the Chinese embassy":
    a complaint made to a state or its body is made against it; one made with a court or
    an international body ("with the WTO") names the forum, not the party complained of."""
    hosts = [token] + ([obj] if obj is not None else [])
    addressed = _arguments([o for h in hosts for _, o in prep_objects(h, {"with"})], ctx)
    return [
        (a, t)
        for a, t in addressed
        if a.country is not None and a.country not in NOT_A_HOME and a.sector not in FORUMS
    ]


def _hosted_parties(token: Token) -> list[Token]:
    """ "hosted talks between Israel and Hamas", "will host a round of negotiations between
    the two sides": the parties of the meeting hosted, whom the host meets."""
    meetings = [c for c in token.children if c.dep_ == "dobj"]
    meetings += [o for m in meetings for _, o in prep_objects(m, {"of"})]  # "a round of talks"
    return [o for m in meetings for _, o in prep_objects(m, {"between"})]


def _own_followers(token: Token, source: tuple[Actor, Token], target: tuple[Actor, Token]) -> bool:
    """ "The opposition leader urged his supporters to stay calm", "the party told its
    members to vote no": the doer's own following, which its pronoun owns, is no other
    party (a leader's word to them is no event between two actors)."""
    owner = next((c for c in target[1].children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in FOLLOWER_OWNERS.get(source[0].kind, ()):
        return False
    following = target[1].lemma_.lower() in framing_words().followers
    if not following or target[0].country != source[0].country:
        return False
    return source[1].head.i == token.i and source[1].dep_ in {"nsubj", "nsubjpass"}


def _own_forces(source: Actor, target: Actor) -> bool:
    """The forces a state moves are its own, no one they face: "reinforced troops along
    the border", "pulled its soldiers back"."""
    return target.country == source.country and target.sector == "MIL" and target.kind == "group"


def _home_visit(source: Actor, target: Actor, trigger: Trigger) -> bool:
    """A visit to a place of the visitor's own country ("visited Nevada and Iowa", "flew
    to the front in Donetsk"): travel at home, no meeting with another party."""
    return trigger.mode == "visit" and target.kind == "state" and target.country == source.country


def _civil_bare_use(token: Token, sources: list[tuple[Actor, Token]]) -> bool:
    """The verb has no object and every doer is a civilian body: "the unions struck",
    "teachers will strike unless ..." (a walkout), not "jets struck the depot"."""
    if any(c.dep_ in {"dobj", "dative"} for c in token.children):
        return False
    aimed = prep_objects(token, {"on", "at", "against", "into"})
    if any(o.ent_type_ not in {"DATE", "TIME"} for _, o in aimed):
        return False  # "struck at the depot"; "struck on Monday" is only a date
    return bool(sources) and all(a.sector in CIVIL_SECTORS for a, _ in sources)


def _bare_sense(trigger: Trigger, lex: EventLexicon) -> Trigger:
    """The trigger in its ``bare`` sense, with the mode and CAMEO code of the same word's
    noun entry of that type ("strike" as a walkout: PROTEST, mode strike, 143)."""
    kind = trigger.bare or trigger.type
    noun = next((t for t in lex.triggers.get((trigger.lemma, "NOUN"), ()) if t.type == kind), None)
    info = lex.types[kind]
    return replace(
        trigger,
        type=kind,
        cameo=noun.cameo if noun is not None else info.cameo,
        mode=noun.mode if noun is not None else None,
        goldstein=None,
        verbal=None,
        bare=None,
    )


def _announced_by_doer(
    token: Token,
    sources: list[tuple[Actor, Token]],
    ctx: Context,
    lex: EventLexicon,
    *,
    modals: frozenset[str] = WILL,
) -> bool:
    """The act, with "will" or "would" (or another of ``modals``), is the complement of a
    speech verb whose subject is the act's own source or speaks for it ("Russia said it
    would cut ...", "the union announced it will strike", "the army will respond, a
    commander said")."""
    clause = token if token.pos_ == "VERB" else governing_verb(token)  # "will go on strike"
    if clause is None or clause.dep_ != "ccomp":
        return False
    if clause.head.lemma_.lower() not in lex.status.speech_verbs:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in modals for c in clause.children):
        return False  # "announced it was suspending flights": done now, not threatened
    speaker = clause_subject(clause.head)
    if speaker is None:
        return False
    said = _actors_at(speaker, ctx)
    return any(a is s or speaks_for(s, a) for a, _ in sources for s in said)


def _hyphen_pair(token: Token, ctx: Context) -> list[tuple[Actor, Token]]:
    """The two parties a hyphenated pair before a noun names ("China-Japan talks",
    "U.S.-Ukraine talks"), in order; [] when there is no such pair."""
    doc = token.doc
    for i in range(token.i - 1, max(token.left_edge.i, token.i - 4) - 1, -1):
        word = doc[i]
        if "-" in word.text.strip("-") and word.i == token.i - 1:
            # One token spaCy did not split: each half must name a country.
            halves = word.text.split("-")
            codes = [default_lexicon().country_of(h) for h in halves]
            if len(halves) == 2 and all(codes) and codes[0] != codes[1]:
                return [(ctx.state(c), word) for c in codes if c is not None]
        if word.text == "-" and 0 < i < token.i - 1 and not word.whitespace_:
            first, second = doc[i - 1], doc[i + 1]
            a, b = _actors_at(first, ctx), _actors_at(second, ctx)
            if a and b and a[0] is not b[0] and not doc[i - 1].whitespace_:
                return [(a[0], first), (b[0], second)]
    return []


# Prepositions that put an act inside a meeting: "told X in a phone call", "during talks"
# ("at" stays apart: "fired at protesters" makes no one a party to the protest).
SETTING_PREPS = frozenset({"in", "during"})


QUOTE_MARKS = frozenset({'"', "“", "‘", "'", "«"})


def _in_quoted_imperative(token: Token) -> bool:
    """The word is, or is the complement of, a quoted command with no subject: a slogan
    or a plea ("'Fund our schools,' teachers chanted", "'Stop bombing Gaza!'") asks for
    the act; nobody does it."""
    node = token
    for _ in range(3):
        if (
            node.tag_ == "VB"
            and node.i > 0
            and node.doc[node.i - 1].text in QUOTE_MARKS
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in node.children)
        ):
            return True
        if node.dep_ not in {"xcomp", "ccomp", "dobj"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _mere_effort(token: Token, trigger: Trigger, lex: EventLexicon, words: FramingWords) -> bool:
    """A verb of force that only says how hard its subject tried ("fought to keep her
    seat", "battled to get the law passed"): its "to"-clause is no use of force."""
    if trigger.pos != "VERB" or token.lemma_.lower() not in words.effort:
        return False
    if any(c.dep_ in {"dobj", "prep"} and c.lower_ != "to" for c in token.children):
        return False  # "fought Israeli troops", "fought against the rebels"
    for clause in token.children:
        purpose = clause.dep_ == "advcl" and has_to(clause)
        if clause.pos_ == "VERB" and (clause.dep_ == "xcomp" or purpose):
            match = _trigger_for(clause, lex)
            return match is None or match[0].type not in FORCE_TYPES
    return False


def _force_within_force(token: Token, trigger: Trigger, lex: EventLexicon) -> bool:
    """A use of force named as the setting of another by the same hand ("police arrested
    140 activists in overnight raids", "troops killed five during a crackdown"): the
    verb codes the act; the raid or crackdown it happened in is not a second one."""
    if trigger.pos != "NOUN" or trigger.type not in FORCE_TYPES or token.dep_ != "pobj":
        return False
    verb = token.head.head
    if token.head.lower_ not in {"in", "during"} or verb.pos_ != "VERB" or is_passive(verb):
        return False
    match = _trigger_for(verb, lex)
    return match is not None and match[0].type in FORCE_TYPES - {trigger.type}


def _setting_of_verb(token: Token) -> bool:
    """The noun is the meeting a verb's act happens in ("told X in talks")."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in SETTING_PREPS
        and token.head.head.pos_ == "VERB"
    )


def _protest_done(token: Token, obj: Token | None, trigger: Trigger, lex: EventLexicon) -> bool:
    """A protest the clause says took place, not one only named or described: a verb used
    without an object of another sense ("thousands marched", "the unions struck"; not
    "demonstrated their skill"), outside any relative clause. A march whose purpose is
    itself a protest ("marched to protest against X") is that one protest, with the
    purpose's addressee. (A protest noun, even one a verb stages, is left to the rules
    for nouns: giving "staged a protest" the government as addressee moved two unseen
    sets in opposite directions.)"""
    if trigger.pos != "VERB" or in_relative_clause(token):
        return False
    for purpose in token.children:
        found = _trigger_for(purpose, lex) if purpose.dep_ in {"advcl", "xcomp"} else None
        if found is not None and found[0].type == "PROTEST":
            return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if token.lemma_.lower() in framing_words().grievance:
        return True  # "protested the pension reform": what is protested, not another sense
    # "rallied outside parliament" is often parsed with "outside" as the object's
    # adjective: a place, not an object of another sense ("demonstrated its resolve").
    return obj is not None or all(
        any(m.dep_ == "amod" and m.lower_ in PLACE_PREPS for m in o.children) for o in objects
    )


# Prepositions that make an act a protest ("in protest", "as a protest").
IN_PROTEST = frozenset({"in", "as"})
# Verbs whose "as" phrase names what their object is, not what their subject does.
NAMING_AS = frozenset({"describe", "call", "label", "brand", "term", "dub", "denounce",
                       "condemn", "criticise", "criticize", "see", "view", "regard"})  # fmt: skip


def _done_in_protest(noun: Token) -> bool:
    """A clause's act done as a protest by the clause's subject: "blocked the highways in
    protest at the prices", "kept their shops shut in a strike against the tax", "parked
    across the road as a protest against fuel prices". Not a protest the act only happens
    in ("were killed in the protests", "spoke in the protest": a definite noun names one
    told elsewhere), nor one a verb of naming puts on its object ("described the march as
    a protest")."""
    verb = noun.head.head
    if verb.pos_ != "VERB" or in_relative_clause(verb):
        return False
    while verb.dep_ in {"oprd", "acomp"} and verb.head.pos_ == "VERB":
        verb = verb.head  # "kept their stores shut in protest": the keeping
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False  # "three people were killed in protests": no doer of the act
    if noun.head.lower_ == "as" and verb.lemma_.lower() in NAMING_AS:
        return False
    return not any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in noun.children)


# Verbs of being on strike: "the dockers are on strike", "has been on hunger strike",
# "remained on strike" (a standing protest, as one begun is).
ON_STRIKE = frozenset({"be", "remain", "stay"})


def _protest_staged(token: Token, trigger: Trigger) -> bool:
    """A strike, walkout or boycott a verb of its subject puts on ("the union began an
    indefinite strike", "called a general strike for Monday", "dockers went on strike"),
    outside any relative clause: a standing action, not one only named ("the strike
    ended", "during the strike"); or an act done "in protest" (:func:`_done_in_protest`)."""
    words = framing_words()
    if trigger.pos == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in IN_PROTEST:
        return _done_in_protest(token)
    if trigger.pos != "NOUN" or token.lemma_.lower() not in words.staged:
        return False
    verb = token.head
    staging = words.staging
    if token.dep_ == "pobj" and verb.lower_ == "on":
        verb = verb.head  # "went on strike"
        staging = staging | ON_STRIKE  # "has been on hunger strike for 19 days"
    elif token.dep_ != "dobj":
        return False
    return (
        verb.pos_ in {"VERB", "AUX"}
        and verb.lemma_.lower() in staging
        and not in_relative_clause(verb)
    )


def _stages_protest(verb: Token) -> bool:
    """A verb that puts on the strike, walkout or boycott it takes as object ("called a
    general strike for Friday"), whatever other sense its words have ("called for")."""
    words = framing_words()
    return verb.lemma_.lower() in words.staging and any(
        c.dep_ == "dobj" and c.lemma_.lower() in words.staged for c in verb.children
    )


def _protesters(slots: list[Token], ctx: Context, lex: EventLexicon) -> list[tuple[Actor, Token]]:
    """Force used on a protest falls on the protesters ("police dispersed the rally",
    "troops broke up a demonstration in X"): the protest noun's own doers ("a march by
    nurses", "the sit-in organised by the union"), named or, for the nouns that imply
    them, the people of the country where it happens."""
    for slot in slots:
        match = _trigger_for(slot, lex)
        if match is None or match[0].type != "PROTEST" or match[0].pos != "NOUN":
            continue
        protest = match[0]
        groups = _noun_source_groups(slot, protest)
        organising = framing_words().organising
        groups += [[o for _, o in prep_objects(c, {"by"})] for c in slot.children
                   if c.dep_ == "acl" and c.tag_ == "VBN"
                   and c.lemma_.lower() in organising]  # fmt: skip
        found = [(a, t) for group in groups for a, t in _arguments(group, ctx)]
        if not found:
            # Whoever gathered, unnamed: the people of the country where it happened.
            found = implied_source(slot, replace(protest, implied_source="CVL"), ctx)
        if found:
            return found
    return []


def _inner_targets(
    slots: list[Token], sources: list[tuple[Actor, Token]], ctx: Context
) -> list[tuple[Actor, Token]]:
    """A verb's argument that names no actor, read for whose or where its thing is
    ("shelled a camp near X", "said ties between X and Y were a threat"); an owner that
    is the source itself says nothing about the target. An end or halt asked for is read
    through to the act to be ended ("an end to the fighting in Sudan")."""
    ending = framing_words().ending
    acts = [
        o for s in slots if s.lemma_.lower() in ending for _, o in prep_objects(s, {"to", "of"})
    ]
    return _other_than(sources, _arguments([*inner_slots(slots), *acts, *inner_slots(acts)], ctx))


# Where a verb names whom it addresses: "urged Kenya", "called on Kenya", "told Kenya".
ADDRESSEE_PREPS = frozenset({"on", "upon"})
# Where a verb of contact names whom it reaches: "handed a note to X", "spoke with X".
REACHED_PREPS = frozenset({"to", "with"})


def _reached(verb: Token, preps: frozenset[str]) -> list[Token]:
    """The words by which ``verb`` names whom it reaches: its object, its receiver, and
    the objects of ``preps``."""
    slots = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    return slots + [o for _, o in prep_objects(verb, preps)]


def _conjunct_addressees(offering: Token, lex: EventLexicon) -> list[Token]:
    """The parties a verb of asking or inviting coordinated with the ``offering`` verb
    addresses (its object, receiver or "on" phrase): "urged Ethiopia and Eritrea to
    settle the dispute and offered to host talks", "invited his Bosnian counterpart and
    offered to set up joint patrols"; not the object of another act ("criticised Russia
    and pledged more weapons": the weapons are not offered to Russia)."""
    asking = {cue.split()[0] for cue in lex.status.requested} | {"tell"}
    found: list[Token] = []
    for verb in offering.conjuncts:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in asking:
            continue
        found += [s for slot in _reached(verb, ADDRESSEE_PREPS) for s in with_conjuncts(slot)]
    return found


def _other_than(
    sources: list[tuple[Actor, Token]], found: list[tuple[Actor, Token]]
) -> list[tuple[Actor, Token]]:
    """The actors found that are not one of the sources themselves (``self_dyad``)."""
    return [t for t in found if not any(self_dyad(s, t[0]) for s, _ in sources)]


def _own_state(source: Actor, target: Actor) -> bool:
    """The target is the source's own state: a country named, or implied by a place."""
    return (
        target.kind == "state" and source.country is not None and target.country == source.country
    )


def _is_background(token: Token, when: When | None, ctx: Context) -> bool:
    """A relative clause about a time long before the story ("the junta, which took
    power in 2021, ..."), or an aside in the perfect (``_perfect_aside``): background to
    the sentence, not an event it reports."""
    if _perfect_aside(token):
        return True
    if token.dep_ not in {"relcl", "acl"} or when is None or ctx.published is None:
        return False
    return (ctx.published - when.date).days > BACKGROUND_DAYS


def _perfect_aside(token: Token) -> bool:
    """An aside set off by a comma, in the perfect, that says what its noun has done
    ("Uganda, which has deployed troops in Somalia, ...", "the union, which had staged three
    strikes, ..."): a standing fact about the noun, not the act the sentence reports."""
    if token.dep_ != "relcl" or token.left_edge.i == 0:
        return False
    before = token.doc[token.left_edge.i - 1]
    return before.text in {",", "(", "—", "–"} and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in token.children
    )


def _recalled(event: Event, ctx: Context) -> bool:
    """An act its own clause dates more than a year before the story, counted from the
    last day the date allows ("last year" is all of last year): background the story
    recalls ("relations soured in 2010 after commandos stormed the ship", "the two
    countries fought a war in 1998"), not news. A user's database counts each act once,
    when it is news, not each time a story recalls it. Such acts still stand behind
    later ones ("Russia jailed him in 2021. Washington again called for his release").
    (Measured: half a year or two months also dropped acts the stories report.)"""
    when = event.when
    if when is None or ctx.published is None or when.how == "published":
        return False
    return (ctx.published - _last_day(when)).days > BACKGROUND_DAYS


def _last_day(when: When) -> dt.date:
    """The last day a date of its precision allows (31 December for a year)."""
    if when.precision == "year":
        return when.date.replace(month=12, day=31)
    if when.precision == "month":
        following = when.date.replace(day=28) + dt.timedelta(days=4)
        return following - dt.timedelta(days=following.day)
    return when.date


def _agreement_in_force(token: Token, trigger: Trigger) -> bool:
    """An agreement noun as the object of a preposition ("bound by the trade pact", "under
    the 2015 deal", "with this accord"): one in force, not the act of agreeing. Entering
    "into" one is the act ("entered into an agreement with Sudan")."""
    return (
        trigger.pos == "NOUN"
        and trigger.type == "AGREE"
        and token.dep_ == "pobj"
        and token.head.lower_ != "into"
    )


def _framed_status(token: Token, framed: str, lex: EventLexicon) -> Status:
    """A threat is made as the framing verb says ("threatened": asserted, "did not
    threaten": negated); an offer or commitment to act is an intent (AGREE, intended)."""
    head = framing_head(token)
    status = status_of(head, lex.status) if head is not None else "asserted"
    if framed == "AGREE":
        return "negated" if status == "negated" else "intended"
    return status


def _span(token: Token) -> Span:
    return Span(token.left_edge.idx, token.right_edge.idx + len(token.right_edge))


def _key(actor: Actor | None) -> str:
    if actor is None:
        return ""
    return actor.actor_id or f"{actor.name}|{actor.country}"


def _one_per_country_pair(events: list[Event]) -> list[Event]:
    """One act per source and target country in a sentence: "struck Kharkiv, killing five
    people" and "air strikes on villages killed six people" tell one attack twice, by its
    place and by its victims. The victims' telling stands over the state a place or a
    site stands for; else the first told, with the toll the sentence gives."""
    out: list[Event] = []
    kept: dict[tuple[str, str, str, str, int], int] = {}
    for event in events:
        target = event.target
        if target is None or target.country is None:
            out.append(event)
            continue
        key = (event.type, _key(event.source), target.country, event.status, event.sentence.start)
        if key not in kept:
            kept[key] = len(out)
            out.append(event)
            continue
        first = out[kept[key]]
        if first.target is not None and first.target.kind == "state" and target.kind != "state":
            # The victims say more than the country their place stands for.
            out[kept[key]] = replace(event, fatalities=event.fatalities or first.fatalities)
        elif first.fatalities is None and event.fatalities is not None:
            out[kept[key]] = replace(first, fatalities=event.fatalities)
    return out


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
