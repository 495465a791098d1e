"""A party's claim that a foreign party used force on its own side: an accusation.

"Armenia's defence ministry said Azerbaijani forces had fired on Armenian positions" is
Armenia accusing Azerbaijan (CAMEO 112), not a shooting the report confirms: the gold
codes the claim and leaves the alleged act alone. Force the teller's own side did ("Hanoi
said its navy arrested 20 fishermen") or force done to a third party ("Washington said
Russian troops shelled Kharkiv") stays the act it tells of."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.framing import framing_words
from eventwire.records import Actor, Event

# The acts a claim about another party turns into an accusation: force used on people.
ALLEGED_TYPES = frozenset({"ASSAULT", "COERCE"})
# Speakers who report abuses rather than take a side: their account is the act itself
# (ANNOTATION.md: a UN or NGO briefer's abuse is coded, the briefer's accusation optional).
REPORTING_SECTORS = frozenset({"NGO", "MED", "IGO"})


def asserting_verb(token: Token) -> Token | None:
    """The verb of saying, told first, whose complement clause the verb ``token`` heads
    ("said [Azerbaijani forces had fired on Armenian positions]", "claimed [the army
    fired on ...] and [killed ...]"), or None. A clause with its source after it
    ("Troops shelled the town, the ministry said") reports the act."""
    node = token
    while node.dep_ == "conj" and node.head.pos_ == "VERB":
        node = node.head
    if node.dep_ != "ccomp" or node.head.pos_ != "VERB" or node.head.i > node.left_edge.i:
        return None  # "..., the ministry said": the report's source, told after the act
    verb = node.head
    return verb if verb.lemma_.lower() in framing_words().asserting else None


def accuses(speaker: Actor, event: Event) -> bool:
    """Whether ``speaker`` telling of ``event`` accuses the event's doer: force used, as
    a fact, by a party of another country on the speaker's side or on no one named. Force
    on a third country's party, or on the doer's own people ("Washington said the junta's
    troops fired on protesters"), is reported abuse: the act stands."""
    doer = event.source
    if event.type not in ALLEGED_TYPES or event.status != "asserted" or doer is None:
        return False
    if speaker.country in {None, "IGO"} or speaker.sector in REPORTING_SECTORS:
        return False
    if doer.country in {None, "IGO", speaker.country}:
        return False
    return event.target is None or event.target.country == speaker.country
