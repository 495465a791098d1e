"""Verbs that frame another event, and evaluations put on what a speaker talks about.

A harmful act the subject says it will do to someone ("threatened to cut off gas to X")
is a THREATEN; a cooperative act it offers or commits to ("offered to send aid to X")
is an AGREE; a speech verb with an evaluative complement ("called the plan a disgrace",
"said the decision was wrong") is an ACCUSE, a REJECT or a SUPPORT of whoever the
evaluated phrase names. The words live in ``data/lexicons/framing.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from eventwire.events.arguments import child, clause_subject, is_passive, prep_objects
from eventwire.resources import data_path, read_yaml

# Types a pact-breaking verb undoes ("broke off talks", "severed ties", "broke the deal").
PACT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Words that stand for the sentence or a clause, not for an evaluated actor or thing.
EXPLETIVES = frozenset({"it", "this", "that", "there", "what", "which", "who", "i", "we",
                        "you", "everything", "nothing", "anything", "something"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class FramingWords:
    threatening: frozenset[str]
    harmful: frozenset[str]
    commissive: frozenset[str]
    commissive_adjectives: frozenset[str]
    cooperative: frozenset[str]
    evaluating: frozenset[str]
    evaluative: dict[str, str]  # word -> event type
    cancelling: frozenset[str] = frozenset()
    diminishing: frozenset[str] = frozenset()
    holds: frozenset[str] = frozenset()
    requesting: frozenset[str] = frozenset()
    rejection_threatening: frozenset[str] = frozenset()
    contest: frozenset[str] = frozenset()
    market: frozenset[str] = frozenset()
    market_movers: frozenset[str] = frozenset()
    followers: frozenset[str] = frozenset()
    cancelled: dict[str, str] = field(default_factory=dict)  # type -> type once undone
    pact_breaking: frozenset[str] = frozenset()
    act_nouns: frozenset[str] = frozenset()
    proposals: frozenset[str] = frozenset()
    doers: dict[str, frozenset[str]] = field(default_factory=dict)  # act noun -> sectors
    deeds: dict[str, frozenset[str]] = field(default_factory=dict)  # deed noun -> types
    act_verbs: dict[str, frozenset[str]] = field(default_factory=dict)  # act noun -> verbs
    joint: frozenset[str] = frozenset()
    claims: frozenset[str] = frozenset()
    ground: frozenset[str] = frozenset()
    sites: frozenset[str] = frozenset()
    grievance: frozenset[str] = frozenset()
    staging: frozenset[str] = frozenset()
    organising: frozenset[str] = frozenset()
    issuing: frozenset[str] = frozenset()
    cargo_vehicles: frozenset[str] = frozenset()
    cargo_verbs: frozenset[str] = frozenset()
    staged: frozenset[str] = frozenset()
    ending: frozenset[str] = frozenset()
    effort: frozenset[str] = frozenset()
    contact: frozenset[str] = frozenset()
    judging: frozenset[str] = frozenset()
    messages: frozenset[str] = frozenset()
    light: frozenset[str] = frozenset()
    suffering: frozenset[str] = frozenset()
    deliberating: frozenset[str] = frozenset()
    partitive: frozenset[str] = frozenset()
    change: frozenset[str] = frozenset()
    projectiles: frozenset[str] = frozenset()
    test_grounds: frozenset[str] = frozenset()
    ordering: frozenset[str] = frozenset()
    commanding: frozenset[str] = frozenset()
    commanded: frozenset[str] = frozenset()
    departing: frozenset[str] = frozenset()
    envoys: frozenset[str] = frozenset()
    wrongdoing: frozenset[str] = frozenset()
    conduct: frozenset[str] = frozenset()
    harms: frozenset[str] = frozenset()
    comeuppance: frozenset[str] = frozenset()
    punishing: frozenset[str] = frozenset()
    recounting: frozenset[str] = frozenset()
    attackers: frozenset[str] = frozenset()
    pressing: frozenset[str] = frozenset()
    pressure: frozenset[str] = frozenset()
    yielding: frozenset[str] = frozenset()
    forbearing: frozenset[str] = frozenset()
    court_decisions: frozenset[str] = frozenset()
    undertaking: frozenset[str] = frozenset()
    persisting: frozenset[str] = frozenset()
    asserting: frozenset[str] = frozenset()
    responsibility: frozenset[str] = frozenset()
    eliciting: frozenset[str] = frozenset()
    occurring: frozenset[str] = frozenset()
    aiming: frozenset[str] = frozenset()
    charging: frozenset[str] = frozenset()
    readiness: frozenset[str] = frozenset()
    wielding: frozenset[str] = frozenset()
    answering: frozenset[str] = frozenset()
    arriving: frozenset[str] = frozenset()


def _doers(by_sector: dict[str, Any]) -> dict[str, frozenset[str]]:
    """``doer_nouns`` (sector -> nouns) turned round: noun -> the sectors of its doers."""
    doers: dict[str, set[str]] = {}
    for sector, nouns in by_sector.items():
        for noun in nouns or ():
            doers.setdefault(str(noun).lower(), set()).add(str(sector).upper())
    return {noun: frozenset(sectors) for noun, sectors in doers.items()}


def _words(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in raw.get(key) or ())


@functools.cache
def framing_words() -> FramingWords:
    raw = read_yaml(data_path("lexicons", "framing.yaml")) or {}
    evaluative = {
        str(word).lower(): str(kind).upper()
        for kind, words in (raw.get("evaluative") or {}).items()
        for word in words
    }
    return FramingWords(
        threatening=_words(raw, "threatening_verbs"),
        harmful=frozenset(w.upper() for w in _words(raw, "harmful_types")),
        commissive=_words(raw, "commissive_verbs"),
        commissive_adjectives=_words(raw, "commissive_adjectives"),
        cooperative=frozenset(w.upper() for w in _words(raw, "cooperative_types")),
        evaluating=_words(raw, "evaluating_verbs"),
        evaluative=evaluative,
        cancelling=_words(raw, "cancelling_verbs"),
        diminishing=_words(raw, "diminishing_verbs"),
        holds=_words(raw, "hold_nouns"),
        requesting=_words(raw, "requesting_verbs"),
        rejection_threatening=_words(raw, "rejection_threatening_verbs"),
        contest=_words(raw, "contest_verbs"),
        market=_words(raw, "market_subjects"),
        market_movers=_words(raw, "market_movers"),
        followers=_words(raw, "followers"),
        messages=_words(raw, "message_nouns"),
        responsibility=_words(raw, "responsibility_nouns"),
        eliciting=_words(raw, "eliciting_verbs"),
        occurring=_words(raw, "occurring_verbs"),
        aiming=_words(raw, "aiming_verbs"),
        charging=_words(raw, "charging_verbs"),
        readiness=_words(raw, "readiness_words"),
        wielding=_words(raw, "wielding_verbs"),
        answering=_words(raw, "answering_verbs"),
        arriving=_words(raw, "arriving_verbs"),
        pact_breaking=_words(raw, "pact_breaking_verbs"),
        act_nouns=_words(raw, "act_nouns"),
        proposals=_words(raw, "proposal_nouns"),
        doers=_doers(raw.get("doer_nouns") or {}),
        deeds={
            str(noun).lower(): frozenset(str(t).upper() for t in types)
            for noun, types in (raw.get("deed_nouns") or {}).items()
        },
        act_verbs={
            str(noun).lower(): frozenset(str(v).lower() for v in verbs)
            for noun, verbs in (raw.get("act_noun_verbs") or {}).items()
        },
        joint=_words(raw, "joint_modifiers"),
        claims=_words(raw, "claim_nouns"),
        asserting=_words(raw, "asserting_verbs"),
        contact=_words(raw, "contact_verbs"),
        ground=_words(raw, "ground_nouns"),
        sites=_words(raw, "site_nouns"),
        grievance=_words(raw, "grievance_verbs"),
        staging=_words(raw, "staging_verbs"),
        organising=_words(raw, "organising_verbs"),
        issuing=_words(raw, "issuing_verbs"),
        cargo_vehicles=_words(raw, "cargo_vehicles"),
        cargo_verbs=_words(raw, "cargo_verbs"),
        staged=_words(raw, "staged_protests"),
        ending=_words(raw, "ending_nouns"),
        effort=_words(raw, "effort_verbs"),
        judging=_words(raw, "judging_verbs"),
        light=_words(raw, "light_evaluative_nouns"),
        suffering=_words(raw, "suffering_verbs"),
        deliberating=_words(raw, "deliberating_verbs"),
        partitive=_words(raw, "partitive_nouns"),
        change=_words(raw, "change_nouns"),
        projectiles=_words(raw, "projectiles"),
        test_grounds=_words(raw, "test_grounds"),
        ordering=_words(raw, "ordering_verbs"),
        commanding=_words(raw, "commanding_verbs"),
        commanded=_words(raw, "commanded_nouns"),
        departing=_words(raw, "departing_verbs"),
        envoys=_words(raw, "envoy_nouns"),
        wrongdoing=_words(raw, "wrongdoing_verbs"),
        conduct=_words(raw, "conduct_verbs"),
        harms=_words(raw, "harm_nouns"),
        comeuppance=_words(raw, "comeuppance_nouns"),
        punishing=_words(raw, "punishing_verbs"),
        recounting=_words(raw, "recounting_verbs"),
        attackers=_words(raw, "attacker_nouns"),
        pressing=_words(raw, "pressing_verbs"),
        pressure=_words(raw, "pressure_nouns"),
        yielding=_words(raw, "yielding_verbs"),
        forbearing=_words(raw, "forbearing_verbs"),
        court_decisions=_words(raw, "court_decisions"),
        undertaking=_words(raw, "undertaking_verbs"),
        persisting=_words(raw, "persisting_verbs"),
        cancelled={
            str(k).upper(): str(v).upper() for k, v in (raw.get("cancelled_types") or {}).items()
        },
    )


def cancelling_verb(token: Token, event_type: str, words: FramingWords) -> Token | None:
    """The verb that undoes an event noun, whose type is then ``words.cancelled``'s
    ("suspended its partnership with X": SANCTION; "ended the defence agreement with X",
    "pulled out of the deal": REJECT; "dropped its probe into X", "scrapped the tariffs on
    X": CONCEDE), or None. A verb that lessens it (``diminishing_verbs``) reads the same
    way ("reduced its aid to X": SANCTION; "lowered tariffs on X": CONCEDE), except on an
    agreement ("cut a deal with X" makes one). The undoing is the event, so its status is
    the verb's own ("scrapped the tariffs" is asserted)."""
    if token.pos_ not in {"NOUN", "PROPN"} or event_type not in words.cancelled:
        return None
    verb = None
    if token.dep_ in {"dobj", "nsubjpass"}:
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ in {"from", "of"}:
        verb = token.head.head  # "withdrew from the treaty", "pulled out of the deal"
        if verb.pos_ == "ADP":
            verb = verb.head
    elif token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.dep_ == "dobj":
        verb = token.head.head.head  # "suspended 88 million euros in budget support"
    if verb is None or verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma in words.diminishing and event_type != "AGREE":
        return verb  # "reduced its aid to X"; "cut a deal" makes one
    if lemma not in words.cancelling and not _put_on_hold(verb, words):
        return None
    if lemma in words.pact_breaking and event_type not in PACT_TYPES:
        return None  # "broke the embargo": defied, not lifted
    return verb


def _put_on_hold(verb: Token, words: FramingWords) -> bool:
    """ "put the loan on hold", "put on ice its talks with X": set aside, as suspended."""
    if verb.lemma_.lower() != "put":
        return False
    return any(o.lemma_.lower() in words.holds for _, o in prep_objects(verb, {"on"}))


def joint_type(token: Token, event_type: str, words: FramingWords) -> str:
    """A show of force held jointly ("staged joint air drills", "combined exercises
    with X") is military cooperation: COOPERATE; any other event keeps its type."""
    if (
        event_type == "MOBILIZE"
        and token.pos_ == "NOUN"
        and any(c.dep_ in {"amod", "compound"} and c.lower_ in words.joint for c in token.children)
    ):
        return "COOPERATE"
    return event_type


def is_judgement(token: Token, words: FramingWords) -> bool:
    """An event noun predicated of something ("are a threat to X", "poses a threat to
    X", "constitutes an attack on Y"): a judgement of it, not an act."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ in {"attr", "dobj"}
        and token.head.lemma_.lower() in words.judging
    )


def is_deliberated(token: Token, words: FramingWords) -> bool:
    """ "Kenya is reviewing its defence agreement with X", "parliament debated sanctions
    on Y": an event noun that a verb of deliberation takes as its object names the matter
    weighed, not an act."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in words.deliberating


def is_held(token: Token) -> bool:
    """ "The EU already has sanctions on X": a measure or tie someone has, in the simple
    present, is a standing state, not an act the story reports."""
    head = token.head
    return (
        token.dep_ == "dobj"
        and head.lemma_ == "have"
        and head.tag_ in {"VBZ", "VBP"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in head.children)
    )


def is_contest(token: Token, words: FramingWords) -> bool:
    """A verb whose clause goes on to win or lose a contest ("rallied to win the final",
    "fought back and beat the holders"), or that tells how one was won ("won it when he
    fired a shot"): a sports or figurative sense. Or one whose active subject moves on a
    market ("shares rallied", "exporters rallied on a weaker yen"; ``market_subjects`` and
    ``market_movers`` in ``framing.yaml``)."""
    if token.pos_ != "VERB":
        return False
    subject = clause_subject(token)
    if subject is not None and subject.dep_ == "nsubj":
        mover = subject.lemma_.lower()
        if mover in words.market or (mover in words.market_movers and token.lemma_ == "rally"):
            return True  # "shares rallied", "exporters rallied on a weaker yen": a market
    head = token.head
    if token.dep_ == "advcl" and head.lemma_.lower() in words.contest and child(head, {"dobj"}):
        # "won it when he fired a shot at the goalkeeper"; not "took to the streets to
        # protest", where the verb wins nothing.
        return True
    return any(
        c.dep_ in {"xcomp", "conj", "advcl"} and c.lemma_.lower() in words.contest
        for c in token.children
    )


def requested_act(token: Token, words: FramingWords) -> Token | None:
    """The verb that asks for the act an event noun names ("called for the release of
    X", "pressed for sanctions against X"), or None."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ != "pobj" or token.head.lower_ != "for":
        return None
    verb = token.head.head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in words.requesting:
        return verb
    return None


def asked_in_clause(token: Token, words: FramingWords) -> bool:
    """Whether a verb is the act a request asks for in a "for"-clause: "called for
    Israel to withdraw", "a call by Egypt for Israel to withdraw", "an appeal for both
    sides to stop": asked for, not done (the request itself is coded on its own word)."""
    if token.pos_ != "VERB" or token.dep_ not in {"advcl", "acl", "ccomp"}:
        return False
    marked = any(m.dep_ == "mark" and m.lower_ == "for" for m in token.children)
    head = token.head
    return marked and head.pos_ in {"NOUN", "VERB"} and head.lemma_.lower() in words.requesting


def framing_head(token: Token) -> Token | None:
    """The word that frames ``token``'s clause as a plan: the verb or adjective it is
    the "to"-complement of ("threatened to cut", "is ready to send"), or the verb of
    whose "that"-clause it is the future ("warned that it would cut"); a noun takes its
    verb's ("offered to hold talks")."""
    clause = token
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ == "dobj":
        clause = token.head
    if clause.pos_ != "VERB":
        return None
    if clause.dep_ == "xcomp":
        return clause.head
    if clause.dep_ == "ccomp" and any(
        c.dep_ == "aux" and c.lemma_.lower() in FUTURE for c in clause.children
    ):
        return clause.head  # "warned that it would retaliate", "vowed that it will send aid"
    return None


FUTURE = frozenset({"will", "would", "shall", "'ll", "'d"})


def framed_type(token: Token, event_type: str, words: FramingWords) -> str | None:
    """THREATEN for a harmful act under a threatening verb, AGREE for a cooperative act
    under a commissive verb or adjective, else None (the act keeps its type)."""
    head = framing_head(token)
    if head is None:
        return None
    lemma = head.lemma_.lower()
    threatens = head.pos_ == "VERB" and lemma in words.threatening
    if (
        threatens
        and event_type in words.harmful
        and (event_type != "REJECT" or lemma in words.rejection_threatening)
    ):
        return "THREATEN"
    if commissive_head(token, words) is not None and event_type in words.cooperative:
        return "AGREE"
    return None


def commissive_head(token: Token, words: FramingWords) -> Token | None:
    """The verb or adjective that offers or commits to ``token``'s act ("offered to host
    talks", "is committed to sending aid"), or None."""
    head = framing_head(token)
    if head is None:
        return None
    lemma = head.lemma_.lower()
    commits = (head.pos_ == "VERB" and lemma in words.commissive) or (
        head.pos_ == "ADJ" and lemma in words.commissive_adjectives
    )
    return head if commits else None


def _next_after(word: Token, later: Token) -> bool:
    """Whether ``later`` is the next word after ``word``, quotation marks between aside."""
    between = word.doc[word.i + 1 : later.i]
    return all(t.is_quote for t in between)


def _evaluative_type(token: Token, words: FramingWords) -> str | None:
    """The evaluation a complement carries: its head, a word coordinated with it or an
    adjective on it ("a disgrace", "reckless and dangerous", "a dangerous move"), or the
    "of" phrase of a light noun ("an act of aggression")."""
    words_of = [o for _, o in prep_objects(token, {"of"})] if token.lemma_ in words.light else []
    for word in (
        token,
        *token.conjuncts,
        *(c for c in token.children if c.dep_ == "amod"),
        *words_of,
    ):
        kind = words.evaluative.get(word.lemma_.lower()) or words.evaluative.get(word.lower_)
        if kind is not None and not _denied(word):
            return kind
    return None


def _denied(word: Token) -> bool:
    """An evaluative word its own clause denies: "not a crime", "is not wrong", "was no
    longer welcome" (the negation on the word or, for a complement, on its verb)."""
    hosts = [word, word.head] if word.dep_ in {"acomp", "attr", "oprd"} else [word]
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children))
        for host in hosts
        for c in host.children
    )


