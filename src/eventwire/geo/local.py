"""Named local places the gazetteer has no entry for: streets, squares, bridges, buildings,
neighbourhoods, rivers and small towns ("marched down Rustaveli Avenue", "residents of the
Munhava and Praia Nova neighbourhoods", "the Pluit reservoir", "sandbags in Ratzdorf").

Such a name is found three ways: the NER calls it a place (GPE, LOC, FAC) and the gazetteer
knows no place of that name; its last word is the head of a named landmark ("Galata
Bridge", "Laad Bazaar", whatever the NER calls it); or it stands before a lower-case kind
of local place ("the Ciliwung river").

A town of that name the gazetteer's small-town table holds near another place of the
article is that town. Any other local name is placed where the text puts it, at the point
of the place that holds it (no GeoNames entry of its own, feature ``local``): the place
written right after it ("Balogun Market on Lagos Island", "HITEC City, Hyderabad", "the
Kotri Barrage near Hyderabad"), the place of the list it is in ("Kampung Melayu and Bukit
Duri in East Jakarta"), a town of the dateline's country named before it in its sentence
("In Beira, the Munhava neighbourhood"), the dateline's city, or else the nearest town the
article names before it (after it, when none comes before). A part of a town the article
names ("North Surabaya") lies at that town. An article that names no town places none.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.names import name_key
from eventwire.geo.place_words import place_words
from eventwire.records import Place, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Kinds of place that can hold a local one (a country or a region is too wide a point).
HOLDERS = frozenset({"city", "admin2", "local"})
#: How far a small town of the name may lie from another place of the article.
NEAR_KM = 150.0
#: Kinds of place that may hold a local one written right before it ("X, Kisumu"), where
#: a county or province is often written for its town of the same name.
WRITTEN_HOLDERS = frozenset({*HOLDERS, "admin1"})


@functools.cache
def _held_gap() -> re.Pattern[str]:
    """The words between a local place and the place right after it that holds it: "X,
    Lagos", "X in Lagos", "X on Lagos Island", "X near Hyderabad", "the X neighbourhood
    of Beira"."""
    kinds = "|".join(sorted(place_words().local_kinds))
    return re.compile(
        rf"(?:,[ \t]*|[ \t]+(?:(?:{kinds})[ \t]+)?(?:in|on|at|near|of|outside|off)"
        r"[ \t]+(?:the[ \t]+)?)",
        re.IGNORECASE,
    )


#: The words between two members of a list of local places.
_LIST_GAP = re.compile(r"(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?")
#: Words that open a sentence or a phrase, never a place's name: "In Freedom Square".
_OPENERS = frozenset({"the", "in", "at", "on", "from", "to", "near", "a", "an", "and", "of"})


def local_names(doc: Doc) -> Iterator[tuple[int, int]]:
    """Character spans of the names the words around them make local places: a capitalised
    name ending in a landmark head ("the Third Mainland Bridge") and the proper nouns before
    a lower-case kind of local place ("the Munhava and Praia Nova neighbourhoods")."""
    words = place_words()
    heads, kinds = words.landmark_heads, words.local_kinds
    for token in doc:
        text = token.text
        if text in heads and token.i > 0:
            follower = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if follower is not None and follower.text[:1].isupper() and follower.is_alpha:
                continue  # part of a longer name: "Bridge Street", "Park Avenue"
            first = _name_start(doc, token.i)
            if first < token.i:
                yield doc[first].idx, token.idx + len(text)
        elif token.lower_ in kinds and text.islower():
            for child in token.lefts:
                # The name, or a list of names, right before the kind: "the Munhava and
                # Praia Nova neighbourhoods" (not a name set apart by a line break).
                adjacent = child.right_edge.i == token.i - 1
                if adjacent and child.dep_ in ("compound", "nmod") and _proper(child):
                    yield from _with_conjuncts(doc, child)


