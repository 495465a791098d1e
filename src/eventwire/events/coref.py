"""Collective references the actor pass leaves open, resolved for event arguments only:
"it" for a state or organisation named just before, and "the two countries" or "both
sides" for the last two named."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.records import Actor

PAIR_NOUNS = frozenset({"country", "side", "government", "nation", "state", "party"})
PAIR_WORDS = frozenset({"both", "two"})
# Pair nouns that name states: "the two countries", "both governments".
STATE_NOUNS = frozenset({"country", "government", "nation", "state"})
# "the two leaders", "both ministers": the two people named last.
PERSON_PAIR_NOUNS = frozenset({"leader", "president", "minister", "premier", "man", "woman",
                               "counterpart", "envoy", "diplomat", "head"})  # fmt: skip
COLLECTIVE_KINDS = frozenset({"state", "organisation"})
WINDOW = 80  # tokens to look back: about the current and the previous sentence


def antecedents(token: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """The actors ``token`` refers back to, or [] when it is no such reference."""
    if token.lower_ in {"it", "its"} and token.pos_ == "PRON":
        return _last_before(token, actor_at, 1, things_block=True)
    if is_person_pair(token):
        found = _last_before(token, actor_at, 2, kinds=frozenset({"person"}))
        return found if len(found) == 2 else []
    pair = token.lemma_.lower() in PAIR_NOUNS and _paired(token)
    if pair or (token.lower_ == "both" and token.dep_ in {"nsubj", "nsubjpass"}):
        states = token.lemma_.lower() in STATE_NOUNS
        found = _last_before(token, actor_at, 2, states=states)
        return found if len(found) == 2 else []
    return []


def is_person_pair(token: Token) -> bool:
    """ "the two leaders", "both ministers": a reference to the two people named last."""
    return token.lemma_.lower() in PERSON_PAIR_NOUNS and _paired(token)


def _paired(token: Token) -> bool:
    return any(
        c.lower_ in PAIR_WORDS and c.dep_ in {"det", "nummod", "predet"} for c in token.children
    )


def _last_before(
    token: Token,
    actor_at: Callable[[int], Actor | None],
    wanted: int,
    *,
    things_block: bool = False,
    states: bool = False,
    kinds: frozenset[str] = COLLECTIVE_KINDS,
) -> list[Actor]:
    """The ``wanted`` nearest distinct state/organisation actors before ``token``, from
    different countries. With ``things_block`` ("it"), a nearer singular noun phrase that
    is no actor ("the embargo ... wanted it to end") is the likelier referent: none. With
    ``states`` ("the two governments"), each country is its state or government where the
    window names one, not another of its bodies named in between."""
    found: list[Actor] = []
    seen: dict[str | None, int] = {}
    start = max(0, token.left_edge.i - WINDOW)
    for i in range(token.left_edge.i - 1, start - 1, -1):
        actor = actor_at(i)
        candidate = token.doc[i]
        if actor is None and things_block and _is_thing(candidate):
            return []
        if actor is None or actor.kind not in kinds:
            continue
        key = actor.country
        if key in seen:
            # For "the two governments", a state (or government body) of a country found
            # replaces the other body of that country named nearer ("the Peruvian coast guard").
            held = found[seen[key]]
            if states and _state_like(actor) and not _state_like(held):
                found[seen[key]] = actor
            continue
        if len(found) == wanted:
            continue  # only a state replacing another body of a country found is left
        seen[key] = len(found)
        found.append(actor)
        if len(found) == wanted and not states:
            break
    return found[::-1]


def _state_like(actor: Actor) -> bool:
    return actor.kind == "state" or actor.sector == "GOV"


def _is_thing(token: Token) -> bool:
    """A singular common noun heading a subject or object: something "it" may stand for."""
    return (
        token.tag_ == "NN"
        and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
        and not token.ent_type_
    )