# Verbs that put their subject "under" an act: "came under attack" ("is under sanctions"
# or "remained under arrest" is a standing state, no act of the day).
UNDERGOING_VERBS = frozenset({"come"})


def undergoer(token: Token, words: FramingWords) -> Token | None:
    """The subject that suffers a noun of force or coercion: placed "under" it ("the
    convoy came under attack", "came under Russian shelling") or the object of a verb
    of suffering or escaping ("escaped arrest", "avoided extradition", "is fighting
    deportation"). It is the act's target, never its source."""
    if token.dep_ == "pobj" and token.head.lower_ == "under":
        verb = token.head.head
        if verb.lemma_.lower() in UNDERGOING_VERBS and verb.pos_ in {"VERB", "AUX"}:
            return clause_subject(verb)
    if token.dep_ == "dobj" and token.head.lemma_.lower() in words.suffering:
        return clause_subject(token.head)
    return None


# Where a naming verb's predicate hangs: "called it unjust", "ruled the vote invalid".
NAMED_PREDICATES = frozenset({"oprd", "acomp", "xcomp"})
# Verbs that give their object a name ("called X a crime", "branded X a threat") or a
# verdict ("ruled the decree unconstitutional", "found the minister guilty").
NAMING_VERBS = frozenset({"call", "label", "term", "dub", "brand", "rule", "find", "judge"})
# Pronouns that, as the object of a verb naming what it is, stand for the act just told.
TOLD = frozenset({"it", "this", "that"})