def _proper(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


def _name_start(doc: Doc, end: int) -> int:
    """The first word of the capitalised name that ends at token ``end``."""
    first = end
    while first > 0:
        before = doc[first - 1]
        if not (before.text[:1].isupper() and (before.is_alpha or "-" in before.text)):
            break
        if before.is_sent_start or before.lower_ in _OPENERS:
            if before.lower_ not in _OPENERS and before.text[:1].isupper():
                first -= 1
            break
        first -= 1
    return first


def _with_conjuncts(doc: Doc, token: Token) -> Iterator[tuple[int, int]]:
    """The proper name ending at ``token`` and those of its conjuncts ("Munhava and Praia
    Nova")."""
    for member in (token, *(c for c in token.children if c.dep_ == "conj")):
        if not _proper(member):
            continue
        first = member.i
        while first > 0 and _proper(doc[first - 1]) and doc[first - 1].dep_ == "compound":
            first -= 1
        yield doc[first].idx, member.idx + len(member.text)


def place_locals(
    names: Sequence[tuple[str, Span]],
    places: Sequence[Place],
    text: str,
    gazetteer: Gazetteer,
    *,
    sentences: Sequence[tuple[int, int]],
    home: Place | None,
) -> list[Place]:
    """A :class:`Place` for each local name (in text order) that the article lets us
    place, beside ``places``, the article's resolved places in text order."""
    holders = [p for p in places if p.feature in HOLDERS and p.lat is not None]
    points = [(p.lat, p.lon) for p in holders if p.lat is not None and p.lon is not None]
    by_name = {name_key(p.name): p for p in holders}
    compass = place_words().compass
    found: dict[Span, Place] = {}
    unplaced = []
    for name, span in names:
        first, _, rest = name.partition(" ")
        feature = _shortened(gazetteer, name, span)
        if feature is not None:  # "the Pacific": the Pacific Ocean
            found[span] = feature
            continue
        part_of = by_name.get(name_key(rest)) if first.casefold() in compass else None
        if part_of is not None:  # "North Jakarta": a part of a town the article names
            found[span] = _local(part_of, name, span)
            continue
        town = next(gazetteer.near_points(name, span, points, NEAR_KM), None) if points else None
        if town is not None:
            found[span] = replace(town, rule="local-town")
        else:
            unplaced.append((name, span))
    # Right to left, so that a member of a list takes the place its last member found.
    for name, span in reversed(unplaced):
        known = sorted([*places, *found.values()], key=lambda p: p.span.start)
        holder = _holder(span, known, text, sentences, home, found)
        if holder is not None and holder.lat is not None:
            found[span] = _local(holder, name, span)
    return sorted(found.values(), key=lambda p: p.span.start)


def _shortened(gazetteer: Gazetteer, name: str, span: Span) -> Place | None:
    """The sea, river or other feature a name stands for without its generic last word
    ("the Pacific", "the Mekong"), where exactly one such feature is in the gazetteer."""
    fuller = [
        f"{name} {head}"
        for head in place_words().dropped_heads
        if any(c.feature == "region" for c in gazetteer.candidates(f"{name} {head}"))
    ]
    if len(fuller) != 1:
        return None
    feature = gazetteer.resolve(fuller[0], span)
    return None if feature is None else replace(feature, name=name, rule="shortened")


def _local(holder: Place, name: str, span: Span) -> Place:
    """A local place at its holder's point, with no GeoNames entry of its own."""
    return replace(holder, name=name, span=span, geonames_id=None, feature="local", rule="local")


def _holder(
    span: Span,
    known: Sequence[Place],
    text: str,
    sentences: Sequence[tuple[int, int]],
    home: Place | None,
    found: dict[Span, Place],
) -> Place | None:
    after = next((p for p in known if p.span.start >= span.end), None)
    if after is not None:
        gap = text[span.end : after.span.start]
        if _held_gap().fullmatch(gap) and after.feature in WRITTEN_HOLDERS:
            return after
        listed = found.get(after.span)
        if listed is not None and listed.feature == "local" and _LIST_GAP.fullmatch(gap):
            return listed
    start = next((s for s, e in sentences if s <= span.start < e), 0)
    before = [p for p in known if p.span.end <= span.start and p.feature in HOLDERS]
    # A town before it in its sentence, in the dateline's country: "In Beira, the Munhava
    # neighbourhood" (not "towed from the Ukrainian port of Odesa to an anchorage off
    # Yenikapi" under an Istanbul dateline). A county has only its state's point.
    in_sentence = [
        p
        for p in before
        if p.span.start >= start
        and p.feature == "city"
        and (home is None or home.country is None or p.country == home.country)
    ]
    if in_sentence:
        return in_sentence[-1]
    if home is not None and home.feature in HOLDERS:
        return home
    if before:
        return before[-1]
    return next((p for p in known if p.span.start >= span.end and p.feature in HOLDERS), None)
