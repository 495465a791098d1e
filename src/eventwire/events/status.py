"""An event's status from the words around its trigger: negation, modality, requests, hearsay."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.arguments import FINITE, has_mark, kept_from
from eventwire.events.lexicon import StatusCues
from eventwire.records import Status
from eventwire.repairs import has_to

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
WOULD_OR_WILL = FUTURE_AUX | {"would"}
# Marks of a clause that makes its verb's act conditional.
CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing"})
# Verbs that report what was said, whose "would" is the future told in the past ("said it
# would send troops"); not verbs of guessing or asking ("predicted Kenya would ...").
REPORTING_VERBS = frozenset({"say", "tell", "announce", "state", "declare", "confirm", "add",
                             "insist", "write", "reply", "respond"})  # fmt: skip
CHAIN = frozenset({"xcomp", "ccomp", "acl", "dobj", "pobj", "prep", "conj", "appos", "advcl",
                   "relcl", "nsubj", "nsubjpass", "attr", "pcomp"})  # fmt: skip
# Subordinators of time, cause and contrast: a finite clause they open states its own
# fact ("cannot claim to be open while it jails reporters": the jailing is asserted).
OWN_FACT_MARKS = frozenset({"while", "whereas", "because", "since", "although", "though",
                            "after", "as", "when"})  # fmt: skip
# Prepositions of time and circumstance: an act they open is a fact of its own, not the
# content of the verb they hang from ("pledged aid during a visit to Kyiv": the visit
# happened; "refused to comment after the talks": the talks were held).
# ("Before" is left out: "no ceasefire before a meeting" puts the meeting ahead, not
# in the past.)
CIRCUMSTANCE_PREPS = frozenset({"during", "amid", "after", "since", "despite", "following",
                                "throughout"})  # fmt: skip


def _purpose_of_subject(word: Token, cues: StatusCues) -> bool:
    """The subject of a verb of purpose with no modal or condition of its own ("the tariffs
    are aimed at ...", not "would be designed to ...", "will be aimed at ...")."""
    verb = word.head
    if word.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() not in cues.purposive:
        return False
    return not any(c.dep_ in {"aux", "mark"} and c.tag_ in {"MD", "IN"} for c in verb.children)


def status_of(trigger: Token, cues: StatusCues, *, in_request: bool = False) -> Status:
    """Walk from the trigger up its clause chain and read the first cue that applies."""
    if in_request:
        return "requested"
    current = below = trigger
    for depth in range(6):
        if depth > 0 and held_back(current, below, cues):
            # "would not hesitate to strike": committed to; "did not hesitate to condemn
            # the raid": done; "may not hesitate to": only possible; "hesitated to send
            # tanks", "balked at lifting the ban": held back.
            if not is_negated(current):
                return "negated"
            modals = {c.lower_ for c in current.children if c.dep_ == "aux" and c.tag_ == "MD"}
            if modals and modals <= WOULD_OR_WILL:
                return "intended"
            return "hypothetical" if modals else "asserted"
        own = _own_cue(current, cues)
        if own is not None:
            return own
        if kept_from(current) is not None:
            return "negated"  # "stopped students from marching": kept from it
        if _asked_in_noun(current, cues):
            return "requested"  # "its demand that Tajikistan withdraw its guards"
        if depth > 0:
            frame = _frame_status(current, cues)
            if frame is not None:
                return frame
        to_frame = _to_frame(current, cues)
        if to_frame is not None:
            return to_frame
        if _weighed(current, cues):
            return "hypothetical"
        if current.dep_ not in CHAIN or current.head.i == current.i:
            break
        if _purpose_of_subject(current, cues):
            break  # "the tariffs are aimed at cutting deaths": the tariffs are in place
        if current.dep_ == "conj" and current.tag_ in FINITE:
            # A conjoined verb in a finite tense carries its own status; a base form
            # ("will not meet or call") shares its head's auxiliaries.
            break  # "would cut taxes and criticised the budget": its own tense
        if current.dep_ == "relcl":
            break  # "Chad, which sent troops, was not invited": the clause's own fact
        if current.dep_ == "prep" and current.lower_ in CIRCUMSTANCE_PREPS:
            break
        if _told_charge(current):
            break  # "X accused Y of Z, a charge Y denies": the charge told, denied apart
        if (
            current.dep_ == "advcl"
            and current.tag_ in FINITE
            and any(c.dep_ == "mark" and c.lower_ in OWN_FACT_MARKS for c in current.children)
        ):
            break
        if current.pos_ == "VERB" and depth > 0 and current.dep_ not in {"xcomp", "conj"}:
            break
        below, current = current, current.head
    return "asserted"


# Nouns that sum up a charge or a claim just told, in an apposition the parser may turn
# into the main clause ("..., a charge Rwanda denies", "..., an allegation Moscow rejects").
CHARGE_NOUNS = frozenset({"charge", "accusation", "allegation", "claim", "assertion"})


def _told_charge(clause: Token) -> bool:
    """A clause the parser hung, as the object of what is said, on a verb after it whose own
    object is a noun for that charge: "Congo accused Kigali of backing the rebels, a
    charge Rwanda denies" read with "accused" under "denies". The clause before is told
    as fact; only its charge is denied."""
    verb = clause.head
    if clause.dep_ != "ccomp" or clause.i > verb.i:
        return False
    return any(
        c.dep_ in {"dobj", "nsubjpass"}
        and c.lemma_.lower() in CHARGE_NOUNS
        and clause.i < c.i < verb.i
        for c in verb.children
    )


def _reported_future(verb: Token, cues: StatusCues) -> bool:
    """ "Kenya said it would send troops": "would" in what a past verb of reporting says
    is the future of the time of speaking ("will", told in the past), not a condition;
    unless a clause makes it one ("said it would retaliate if attacked", "provided
    parliament agreed"), it looks back ("would have sent") or the verb is itself a hedge
    ("said it would consider sending")."""
    if verb.lemma_.lower() in cues.hypothetical:
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head  # "said it would host the talks and would send observers"
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.lemma_.lower() not in REPORTING_VERBS:
        return False
    if speech.tag_ not in {"VBD", "VBN"}:
        return False  # "says it would": a condition the sentence may leave unsaid
    conditions = [c for v in (verb, clause, speech) for c in v.children if c.dep_ == "advcl"]
    return not any(
        m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for c in conditions for m in c.children
    )


def _asked_in_noun(clause: Token, cues: StatusCues) -> bool:
    """A clause told as what a noun of asking asks for: "its demand that Tajikistan
    withdraw", "calls for Israel to halt the offensive", "the request that Baku release
    the prisoners"."""
    noun = clause.head
    if clause.dep_ not in {"acl", "advcl"} or noun.pos_ != "NOUN" or noun.i > clause.i:
        return False
    if noun.lemma_.lower() not in cues.requested:
        return False
    return has_mark(clause, {"that", "for"})


def held_back(verb: Token, below: Token, cues: StatusCues) -> bool:
    """A verb of holding back whose act is the clause the walk came from: its "to"
    complement ("hesitated to send", "would not hesitate to strike") or its "from"/"at"
    gerund ("balked at lifting", "will not flinch from imposing")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.reluctance:
        return False
    if below.head.i == verb.i and (
        below.dep_ == "xcomp" or (below.dep_ == "advcl" and has_to(below))
    ):
        return True  # the parser may read the "to" clause as adverbial
    return below.dep_ == "prep" and below.head.i == verb.i and below.lower_ in {"from", "at"}


def is_negated(token: Token) -> bool:
    """The word has its own "not" or "never"."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in token.children
    )