def evaluation(token: Token, words: FramingWords) -> tuple[str, Token] | None:
    """(type, evaluated phrase) when ``token`` is a speech verb that evaluates something:
    "called X a disgrace" (object + predicate), "described X as reckless" (object + as),
    "said (that) X was wrong" (a copular clause about X). Negated evaluations ("said it
    was not wrong") and expletive subjects ("it is wrong to...") are left out. Condemning
    a claim rejects it: "called the accusations absurd" is a REJECT of the accuser."""
    found = _evaluation(token, words)
    if found is not None and found[0] == "ACCUSE" and found[1].lemma_.lower() in words.claims:
        return "REJECT", found[1]
    return found


def _deed_named(token: Token, obj: Token | None) -> Token | None:
    """The doer of the deed that a "what" clause on a preposition names ("struck the port
    in what Kyiv called a war crime", "moved troops, in what Seoul called a provocation"):
    the subject of the verb the preposition hangs on; None otherwise."""
    if obj is None or obj.lower_ != "what" or token.dep_ != "pcomp":
        return None
    verb = token.head.head
    return clause_subject(verb) if verb.pos_ in {"VERB", "AUX"} else None


def told_pronoun(token: Token) -> bool:
    """ "it" or "this" as the object of a verb that names what its object is ("called it
    piracy", "described this as a provocation", "condemned it as an act of war"): the
    deed just told, not an actor."""
    verb = token.head
    return (
        token.pos_ == "PRON"
        and token.lower_ in TOLD
        and token.dep_ == "dobj"
        and (
            verb.lemma_.lower() in NAMING_VERBS
            or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
        )
    )


