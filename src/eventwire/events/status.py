"""An event's status from the words around its trigger: negation, modality, requests, hearsay."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import StatusCues
from eventwire.records import Status

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
CHAIN = frozenset({"xcomp", "ccomp", "acl", "dobj", "pobj", "prep", "conj", "appos", "advcl",
                   "relcl", "nsubj", "nsubjpass", "attr", "pcomp"})  # fmt: skip


def status_of(trigger: Token, cues: StatusCues, *, in_request: bool = False) -> Status:
    """Walk from the trigger up its clause chain and read the first cue that applies."""
    if in_request:
        return "requested"
    current = trigger
    seen_request_frame = False
    for depth in range(6):
        for c in current.children:
            word = c.lower_
            if c.dep_ == "neg" or (c.dep_ == "advmod" and word in {"never"}):
                return "negated"
            if c.dep_ == "aux" and (word in FUTURE_AUX or c.lemma_ in {"will", "shall"}):
                if any(n.dep_ == "neg" for n in current.children):
                    return "negated"
                return "intended"
            if c.dep_ == "aux" and (word in cues.hypothetical or c.lemma_ in cues.hypothetical):
                return "hypothetical"
            if c.dep_ == "mark" and word in {"if", "unless"}:
                return "hypothetical"
            if c.dep_ in {"advmod"} and word in cues.reported:
                return "reported"
            if c.dep_ in {"amod", "compound"} and word in cues.intended:
                return "intended"
        if (
            depth > 0
            and current.lemma_.lower() in cues.intended
            and current.pos_ in {"VERB", "NOUN", "ADJ"}
        ):
            return "intended"
        if depth > 0 and current.lemma_.lower() in cues.hypothetical and current.pos_ == "VERB":
            return "hypothetical"
        if depth > 0 and current.lemma_.lower() in cues.requested and not seen_request_frame:
            return "requested"
        if current.dep_ not in CHAIN or current.head is current:
            break
        if current.pos_ == "VERB" and depth > 0 and current.dep_ not in {"xcomp", "conj"}:
            break
        current = current.head
    return "asserted"
