"""Threats told without a verb of threatening: a harmful act its doer stands ready to
take ("is ready to close the border", "would not hesitate to strike"), and who may make
a threat in a doer's name (its state's officials)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.arguments import governing_verb
from eventwire.events.framing import FramingWords
from eventwire.events.lexicon import StatusCues
from eventwire.events.status import held_back, is_negated
from eventwire.records import Actor

# How a word of readiness hangs on its verb of being ("is ready", "stands prepared").
READY_DEPS = frozenset({"acomp", "oprd"})
# Sectors whose members speak for their state: "Russia could cut supplies, a Kremlin
# spokesman said", "the army will respond, a commander said".
OFFICIAL_SECTORS = frozenset({"GOV", "MIL"})


def ready_to_act(token: Token, words: FramingWords, cues: StatusCues) -> bool:
    """The act is the "to" complement of a word of readiness ("is ready to close the
    border", "stands prepared to veto", "remains willing to use force") or of a denied
    verb of holding back ("would not hesitate to strike", "will not flinch from imposing
    costs")."""
    verb = token if token.pos_ == "VERB" else governing_verb(token)
    if verb is None:
        return False
    if token.pos_ != "VERB" and (token.dep_ != "dobj" or token.head.i != verb.i):
        return False  # "willing to veto new EU sanctions": the noun's act is another's
    if token.pos_ != "VERB" and verb.lemma_.lower() not in words.wielding:
        return False
    # "would not hesitate to strike", "will not flinch from imposing costs": read as the
    # status walk reads a verb of holding back
    below = verb.head if verb.dep_ == "pcomp" else verb
    if held_back(below.head, below, cues):
        return is_negated(below.head)
    if verb.dep_ != "xcomp":
        return False
    head = verb.head
    if head.lower_ in words.readiness and head.dep_ in READY_DEPS and not is_negated(head):
        return True  # "is ready to", "stands prepared to" (not "prepared to": made ready)
    # "stands ready to use force": the readiness word a complement of the verb of being
    return head.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"acomp", "oprd"} and c.lower_ in words.readiness for c in head.children
    )


def speaks_for(speaker: Actor, doer: Actor) -> bool:
    """The speaker is an official of the doer's state ("Pakistan may expel them, the
    interior minister said") or of the doer's own sector at home ("the army will respond,
    a commander said")."""
    if speaker.country is None or speaker.country != doer.country or speaker.country == "IGO":
        return False
    if speaker.sector not in OFFICIAL_SECTORS:
        return False
    return doer.kind == "state" or doer.sector == speaker.sector