def _evaluation(token: Token, words: FramingWords) -> tuple[str, Token] | None:
    if token.pos_ != "VERB" or token.lemma_.lower() not in words.evaluating:
        return None
    if any(c.dep_ == "neg" for c in token.children):
        return None
    obj = child(token, {"dobj"})
    naming = token.lemma_.lower() in NAMING_VERBS
    deed = _deed_named(token, obj) if naming else None
    if deed is not None:
        # "sent warplanes close to the island, in what Taipei called a provocation": the deed
        # of the clause the "what" clause hangs on, whose doer is evaluated.
        for c in token.children:
            kind = _evaluative_type(c, words) if c.dep_ in {"oprd", "xcomp", "acomp"} else None
            if kind is not None:
                return kind, deed
    if naming and obj is not None and obj.pos_ == "ADJ":
        # "ruled the presidential decree unconstitutional" read as an adjective object:
        # the noun before it, hung on it as a compound, is what is judged.
        named = [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        kind = _evaluative_type(obj, words)
        if named and kind is not None:
            return kind, named[-1]
    if naming and obj is not None and obj.lower_ not in EXPLETIVES:
        # "ruled the detention unlawful" with the predicate read as the verb's adverb, or
        # as the last word of the object's own phrase ("called the detention of opposition
        # leader Ana Ruiz illegal", the adjective read as the object of "of").
        last = obj.right_edge
        predicates = [c for c in token.children if c.dep_ == "advmod" and c.i > obj.i]
        predicates += [last] if last.i > obj.i and last.dep_ in {"pobj", "appos"} else []
        for c in predicates:
            # Or a noun the parser set in apposition to the phrase's last noun, with no
            # comma between ("called the strike on an apartment block a war crime").
            bare = c.dep_ == "appos" and c.doc[c.left_edge.i - 1].text != ","
            kind = _evaluative_type(c, words) if c.pos_ == "ADJ" or bare else None
            if kind is not None:
                return kind, obj
    if naming:
        for clause in token.children:
            # "found the minister guilty", "ruled the vote invalid": a small clause.
            subject = child(clause, {"nsubj"}) if clause.dep_ == "ccomp" else None
            if clause.pos_ == "ADJ" and subject is not None and subject.i < clause.i:
                kind = _evaluative_type(clause, words)
                if kind is not None and subject.lower_ not in EXPLETIVES:
                    return kind, subject
    if obj is not None and (obj.lower_ not in EXPLETIVES or told_pronoun(obj)):
        # "called Russia's annexation a crime": the parser often hangs the predicate noun
        # on the object as an apposition.
        # Or as a second object ("called the launch a violation").
        named = [c for c in obj.children if c.dep_ in {"appos", "dobj"} and c.i > obj.i]
        # Or as an adjective after it ("called Israel's decision unacceptable"): English
        # sets an attributive adjective before its noun, so one after it is the predicate.
        # Its own modifiers may stand first ("called the request politically motivated"),
        # and an opening quotation mark ("called the claim "false and dangerous"").
        named += [
            c
            for c in obj.children
            if c.dep_ in {"amod", "acl"} and c.i > obj.i and _next_after(obj, c.left_edge)
        ]
        if named and token.lemma_.lower() in NAMING_VERBS:
            kind = _evaluative_type(named[0], words)
            if kind is not None:
                return kind, obj
        for c in token.children:
            complements = [c] if c.dep_ in {"oprd", "xcomp", "ccomp", "acomp"} else []
            if c.dep_ == "prep" and c.lower_ == "as":
                complements = _as_complements(c)
            for complement in complements:
                kind = _evaluative_type(complement, words)
                if kind is not None:
                    return kind, obj
    if obj is None and token.dep_ == "relcl" and token.head.i < token.i:
        # "a sentence Paris called unjust", "a charge Tbilisi dismissed as absurd": the
        # relative clause's missing object is the noun it describes.
        complements = [c for c in token.children if naming and c.dep_ in NAMED_PREDICATES]
        complements += _as_complements(token)
        for c in complements:
            kind = _evaluative_type(c, words)
            if kind is not None:
                return kind, token.head
    if obj is None and token.lemma_.lower() in NAMING_VERBS:
        # "called the Ugandan decision regrettable": the parser may hang the object on
        # the predicate as a compound.
        # Or it makes the object a second predicate ("called Russia's referendum
        # illegitimate" read as two predicates): the noun before the evaluation.
        predicates = [c for c in token.children if c.dep_ == "oprd"]
        for c in predicates:
            # Or as its modifier ("called [the strikes] pure terror").
            named = [n for n in c.children if n.dep_ in {"compound", "nmod"} and n.pos_ == "NOUN"]
            # "called Canada a disgrace": a name read as the first predicate.
            named += [p for p in predicates if p.i < c.i and p.pos_ in {"NOUN", "PROPN"}]
            # Or a small clause ("called [Kosovo's decision unfair]"): its subject.
            named += [n for n in c.children if n.dep_ == "nsubj" and n.i < c.i]
            kind = _evaluative_type(c, words)
            if named and kind is not None:
                return kind, named[-1]
    for clause in token.children:
        if clause.dep_ == "ccomp" and _comeuppance(clause, words):
            # "warned that Taiwan would pay a heavy price", "said the militants would be
            # crushed": a fate the speaker promises another is a threat to it.
            subject = child(clause, {"nsubj", "nsubjpass"})
            if subject is not None and subject.lower_ not in EXPLETIVES and subject.pos_ != "PRON":
                return "THREATEN", subject
        if clause.dep_ == "ccomp" and (
            _reproach(clause) or _wrongdoing(clause, words) or _misconduct(clause, words)
        ):
            # "said the government should have acted sooner": a reproach of the subject;
            # "said Russia had violated the truce": a claim of wrongdoing, an accusation.
            subject = child(clause, {"nsubj"})
            if subject is not None and subject.lower_ not in EXPLETIVES and subject.pos_ != "PRON":
                return "ACCUSE", subject
        held = _held_to_account(clause, words) if clause.dep_ == "ccomp" else None
        if held is not None and held.lower_ not in EXPLETIVES and held.pos_ != "PRON":
            # "said Pakistan must be held accountable for the bombing", "Baku bears full
            # responsibility for this escalation": blame laid on the subject.
            return "ACCUSE", held
        if clause.dep_ != "ccomp" or clause.lemma_ != "be":
            continue
        subject = child(clause, {"nsubj"})
        gerund = child(clause, {"csubj"})
        if subject is None and gerund is not None and gerund.tag_ == "VBG":
            subject = child(gerund, {"dobj"})  # "expanding ties with X is dangerous"
        if subject is None or subject.lower_ in EXPLETIVES or subject.pos_ == "PRON":
            continue
        if any(c.dep_ == "neg" for c in clause.children):
            continue
        if _blamed(clause, words):
            return "ACCUSE", subject
        for c in clause.children:
            if c.dep_ in {"acomp", "attr"}:
                kind = _evaluative_type(c, words)
                if kind is not None:
                    return kind, subject
    return None


# Copular predicates of blame, with the preposition that names what is blamed.
BLAME_PREDICATES = {"responsible": "for", "accountable": "for", "culpable": "for",
                    "behind": None, "blame": "for", "guilty": "of"}  # fmt: skip


def _blamed(clause: Token, words: FramingWords) -> bool:
    """A copular clause that lays a harm at its subject's door: "(Iran) was behind the
    attack", "was responsible for the strike", "was to blame for the blast", "was guilty
    of war crimes", or plainly "was responsible". What is blamed must be a harm
    (``harm_nouns``): being "responsible for public order" is a duty, not a charge."""
    for c in clause.children:
        word = c.lower_ if c.dep_ == "prep" else c.lemma_.lower()
        if c.dep_ not in {"acomp", "prep", "xcomp"} or word not in BLAME_PREDICATES:
            continue
        prep = BLAME_PREDICATES[word]
        objects = [c] if prep is None else [p for p in c.children if p.lower_ == prep]
        if not objects and word in {"responsible", "culpable", "guilty"}:
            return True  # "said Russia was responsible": for what the story told
        harms = [o for p in objects for o in p.children if o.dep_ == "pobj"]
        if any(h.lemma_.lower() in words.harms or h.lower_ in words.harms for h in harms):
            return True
    return False


def message_sender(token: Token, words: FramingWords) -> Token | None:
    """ "The group issued a statement condemning X", "parliament passed a resolution
    urging Y", "the ministry released a statement that accused Z": a participle or a
    relative clause that describes a message says what the message does; its source is
    the subject of the verb whose object the message is (None otherwise)."""
    participle = token.dep_ == "acl" and token.tag_ == "VBG"
    relative = token.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in token.children
    )
    if not (participle or relative):
        return None
    message = token.head
    if message.lemma_.lower() not in words.messages or message.dep_ != "dobj":
        return None
    if relative and message.head.lemma_.lower() not in words.issuing:
        return None  # "dismissed a report that accused Iran": the dismisser accuses no one
    return clause_subject(message.head)