def _own_cue(token: Token, cues: StatusCues) -> Status | None:
    """Cues among a word's own dependents: "not", "will", "could", "if", "reportedly"."""
    negated = is_negated(token)
    for c in token.children:
        word = c.lower_
        if c.dep_ == "aux" and (word in FUTURE_AUX or c.lemma_ in {"will", "shall"}):
            return "negated" if negated else "intended"
        if c.dep_ == "aux" and (word in cues.hypothetical or c.lemma_ in cues.hypothetical):
            if word == "would" and _reported_future(token, cues):
                return "negated" if negated else "intended"
            return "negated" if negated else "hypothetical"
    if negated:
        return "negated"
    for c in token.children:
        word = c.lower_
        if c.dep_ == "mark" and word in {"if", "unless"}:
            return "hypothetical"
        if c.dep_ == "advmod" and word in cues.reported:
            return "reported"
        if c.dep_ in {"amod", "compound"} and word in cues.intended:
            return "intended"
    return None


def _weighed(act: Token, cues: StatusCues) -> bool:
    """An act told as a gerund that a verb of debate or stance takes as its object
    ("discussed imposing tariffs", "favoured sending jets", "debated deploying troops"):
    an idea argued over, not an act done (``weighing`` in ``status.yaml``)."""
    return (
        act.tag_ == "VBG"
        and act.dep_ in {"dobj", "xcomp"}
        and act.head.pos_ == "VERB"
        and act.head.lemma_.lower() in cues.weighing
    )


def _frame_status(frame: Token, cues: StatusCues) -> Status | None:
    """The status a framing word gives what it governs ("refused to release", "plans to sell")."""
    lemma = frame.lemma_.lower()
    if frame.pos_ not in {"VERB", "NOUN", "ADJ", "AUX"}:
        return None
    if lemma in cues.negated and frame.pos_ == "VERB":
        return "negated"
    if lemma in cues.intended:
        return "intended"
    if lemma in cues.hypothetical and frame.pos_ in {"VERB", "ADJ"}:
        return "hypothetical"
    if lemma in cues.requested and frame.pos_ == "VERB":
        return "requested"
    return None


def _to_frame(token: Token, cues: StatusCues) -> Status | None:
    """ "is set to warn", "is due to visit", "are ready to talk": the head + "to" is a cue."""
    if not has_to(token):
        return None
    head = token.head
    forms = (f"{head.lower_} to", f"{head.lemma_.lower()} to")
    if head.dep_ == "acomp" and is_negated(head.head) and any(f in cues.intended for f in forms):
        return "negated"  # "is not ready to impose sanctions", "is not due to visit"
    if head.dep_ == "acomp" and any(
        c.dep_ == "aux" and c.lower_ in cues.hypothetical for c in head.head.children
    ):
        # "would be happy to send troops", "could be ready to sign": the modal on the
        # adjective's verb makes the readiness, and so the act, only possible.
        return "hypothetical"
    for form in forms:
        if form in cues.intended:
            return "intended"
        if form in cues.hypothetical:
            return "hypothetical"
        if form in cues.negated:
            return "negated"
    return None