def _comeuppance(clause: Token, words: FramingWords) -> bool:
    """A future clause in which its subject suffers what the speaker promises: "Taiwan
    would pay a heavy price", "Finland will face consequences", "the militants would be
    crushed" (``comeuppance_nouns`` as the object of pay, face or suffer; a passive of
    ``punishing_verbs``). Not negated."""
    auxes = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    if not auxes & FUTURE or any(c.dep_ == "neg" for c in clause.children):
        return False
    lemma = clause.lemma_.lower()
    if lemma in {"pay", "face", "suffer", "bear"}:
        obj = child(clause, {"dobj"})
        if obj is None or obj.lemma_.lower() not in words.comeuppance:
            return False
        # "would pay a higher price for energy": a cost compared, no punishment.
        return not any(c.tag_ in {"JJR", "RBR"} or c.like_num for c in obj.subtree)
    return lemma in words.punishing and "auxpass" in {c.dep_ for c in clause.children}


def _wrongdoing(clause: Token, words: FramingWords) -> bool:
    """A clause that says its subject did wrong ("Russia had violated the truce", "the
    vessel intruded into its waters", "Iran interfered in the vote"), not negated."""
    if clause.pos_ != "VERB" or clause.lemma_.lower() not in words.wrongdoing:
        return False
    return not any(c.dep_ == "neg" for c in clause.children)


def _misconduct(clause: Token, words: FramingWords) -> bool:
    """A clause that says its subject conducted itself wrongly: "the police had acted
    unlawfully", "the regulator behaved recklessly" (a verb of ``conduct_verbs`` with an
    adverb of an accusing evaluative word). Not negated."""
    if clause.pos_ != "VERB" or clause.lemma_.lower() not in words.conduct:
        return False
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    return any(
        c.dep_ == "advmod" and words.evaluative.get(adjective_of(c.lower_)) == "ACCUSE"
        for c in clause.children
    )


def adjective_of(adverb: str) -> str:
    """The adjective an "-ly" adverb is made from: "unlawfully" -> "unlawful",
    "irresponsibly" -> "irresponsible", "arbitrarily" -> "arbitrary"."""
    if adverb.endswith(("ibly", "ably")):
        return adverb[:-1] + "e"
    if adverb.endswith("ily"):
        return adverb[:-3] + "y"
    return adverb[:-2] if adverb.endswith("ly") else adverb


def _as_complements(token: Token) -> list[Token]:
    """What an "as" phrase names: ``token``'s own words when it is the "as", else those of
    its "as" phrases ("described the plan as reckless", "dismissed as a fabrication")."""
    preps = [token] if token.dep_ == "prep" else [c for c in token.children if c.dep_ == "prep"]
    return [
        p
        for c in preps
        if c.lower_ == "as"
        for p in c.children
        if p.dep_ in {"pobj", "amod", "acomp"}
    ]


# Predicates of being held to account ("held accountable"), and the nouns of blame one
# bears ("bears responsibility for the escalation").
ACCOUNTABLE = frozenset({"accountable", "responsible", "liable", "culpable"})
BLAME_NOUNS = frozenset({"responsibility", "blame"})


def _held_to_account(clause: Token, words: FramingWords) -> Token | None:
    """The one a clause lays blame on: the subject of a passive "hold" with a predicate of
    account ("must be held accountable"), or of "bear" or "carry" with a noun of blame
    for a harm or a wrong ("bears full responsibility for the escalation"; not a duty:
    "bears responsibility for public safety"). None otherwise."""
    lemma = clause.lemma_.lower()
    if lemma == "hold" and is_passive(clause):
        predicates = [c for c in clause.children if c.dep_ in NAMED_PREDICATES | {"advmod"}]
        if any(c.lower_ in ACCOUNTABLE for c in predicates):
            return child(clause, {"nsubjpass"})
        return None
    if lemma not in {"bear", "carry"}:
        return None
    blame = child(clause, {"dobj"})
    if blame is None or blame.lemma_.lower() not in BLAME_NOUNS:
        return None
    for _, harm in prep_objects(blame, {"for"}):
        kind = words.evaluative.get(harm.lemma_.lower())
        if harm.lemma_.lower() in words.harms or kind == "ACCUSE":
            return child(clause, {"nsubj"})
    return None


def _reproach(clause: Token) -> bool:
    """A perfect modal of duty: "should have acted", "ought to have warned", "should
    not have sent" (what was or was not done, and ought not to have been)."""
    duty = clause.lower_ == "ought"
    if duty:  # "ought to have warned": the participle hangs on "ought"
        clause = child(clause, {"xcomp"}) or clause
    auxes = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    return clause.tag_ == "VBN" and "have" in auxes and (duty or bool(auxes & {"should", "ought"}))


def weapons_test(obj: Token | None, slots: list[Token], words: FramingWords) -> bool:
    """ "fired a ballistic missile into the sea", "launched two rockets on Thursday",
    "test-fired a cruise missile": a projectile fired at no one, whose only slots are
    open water or a time, is a show of force (MOBILIZE), not an attack."""
    if obj is None or obj.lemma_.lower() not in words.projectiles:
        return False
    return all(
        s.ent_type_ in {"DATE", "TIME"} or s.lemma_.lower() in words.test_grounds for s in slots
    )
