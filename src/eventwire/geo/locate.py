"""Geocoding the place mentions of a parsed article.

Mentions are the GPE, LOC and FAC entities of the spaCy parse, plus ORG and NORP entities that
are in fact a landmark or a country ("the Pentagon" tagged ORG, "Cyprus" tagged ORG), plus
landmark names the NER missed. Nationality adjectives ("Israeli") are never places. Each mention
is resolved in the article's context: the countries and states it names unambiguously and the
country of its dateline. The dateline itself ("TBILISI, Georgia") is read country first
(:meth:`Gazetteer.resolve_dateline`) and gives the article's home country.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, POS, TAG
from spacy.symbols import PROPN

from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.local import local_names, place_locals
from eventwire.geo.names import name_key, strip_article
from eventwire.geo.place_words import place_words
from eventwire.geo.qualifiers import neighbours, requalify
from eventwire.geo.sources import dateline_region_forms
from eventwire.records import Dateline, Place, Span
from eventwire.resources import data_path, read_csv, split_values

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: The environment variable that picks the convention of what counts as a place.
PLACES_ENV = "EVENTWIRE_PLACES"
#: A one-word PERSON entity right after one of these is read as a misfiled place ("in Kent").
LOCATIVE_PREPOSITIONS = frozenset({"in", "from", "near", "outside", "across", "throughout"})
#: Dependency relations of a pre-nominal modifier ("UK troops", "U.S. Defense Secretary").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: Labels whose entities count only when they are exactly a landmark or a country name.
CHECKED_LABELS = frozenset({"ORG", "NORP"})
#: Labels the small model puts on one-word town names it does not know ("to Gwadar" as a
#: product): such a word is a place only where its context says so, as a person's name is.
LOOSE_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
#: An ORG entity whose name is a city this populous is that city, whatever its context.
LARGE_TOWN = 250_000
_TRAILING = re.compile(r"(?:['’]s|['’]|[\s,;:!?\"“”)\]]+)$")


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name as written, with its character span in the document."""

    name: str
    span: Span
    #: A nationality adjective read as its country (only under the geoparsing convention).
    demonym: bool = False
    #: A state's or province's abbreviation after a place and a comma ("Dauphin, Man."):
    #: read as that division, never as a place of the written word.
    abbreviation: bool = False
    #: The abbreviation, as written, of the state or province that holds this place
    #: ("Man." after "Dauphin, "): the place is looked up inside that division.
    held_by: str | None = None


def _trim(text: str, start: int) -> Mention | None:
    """Drop a leading "the", a trailing possessive and punctuation; keep offsets true."""
    name, cut = strip_article(text)
    start += cut
    while True:
        match = _TRAILING.search(name)
        if match is None or match.start() == 0:
            break
        name = name[: match.start()]
    name = name.rstrip()
    if not name:
        return None
    return Mention(name, Span(start, start + len(name)))


def _landmark_pattern(gazetteer: Gazetteer) -> re.Pattern[str] | None:
    return _landmark_pattern_of(gazetteer.landmark_forms + gazetteer.country_forms)


@functools.lru_cache(maxsize=8)
def _landmark_pattern_of(landmark_forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """The pattern of a gazetteer's landmark and country names, built once per set of names
    rather than once per article (building it costs more than the search)."""
    forms = sorted({f for f in landmark_forms if len(f) >= 4}, key=len, reverse=True)
    if not forms:
        return None
    # A look-ahead on the first letters lets most positions fail before the alternation.
    firsts = "".join(sorted({re.escape(f[0]) for f in forms}))
    alternatives = "|".join(re.escape(f) for f in forms)
    # A hyphen after the name may join a lower-case word ("U.S.-led", "Syria-based"), never
    # another name ("Austria-Hungary").
    return re.compile(rf"(?<![\w-])(?=[{firsts}])(?:{alternatives})(?!\w|-(?![a-z]))")


@functools.cache
def _seats_of_government() -> frozenset[str]:
    """The keys of the names of ``data/lexicons/metonyms.csv``: buildings and streets that
    news names for the institution they house ("the Kremlin", "Downing Street")."""
    rows = read_csv(data_path("lexicons", "metonyms.csv"))
    return frozenset(name_key(n) for row in rows for n in split_values(row.get("name", "")))


@functools.cache
def _organisation_names() -> frozenset[str]:
    """The names and aliases of ``data/lexicons/organisations.csv`` as written: bodies,
    parties, news agencies and companies, some of which share a town's name ("Xinhua",
    "SANA", "Hamas")."""
    rows = read_csv(data_path("lexicons", "organisations.csv"))
    return frozenset(
        n for row in rows for n in [row.get("name", ""), *split_values(row.get("aliases", ""))]
    )


def _span_of(doc: Doc, mention: Mention) -> SpacySpan | None:
    """The tokens a mention covers (widened to whole tokens), or None."""
    return doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")


def _organisation(doc: Doc, mention: Mention, gazetteer: Gazetteer) -> bool:
    """A name written as an organisation of our lexicon writes it ("Xinhua reported", "the
    Duma voted"): no place, unless it is a country or a landmark, or its context makes it a
    place ("in Toyota", "the city of Toyota")."""
    name = mention.name
    if name not in _organisation_names():
        return False
    if gazetteer.country_code(name) or gazetteer.is_landmark(name):
        return False
    span = _span_of(doc, mention)
    return span is None or not _placed_by_context(span, set())


def _celestial(doc: Doc, mention: Mention) -> bool:
    """A body of the solar system ("life on Mars", "back to Earth"), which no place is
    unless a place noun ("the town of Mars", "Jupiter town council") or a state or country
    after a comma ("Mars, Pennsylvania") makes it one."""
    if mention.name not in place_words().celestial:
        return False
    span = _span_of(doc, mention)
    if span is None:
        return True
    words = place_words()
    root, head = span.root, span.root.head
    if root.dep_ == "compound" and head.i >= span.end and head.lemma_.lower() in words.nouns:
        return False
    if (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.i < span.start
        and head.head.lemma_.lower() in words.nouns
    ):
        return False
    after = doc[span.end : span.end + 2]
    return not (len(after) == 2 and after[0].text == "," and after[1].ent_type_ == "GPE")


def _team(doc: Doc, mention: Mention, gazetteer: Gazetteer) -> bool:
    """A city or state named for its team: the subject or object of a verb of beating
    whose other side is a name too ("Minnesota beat Buffalo 3-2", "Columbus edged
    Montreal"). A country keeps its name: its team and the country are both annotated."""
    if gazetteer.country_code(mention.name):
        return False
    span = _span_of(doc, mention)
    if span is None:
        return False
    root = span.root
    verb = root.head
    if root.dep_ not in ("nsubj", "dobj") or verb.lemma_.lower() not in place_words().team_verbs:
        return False
    other = "dobj" if root.dep_ == "nsubj" else "nsubj"
    return any(c.dep_ == other and c.pos_ == "PROPN" for c in verb.children)


def _team_member(doc: Doc, mention: Mention, gazetteer: Gazetteer) -> bool:
    """A city or state named for its team by what it owns or who plays for it: a team's
    people or gear after it ("the Leeds striker", "Denver's coach", "a Boston jersey"), a
    playing position followed by the player's name ("Atlanta guard Tom Reyes"), or "for"
    after a verb of playing ("scored twice for Ottawa"). A country keeps its name."""
    if gazetteer.country_code(mention.name) or gazetteer.is_landmark(mention.name):
        return False
    span = _span_of(doc, mention)
    if span is None:
        return False
    words = place_words()
    root, head = span.root, span.root.head
    # A capitalised head is a title inside a longer name ("Leeds Schools Manager").
    if (
        root.dep_ in ("compound", "poss")
        and head.i >= span.end
        and head.text[:1].islower()
        and (head.lemma_.lower() in words.team_roles or head.lower_ in words.team_roles)
    ):
        return True
    # A position, in lower case or as its abbreviation, right before the player's name.
    if span.end + 1 < len(doc) and doc[span.end + 1].ent_type_ == "PERSON":
        position = doc[span.end]
        if (position.text.islower() and position.text in words.team_positions) or (
            position.text.isupper() and position.text in words.team_positions
        ):
            return True
    verb = head.head
    return (
        root.dep_ == "pobj"
        and head.lower_ == "for"
        and verb.lemma_.lower() in words.team_for_verbs
        and not any(c.dep_ == "prt" for c in verb.children)  # "sign up for"
    )


def _team_here(doc: Doc, mention: Mention, gazetteer: Gazetteer) -> bool:
    """A mention of a name the article uses for a team elsewhere (see :func:`_team` and
    :func:`_team_member`) is the team too ("Leeds said in a statement"), unless its
    context makes it a place ("the game in Leeds", "Leeds police")."""
    if _team(doc, mention, gazetteer) or _team_member(doc, mention, gazetteer):
        return True
    span = _span_of(doc, mention)
    if span is None:
        return False
    # A name inside a longer one keeps its reading ("the Leeds Gazette").
    if span[0].ent_iob_ == "I" or (span.end < len(doc) and doc[span.end].ent_iob_ == "I"):
        return False
    # Its people ("a Leeds native"), however the parse attaches them.
    if span.end < len(doc) and doc[span.end].lower_ in place_words().local:
        return False
    return not _placed_by_context(span, set())


def _institution(doc: Doc, mention: Mention) -> bool:
    """A seat of government named for the institution it houses, not as a place: the
    subject of an act ("the White House condemned"), the agent of a passive ("condemned by
    the Kremlin"), a possessor ("Downing Street's reply") or a modifier of its people and
    words ("a White House strategist", "Kremlin officials"). Where it stands as a place
    ("a ceremony at the White House", "protests outside the Kremlin") it stays one."""
    if name_key(mention.name) not in _seats_of_government():
        return False
    span = _span_of(doc, mention)
    if span is None:
        return False
    root = span.root
    head = root.head
    if root.dep_ in ("nsubj", "poss"):
        return True
    if root.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
        return True
    return (
        root.dep_ in MODIFIER_DEPS
        and head.i >= span.end
        and head.lower_ in place_words().institution
    )


def _placed_by_context(ent: SpacySpan, place_tokens: set[int]) -> bool:
    """An entity the NER gave another label that its context makes a place: the object of
    a locative preposition ("fled from Aleppo"), a name beside a place noun ("the town of
    X", "X province"), a member of a list with a place ("Ingham or Townsville"), a name
    before a place's people or offices ("a Hamilton woman", "Kelowna Mayor Colin Basran"),
    where a person is from ("Mark Dunmore, 34, of Riverton") or the town after a street
    ("Orchard Lane, Hamilton")."""
    words = place_words()
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in words.prepositions:
        return True
    if root.dep_ == "pobj" and head.lower_ == "to" and _after_movement(head, words.movement):
        return True
    if root.dep_ == "compound" and head.i >= ent.end:
        lemma = head.lemma_.lower()
        if lemma in words.nouns or lemma in words.local or head.lower_ in words.local:
            return True
    if root.dep_ == "pobj" and head.lower_ == "of":
        owner = head.head
        if owner.i < ent.start and owner.lemma_.lower() in words.nouns:
            return True
        if owner.i < head.i and owner.ent_type_ == "PERSON":
            return True
    if (
        root.dep_ == "appos"
        and head.i < ent.start
        and head.lower_ in words.streets
        and head.text[:1].isupper()
        and ent.doc[ent.start - 1].text == ","
    ):
        return True
    if root.dep_ == "conj" and head.i in place_tokens:
        return True
    return any(c.dep_ == "conj" and c.i in place_tokens for c in root.children)


def _after_movement(to: Token, movement: frozenset[str]) -> bool:
    """Whether a "to" follows a word of going: its head ("flew to", "a trip to") or the
    word written before it ("the convoy was heading south to")."""
    before = to.doc[to.i - 1] if to.i else to
    return to.head.lemma_.lower() in movement or before.lower_ in movement


def _adjectival(ent: SpacySpan, gazetteer: Gazetteer, name: str) -> bool:
    """A nationality adjective ("Turkish troops", "the French"), not a plural noun for the
    people themselves ("Cubans", "Americans")."""
    return name_key(name) in gazetteer.demonyms and ent.root.tag_ not in ("NNS", "NNPS")


def _bare_names(doc: Doc) -> Iterator[SpacySpan]:
    """Proper nouns outside every entity that could be places by their position: the object
    of a preposition, a member of a list, or a name before a noun. (The tokens are picked
    from the parse's arrays: visiting each token object costs more than the search.)"""
    if not len(doc):
        return
    table = doc.to_array([POS, ENT_IOB, DEP])
    deps = [doc.vocab.strings[d] for d in _BARE_DEPS]
    outside = (table[:, 1] == 2) | (table[:, 1] == 0)
    proper = (table[:, 0] == PROPN) & outside
    picked = numpy.nonzero(proper & numpy.isin(table[:, 2], deps))[0]
    for index in picked.tolist():
        start = index
        while start > 0 and proper[start - 1]:
            start -= 1
        yield doc[start : index + 1]


_BARE_DEPS = frozenset({"pobj", "conj", "compound", "appos"})


def _misfiled_person(ent: SpacySpan) -> bool:
    """A one-word PERSON entity that is the object of a locative preposition: "from Keighley"."""
    if len(ent) != 1:
        return False
    token = ent[0]
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS


def _compass(name: str) -> bool:
    """A compass word alone ("Southern", "East"), which only context makes a place."""
    return name.casefold() in place_words().compass


def _aged(ent: SpacySpan) -> bool:
    """A name with an age after it, set off by commas, is a person's: "Burton, 39, runs a
    garden" (news gives people's ages so, never places')."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 2].text != ",":
        return False
    age = doc[ent.end + 1].text
    return age.isdigit() and 0 < int(age) < 120


def _country_modifier(ent: SpacySpan, gazetteer: Gazetteer, name: str) -> bool:
    """A country name used before a noun as an adjective: "UK troops", "the U.S. administration"."""
    root = ent.root
    head = root.head
    return (
        root.dep_ in MODIFIER_DEPS
        and head.i >= ent.end
        and head.pos_ in ("NOUN", "PROPN")
        and gazetteer.country_code(name) is not None
    )


def mentions(
    doc: Doc,
    gazetteer: Gazetteer,
    *,
    modifiers: bool = True,
    text: str | None = None,
    demonyms: bool = False,
) -> list[Mention]:
    """Place mentions in document order, each at most once per span.

    With ``modifiers=False`` a country name used as a pre-nominal modifier is skipped;
    with ``demonyms=True`` a nationality adjective ("Turkish troops") is a mention of its
    country. ``text`` is ``doc.text`` when the caller has it already (see :func:`locate`).
    """
    reading = _reading(doc, gazetteer)
    found: list[Mention] = []
    others: list[SpacySpan] = []
    for entity in reading.entities:
        ent, mention = entity.span, entity.mention
        if entity.kind == _OTHER:
            others.append(ent)
        elif mention is None:  # no place label, or nothing left once trimmed
            continue
        elif entity.kind == _UNKNOWN:
            if demonyms and entity.label == "NORP" and _adjectival(ent, gazetteer, mention.name):
                found.append(Mention(mention.name, mention.span, demonym=True))
            else:
                others.append(ent)
        elif modifiers or not _country_modifier(ent, gazetteer, mention.name):
            found.append(mention)
    found.extend(_placed_by_gazetteer(doc, reading, found, others))
    if demonyms:  # the geoparsing convention: also the places named inside longer names
        # A division counts inside a name only in a country the article has named.
        countries = article_context(found, gazetteer, None).countries
        found.extend(_places_in_names(gazetteer, others, countries))
    text = doc.text if text is None else text
    held, abbreviations = _abbreviated_holders(text, gazetteer, found)
    found = [held.pop(m.span, m) for m in found]
    found.extend(held.values())
    found.extend(_missed_names(doc, reading, found, text, modifiers=modifiers, embedded=demonyms))
    found.extend(abbreviations)
    surnames = _surnames(doc)
    short_forms = _short_forms(doc)
    teams = {
        m.name
        for m in found
        if not m.demonym and (_team(doc, m, gazetteer) or _team_member(doc, m, gazetteer))
    }
    found = [
        m
        for m in found
        if reading.kept(m)
        and not (
            _surname(doc, m, gazetteer, surnames)
            or _part_of_place(text, m, found)
            or _short_form(doc, m, gazetteer, short_forms)
            or _club(text, m, gazetteer)
            or (m.name in teams and _team_here(doc, m, gazetteer))
        )
    ]
    found.sort(key=lambda m: m.span.start)
    return found


@functools.cache
def _abbreviation_pattern() -> re.Pattern[str]:
    """A comma, then one of the state and province abbreviations of a dateline ("Tenn.",
    "B.C."), right after a word."""
    forms = sorted(dateline_region_forms(), key=len, reverse=True)
    alternatives = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<=\w),[ \t]+({alternatives})(?![\w])")


#: The longest place name, in words, that an abbreviation after it is looked for behind.
HELD_NAME_WORDS = 3
_CAPITALISED_WORDS = re.compile(
    rf"(?:[A-Z][\w'.-]*[ \t]+){{0,{HELD_NAME_WORDS - 1}}}[A-Z][\w'.-]*$"
)


def _abbreviated_holders(
    text: str, gazetteer: Gazetteer, found: list[Mention]
) -> tuple[dict[Span, Mention], list[Mention]]:
    """Places followed by a comma and a state's or province's abbreviation ("Paris,
    Tenn.", "born in Dauphin, Man."): the place, looked up inside that division (keyed
    by its span; a mention found already at that span is the same place), and the
    abbreviations, each a mention of its division. A name the division holds no place
    of is left alone, and so is its abbreviation."""
    held: dict[Span, Mention] = {}
    abbreviations: list[Mention] = []
    if "," not in text:
        return held, abbreviations
    known = {m.span.end: m for m in found}
    for match in _abbreviation_pattern().finditer(text):
        written = match.group(1)
        span = Span(match.start(1), match.end(1))
        region = gazetteer.abbreviated_division(written, span)
        if region is None:
            continue
        place = known.get(match.start())
        if place is None or gazetteer.within(place.name, place.span, region) is None:
            place = _held_name(text, match.start(), gazetteer, region)
        if place is None:
            continue
        held[place.span] = replace(place, held_by=written)
        abbreviations.append(Mention(written, span, abbreviation=True))
    return held, abbreviations


def _held_name(text: str, end: int, gazetteer: Gazetteer, region: Place) -> Mention | None:
    """The longest run of capitalised words ending at ``end`` that names a place inside
    ``region`` ("Fort St. John" before ", B.C."), or None."""
    run = _CAPITALISED_WORDS.search(text[max(0, end - 60) : end])
    if run is None:
        return None
    words = run.group(0).split()
    for count in range(len(words), 0, -1):
        name = " ".join(words[-count:])
        start = end - len(name)
        if text[start:end] != name:
            continue
        if gazetteer.within(name, Span(start, end), region) is not None:
            return Mention(name, Span(start, end))
    return None


_CLUB_BEFORE = re.compile(r"(\S+)\s+$")
_CLUB_AFTER = re.compile(r"^\s+(\S+)")


def _club(text: str, mention: Mention, gazetteer: Gazetteer) -> bool:
    """A town's name inside a sports club's ("Real Madrid", "FC Porto", "Leeds United"):
    a club word of ``place_words.yaml`` right before or after it, on the same line. A
    country's name keeps its reading ("Inter Milan" is a club, "FC Sweden" is rare)."""
    if mention.demonym or mention.abbreviation or gazetteer.country_code(mention.name):
        return False
    words = place_words()
    before = _CLUB_BEFORE.search(text[max(0, mention.span.start - 60) : mention.span.start])
    if before is not None and before.group(1) in words.club_prefixes:
        return True
    after = _CLUB_AFTER.match(text[mention.span.end : mention.span.end + 60])
    return (
        after is not None
        and after.group(1).rstrip(",.;:'’")
        in {w.rstrip(".") for w in words.club_suffixes} | words.club_suffixes
    )


def _part_of_place(text: str, mention: Mention, found: list[Mention]) -> bool:
    """A compass word, alone or before a kind of place, naming a part of the place named
    after "of" ("the north of Spain", "the Eastern District of Texas", "the Southern
    Region of Malawi"): the place is the one after "of", not a namesake of the part."""
    words = mention.name.split()
    if not words or not _compass(words[0]):
        return False
    if len(words) > 2 or (len(words) == 2 and words[1].casefold() not in place_words().nouns):
        return False
    after = re.match(r"\s+of\s+(?:the\s+)?", text[mention.span.end : mention.span.end + 12])
    if after is None:
        return False
    start = mention.span.end + after.end()
    return any(m.span.start == start for m in found)


def _surnames(doc: Doc) -> frozenset[str]:
    """The last words of the article's people's full names ("Vaughan" of "Ann Vaughan")."""
    found = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        words = _TRAILING.sub("", ent.text).split()
        if len(words) >= 2 and words[-1][:1].isupper():
            found.add(words[-1])
    return frozenset(found)


def _surname(doc: Doc, mention: Mention, gazetteer: Gazetteer, surnames: frozenset[str]) -> bool:
    """A name the article gives elsewhere as the surname of one of its people, standing
    for that person here ("Ann Vaughan ... which made Vaughan doubt it", "Reyes's
    government"): no place, unless it is a country or a landmark or its context makes
    it a place ("born in Vaughan", "the town of Reyes")."""
    if mention.demonym or mention.name not in surnames:
        return False
    if gazetteer.country_code(mention.name) or gazetteer.is_landmark(mention.name):
        return False
    span = _span_of(doc, mention)
    if span is None or any(t.ent_type_ == "PERSON" for t in span):
        return False
    return not _placed_by_context(span, set())


#: Labels of the longer names whose opening word, standing alone, is their short form.
NAMED_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT"})


def _short_forms(doc: Doc) -> frozenset[str]:
    """The opening words of the article's longer names of bodies, people, products and
    works ("Alden" of "Alden Capital", "Corsa" of "Corsa Mach E")."""
    found = set()
    for ent in doc.ents:
        if ent.label_ not in NAMED_LABELS:
            continue
        words = strip_article(ent.text)[0].split()
        if len(words) >= 2 and words[0][:1].isupper():
            found.add(words[0])
    return frozenset(found)


def _short_form(
    doc: Doc, mention: Mention, gazetteer: Gazetteer, short_forms: frozenset[str]
) -> bool:
    """A small place's name that opens a longer name of a body, a person, a product or a
    work in the article: neither there nor alone, as that name's short form, is it a
    place ("the Carver Sport ... its Carver styling", "Tiverton Partners ... Tiverton
    publications"), unless its context makes it one ("based in Tiverton"). A country, a
    division, a landmark or a city of at least :data:`~eventwire.geo.gazetteer.MAJOR_CITY`
    people names many bodies ("Denver Post") and keeps its reading."""
    if mention.demonym or mention.name not in short_forms:
        return False
    if gazetteer.is_major(mention.name) or gazetteer.is_landmark(mention.name):
        return False
    span = _span_of(doc, mention)
    return span is not None and not _placed_by_context(span, set())


# What an entity is to the place passes, whatever their convention: a name that may still
# be placed by its context or the gazetteer (``_OTHER``), one no place can be (no place
# label, or nothing left once trimmed), a landmark-or-country label the gazetteer does not
# know (``_UNKNOWN``: a nationality adjective under the geoparsing convention, else
# ``_OTHER``), or a place mention (``_PLACE``).
_OTHER, _NONE, _UNKNOWN, _PLACE = range(4)


@dataclass(frozen=True, slots=True)
class _Entity:
    span: SpacySpan
    label: str
    kind: int
    mention: Mention | None


def _entity(ent: SpacySpan, gazetteer: Gazetteer) -> _Entity:
    label = ent.label_
    if label == "PERSON" and not _misfiled_person(ent):
        return _Entity(ent, label, _OTHER, None)
    if label in LOOSE_LABELS and len(ent) == 1:
        return _Entity(ent, label, _OTHER, None)
    if label != "PERSON" and label not in PLACE_LABELS and label not in CHECKED_LABELS:
        return _Entity(ent, label, _NONE, None)
    if _aged(ent):
        return _Entity(ent, label, _OTHER, None)
    mention = _trim(ent.text, ent.start_char)
    if mention is None:
        return _Entity(ent, label, _NONE, None)
    if label in CHECKED_LABELS and not (
        gazetteer.is_landmark(mention.name) or gazetteer.country_code(mention.name)
    ):
        return _Entity(ent, label, _UNKNOWN, mention)
    return _Entity(ent, label, _PLACE, mention)


class _Reading:
    """What every place pass over one parse reads alike, whatever its convention: the
    entities, the bare proper nouns, which names the gazetteer could place, and which
    mentions are no institution, organisation, solar body or team. Read once per parse
    (:func:`_reading`), so the second pass over an article (the geoparsing convention's
    toponyms, after our places) takes what the first worked out."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self.entities = tuple(_entity(ent, gazetteer) for ent in doc.ents)
        self.bare = tuple(_bare_names(doc))
        self._named: dict[tuple[int, int], Mention | None] = {}
        self._kept: dict[Mention, bool] = {}
        self._surnames: set[str] | None = None

    def named(self, span: SpacySpan) -> Mention | None:
        """The mention of a name outside the place entities that the gazetteer knows as
        a place of its own name, or None."""
        key = (span.start, span.end)
        if key not in self._named:
            mention = _trim(span.text, span.start_char)
            if (
                mention is None
                or not mention.name[:1].isupper()
                or sum(ch.isalpha() for ch in mention.name) < 3
                or not self.gazetteer.has_own_name(mention.name, towns=self._town(span))
            ):
                mention = None
            self._named[key] = mention
        return self._named[key]

    def _town(self, span: SpacySpan) -> bool:
        """Whether a name the NER took for a body may be a small town ("schoolgirls from
        Chibok"): not one it took for a person, nor the surname of a person the article
        names in full ("John Healey ... from Healey")."""
        if span.label_ != "ORG":
            return False
        if self._surnames is None:
            self._surnames = {name.split()[-1] for name in _full_names(self.doc)}
        return span.text not in self._surnames

    def kept(self, mention: Mention) -> bool:
        """Whether a mention stays a place: it has a capital letter ("metro newspapers" is
        a common noun) and is no seat of government named for its institution, no
        organisation of our lexicon and no body of the solar system (teams, surnames and
        short forms depend on the pass's other mentions: see :func:`mentions`)."""
        known = self._kept.get(mention)
        if known is None:
            doc, gazetteer = self.doc, self.gazetteer
            known = self._kept[mention] = any(ch.isupper() for ch in mention.name) and not (
                _institution(doc, mention)
                or _organisation(doc, mention, gazetteer)
                or _celestial(doc, mention)
            )
        return known


# The parse's attributes the reading of a document depends on: a parse whose entities or
# dependencies were changed since it was read is read afresh.
_READ_ATTRS = [ENT_IOB, ENT_TYPE, POS, TAG, DEP, HEAD, LEMMA]


def _reading(doc: Doc, gazetteer: Gazetteer) -> _Reading:
    """The reading of ``doc``: the last one made, when it was made of this parse (in the
    same state) with this gazetteer, else a new one."""
    stamp = doc.to_array(_READ_ATTRS).tobytes()
    last = _last_reading[0]
    if last is not None:
        reading, read_stamp = last
        if reading.doc is doc and reading.gazetteer is gazetteer and read_stamp == stamp:
            return reading
    reading = _Reading(doc, gazetteer)
    _last_reading[0] = (reading, stamp)
    return reading


# The last reading made, with the stamp of the parse it read (one: both passes over an
# article run on its parse with no other article's place pass between them).
_last_reading: list[tuple[_Reading, bytes] | None] = [None]


def _large_town(ent: SpacySpan, gazetteer: Gazetteer, mention: Mention) -> bool:
    """An entity the NER took for an organisation whose whole name is a city of at least
    :data:`LARGE_TOWN` people: "a flood wave passed Sukkur", "migrants pass through
    Cúcuta". The small model tags unfamiliar cities so in any position, where no context
    word says place; a city that large is rarely also a body's whole name (an organisation of
    our lexicon, a seat of government or a team is still no place: see :func:`mentions`).
    People's names are never read so ("Jordan", "Victoria")."""
    if ent.label_ != "ORG":
        return False
    return any(
        c.feature == "city" and (c.population or 0) >= LARGE_TOWN
        for c in gazetteer.candidates(mention.name)
    )


def _placed_by_gazetteer(
    doc: Doc, reading: _Reading, found: list[Mention], others: list[SpacySpan]
) -> Iterator[Mention]:
    """Entities tagged as people or organisations that the gazetteer knows as a populated
    place, division or country and that their context makes a place (or, for an
    organisation's label, the size of the city of that name)."""
    others = sorted([*others, *_listed(others), *reading.bare], key=lambda span: span.start)
    if not others:
        return
    place_tokens: set[int] = set()
    for known in found:
        span = doc.char_span(known.span.start, known.span.end, alignment_mode="expand")
        if span is not None:
            place_tokens.update(range(span.start, span.end))
    for ent in others:  # in text order, so a list grows: "Townsville, Cairns and Mackay"
        mention = reading.named(ent)
        if mention is None:
            continue
        if _placed_by_context(ent, place_tokens) or _large_town(ent, reading.gazetteer, mention):
            place_tokens.update(range(ent.start, ent.end))
            yield mention


def _listed(entities: list[SpacySpan]) -> Iterator[SpacySpan]:
    """The members of a list the NER ran together into one entity ("from Zugdidi, Gori
    and Telavi" tagged "Zugdidi, Gori"): the words between its commas."""
    for ent in entities:
        commas = [t.i for t in ent if t.text == ","]
        if not commas:
            continue
        bounds = [ent.start - 1, *commas, ent.end]
        for before, after in itertools.pairwise(bounds):
            if after - before > 1:
                yield ent.doc[before + 1 : after]


def _places_in_names(
    gazetteer: Gazetteer, others: list[SpacySpan], countries: Collection[str]
) -> Iterator[Mention]:
    """The place that opens or closes an organisation's name: "Winnipeg Free Press",
    "University of Manitoba", "CTV Winnipeg", "Air Canada" (a country, a division or a
    large city of its own name). A division opening or closing a name (after no "of")
    counts only in one of the ``countries`` the article names, or
    before its own offices ("Enfield Council"): companies open their names with the plain
    words that name many divisions ("Lakes Edge Apartments LLC" of a story about Ohio is
    not South Sudan's Lakes state). An "organisation" whose words are a person's full
    name elsewhere in the article is that person, misread ("the Mary Keane of it all"
    beside "Mary Keane"), and names no place."""
    people: set[str] | None = None
    for ent in others:
        if ent.label_ != "ORG":
            continue
        if people is None:
            people = _full_names(ent.doc)
        if _TRAILING.sub("", strip_article(ent.text)[0]) in people:
            continue
        first = ent.start + (ent[0].lower_ == "the")
        if ent.end - first < 2:
            continue
        doc = ent.doc
        local = place_words().local
        # A division before its own offices needs no context: "Enfield Council".
        pieces: list[tuple[SpacySpan, Collection[str] | None]] = [
            (doc[first : first + n], None if doc[first + n].lower_ in local else countries)
            for n in (1, 2)
            if first + n < len(doc)
        ]
        of = [t.i for t in ent if t.lower_ == "of"]
        if of and of[-1] + 1 < ent.end:
            pieces.append((doc[of[-1] + 1 : ent.end], None))
        else:  # the closing words: "CTV Winnipeg", "Air Berlin"
            pieces.extend(
                (doc[ent.end - n : ent.end], countries) for n in (1, 2) if ent.end - n > first
            )
        for piece, divisions in sorted(pieces, key=lambda p: len(p[0]), reverse=True):
            if piece.end > ent.end or not piece.text[:1].isupper():
                continue
            if len(piece.text) >= 4 and gazetteer.is_major(piece.text, divisions):
                yield Mention(piece.text, Span(piece.start_char, piece.end_char))
                break


def _full_names(doc: Doc) -> set[str]:
    """The names of the article's people of two words or more, as written."""
    found = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            name = _TRAILING.sub("", strip_article(ent.text)[0])
            if len(name.split()) >= 2:
                found.add(name)
    return found


def _missed_names(
    doc: Doc,
    reading: _Reading,
    taken: list[Mention],
    text: str,
    *,
    modifiers: bool,
    embedded: bool = False,
) -> Iterator[Mention]:
    """Landmark and country names the NER missed, and further mentions of the places the
    article has named already ("Aleppo" tagged once, missed later).

    A hit inside a longer entity or touching a person's name, or flanked by another
    capitalised word (part of a longer name: "Costa Rica Star", "Latin America"), is left
    out; so is a country name used before a noun unless ``modifiers``. With ``embedded``
    (the geoparsing convention) a hit inside a longer name other than a person's counts,
    unless a capitalised word comes right before it.
    """
    gazetteer = reading.gazetteer
    fixed = _landmark_pattern(gazetteer)
    named = sorted({m.name for m in taken if not m.demonym and len(m.name) >= 4}, key=len)
    hits = [(start, end, True) for start, end in _landmark_hits(fixed, text)] if fixed else []
    for name in reversed(named):  # longest first, so "New York City" before "New York"
        hits.extend((start, start + len(name), False) for start in _occurrences(text, name))
    if not hits:
        return
    entities = [(e.span.start_char, e.span.end_char, e.label) for e in reading.entities]
    taken_spans = [(m.span.start, m.span.end) for m in taken]
    # Words of the people's names ("Jordan" of "Michael Jordan"): never a place's mention.
    person_words = {
        w for s, e, label in entities if label == "PERSON" for w in text[s:e].split()[1:]
    }
    for start, end, from_tables in hits:
        name = text[start:end]
        if any(s < end and start < e for s, e in taken_spans):
            continue
        # "the Danube" tagged as a person: no one's name takes "the".
        definite = from_tables and _THE_BEFORE.search(text[max(0, start - 5) : start]) is not None
        # Inside a longer entity ("White House Correspondents' Association"): no place.
        # A name the NER calls a person counts only where the article has named it as
        # a place and it is no one's surname here.
        if any(
            (
                s <= start
                and end <= e
                and (e - s) > (end - start)
                and not (embedded and label != "PERSON")
            )
            or (
                label == "PERSON"
                and s < end
                and start < e
                and (from_tables or name in person_words)
                and not (definite and (s, e) == (start, end) and name not in person_words)
            )
            for s, e, label in entities
        ):
            continue
        if _flanked(text, start, end, after=not embedded):
            continue
        if not modifiers and _modifier_at(doc, start, end, gazetteer, name):
            continue
        taken_spans.append((start, end))
        yield Mention(name, Span(start, end))


@functools.lru_cache(maxsize=2)
def _landmark_hits(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, int], ...]:
    """Where the landmark and country pattern matches ``text``. Both passes over an
    article (our places, then the geoparsing convention's toponyms) scan the same text
    with the same pattern, a scan of the whole article: the second takes the first's hits."""
    return tuple(match.span() for match in pattern.finditer(text))


_WORD_BEFORE = re.compile(r"(\S+) $")
_THE_BEFORE = re.compile(r"(?:^|\W)[Tt]he $")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;\n\"“]\s*)$")


def _flanked(text: str, start: int, end: int, *, after: bool = True) -> bool:
    """Whether a capitalised word sits right before (or, with ``after``, right after), on
    the same line: part of a longer name. A capitalised word that opens the sentence ("In
    Tunisia") does not count."""
    if after and text[end : end + 2][:1] == " " and text[end + 1 : end + 2].isupper():
        return True
    word = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    if word is None or not word.group(1)[:1].isupper():
        return False
    word_start = start - len(word.group(0))
    return not _OPENS_SENTENCE.search(text[max(0, word_start - 3) : word_start])


def _modifier_at(doc: Doc, start: int, end: int, gazetteer: Gazetteer, name: str) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or _country_modifier(span, gazetteer, name)


def _occurrences(text: str, name: str) -> Iterator[int]:
    """Where ``name`` occurs in ``text`` as a whole word (no letter, digit or hyphen on
    either side)."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_-" or after.isalnum() or after in "_-"):
            yield start
        start = text.find(name, start + 1)


#: A city this populous names its country for the article's context by its name alone.
CONTEXT_CITY = 100_000


@dataclass(frozen=True, slots=True)
class Context:
    """What an article says unambiguously: countries, and (country, admin1 code) pairs."""

    countries: frozenset[str]
    admin1: frozenset[tuple[str, str]]
    dateline_country: str | None


def article_context(
    found: list[Mention], gazetteer: Gazetteer, dateline: Dateline | None
) -> Context:
    """Countries and divisions named without ambiguity, and the dateline's country and
    division."""
    countries: set[str] = set()
    admin1: set[tuple[str, str]] = set()
    for mention in found:
        if mention.abbreviation:
            region = gazetteer.abbreviated_division(mention.name, mention.span)
            if region is not None and region.country:
                countries.add(region.country)
            continue
        cands = gazetteer.candidates(mention.name)
        if not cands:
            continue
        if gazetteer.is_landmark(mention.name) or cands[0].feature == "country":
            if cands[0].country and not any(c.feature == "admin1" for c in cands):
                countries.add(cands[0].country)
            continue
        held_by = {c.country for c in cands}
        # A lone small city of its name does not by itself make the article about its
        # country ("smaller metro newspapers" is not about Indonesia's Metro).
        named = any(c.feature != "city" or c.population >= CONTEXT_CITY for c in cands)
        if len(held_by) == 1 and cands[0].country and named:
            countries.add(cands[0].country)
            divisions = [c for c in cands if c.feature == "admin1" and c.admin1]
            if len(cands) == 1 and divisions:
                admin1.add((cands[0].country, divisions[0].admin1 or ""))
    dateline_country = None
    for place in dateline_places(gazetteer, dateline):
        dateline_country = dateline_country or place.country
        if place.country:
            countries.add(place.country)
            # A local story's dateline names its state: "GLASGOW, Ky.".
            if place.admin1 and place.feature in ("city", "admin1", "admin2"):
                admin1.add((place.country, place.admin1))
    return Context(frozenset(countries), frozenset(admin1), dateline_country)


def dateline_places(gazetteer: Gazetteer, dateline: Dateline | None) -> tuple[Place, ...]:
    """The places a dateline names, city first (see :meth:`Gazetteer.resolve_dateline`)."""
    if dateline is None or not dateline.place:
        return ()
    return _read_dateline(gazetteer, dateline.place, dateline.span.start)


@functools.lru_cache(maxsize=4)
def _read_dateline(gazetteer: Gazetteer, text: str, start: int) -> tuple[Place, ...]:
    """The dateline's places, read once per article: each pass over it (our places, then
    the geoparsing convention's toponyms) reads the dateline for the article's context
    and again for the places it names."""
    return gazetteer.resolve_dateline(text, start)


def geoparse_convention() -> bool:
    """Whether ``$EVENTWIRE_PLACES`` asks for the geoparsing corpora's convention
    (``geoparse``): nationality adjectives, country names before a noun and vague regions
    are places too. Our own convention (the default) leaves all three out."""
    return os.environ.get(PLACES_ENV, "").strip().casefold() == "geoparse"


def locate(
    doc: Doc,
    *,
    dateline: Dateline | None = None,
    gazetteer: Gazetteer | None = None,
    modifiers: bool = False,
    text: str | None = None,
    geoparse: bool | None = None,
) -> tuple[Place, ...]:
    """One geocoded :class:`Place` per place mention of ``doc``, in text order.

    ``Place.span`` is the mention's character span in ``doc.text`` without a leading "the";
    ``Place.rule`` names the disambiguation rule that chose it. A name the gazetteer does
    not know is a place only as a named local place (:mod:`eventwire.geo.local`), at the
    point of the town that holds it. ``modifiers=False`` leaves out country names used as
    adjectives before a noun ("UK troops", "U.S. Defense Secretary"): they say whose, not
    where.

    ``text``, when given, must be ``doc.text``, such as the string the caller parsed: spaCy
    joins ``doc.text`` from every token anew on each access, which costs more than the
    search it serves.

    ``geoparse`` (default: :func:`geoparse_convention`) follows the geoparsing corpora's
    convention: a nationality adjective ("Turkish troops") is its country, modifiers are
    kept, and vague regions and groups of states ("the Sahel") are places. By default
    they are not places, though a vague region still keeps its name from being read as a
    small place of the same name ("the West" is not Cameroon's West Region).
    """
    gaz = gazetteer or Gazetteer.default()
    if geoparse is None:
        geoparse = geoparse_convention()
    found = mentions(doc, gaz, modifiers=modifiers or geoparse, text=text, demonyms=geoparse)
    context = article_context(found, gaz, dateline)
    # The dateline's names are read as a dateline, country first, not as running text.
    places: list[Place] = list(dateline_places(gaz, dateline))
    if places and dateline is not None:
        start, end = dateline.span.start, dateline.span.end
        found = [m for m in found if not (start <= m.span.start < end)]
    # The dateline's names keep their reading in the text: "PARIS, Tenn. - ... in Paris".
    read = {name_key(p.name): p for p in places}
    home = places[0] if places else None
    unknown: list[Mention] = []
    for mention in found:
        same = read.get(name_key(mention.name))
        if same is not None:
            place: Place | None = replace(same, name=mention.name, span=mention.span)
        elif mention.demonym:
            place = gaz.demonym_place(mention.name, mention.span)
        elif mention.abbreviation:
            place = gaz.abbreviated_division(mention.name, mention.span)
        elif mention.held_by is not None:
            place = _held_place(gaz, mention, mention.held_by)
        else:
            place = gaz.resolve(
                mention.name,
                mention.span,
                context_countries=sorted(context.countries),
                dateline_country=context.dateline_country,
                context_admin1=context.admin1,
            )
        if place is not None and place.rule == "population" and _compass(place.name):
            continue  # "Southern District of Ohio" is no district of Botswana
        if place is not None and (geoparse or place.rule != "collective"):
            places.append(place)
        elif place is None and _unknown(gaz, mention):
            unknown.append(mention)
    text = doc.text if text is None else text
    places.sort(key=lambda p: p.span.start)
    places = neighbours(requalify(places, text, gaz), gaz)
    locals_ = _local_places(doc, text, gaz, places, found, unknown, home)
    return tuple(sorted([*places, *locals_], key=lambda p: p.span.start))


def _unknown(gazetteer: Gazetteer, mention: Mention) -> bool:
    """A plain mention of a name the gazetteer has no entry for, written as a name
    ("Rustaveli Avenue", not an all-capitals dateline or a nationality)."""
    name = mention.name
    return (
        not (mention.demonym or mention.abbreviation or mention.held_by)
        and name[:1].isupper()
        and not name.isupper()
        and sum(ch.isalpha() for ch in name) >= 3
        and not gazetteer.candidates(name)
        and name_key(name) not in gazetteer.demonyms
        and name_key(name) not in _seats_of_government()
    )


def _local_context(span: SpacySpan) -> bool:
    """Whether the words around a place entity of a name the gazetteer does not know say
    place, as the NER's label alone does not ("his daughters, Malia and Sasha" tagged as
    places): the object of a preposition of where ("in Yaba", "at Falomo", "off
    Yenikapi"), a member of a list that is one ("from Kampung Melayu and Bukit Duri"), or
    a name before a kind of local place ("the Ciliwung river")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ == "pobj":
        words = place_words()
        return root.head.lower_ in words.prepositions or root.head.lower_ in words.name_prepositions
    if root.dep_ in ("compound", "nmod"):
        head = root.head
        return head.i >= span.end and head.lower_ in place_words().local_kinds
    return False


def _local_places(
    doc: Doc,
    text: str,
    gazetteer: Gazetteer,
    places: Sequence[Place],
    found: Sequence[Mention],
    unknown: Sequence[Mention],
    home: Place | None,
) -> list[Place]:
    """The article's named local places (see :mod:`eventwire.geo.local`): the place
    mentions the gazetteer does not know and the names their words make local places,
    less those inside another mention, organisations and seats of government."""
    reading = _reading(doc, gazetteer)
    taken = [(m.span.start, m.span.end) for m in found if m not in unknown]
    taken.extend((p.span.start, p.span.end) for p in places)
    names: dict[tuple[int, int], Mention] = {}
    for start, end in local_names(doc):
        mention = _trim(text[start:end], start)
        if mention is None or any(s < end and start < e for s, e in taken):
            continue
        if _unknown(gazetteer, mention) and reading.kept(mention):
            names[(mention.span.start, mention.span.end)] = mention
    # A name the NER reads otherwise elsewhere in the article is no sure place.
    otherwise = {e.text for e in doc.ents if e.label_ not in PLACE_LABELS}
    words = place_words()
    for mention in unknown:
        if mention.name in otherwise or mention.name in words.faiths:
            continue
        if mention.name.split()[-1] in words.body_heads:
            continue
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is not None and _local_context(span):
            names.setdefault((mention.span.start, mention.span.end), mention)
    if not names:
        return []
    ordered = sorted(names.values(), key=lambda m: m.span.start)
    # A shorter name inside a longer one is the longer one's.
    kept = [
        m
        for m in ordered
        if not any(
            o is not m and o.span.start <= m.span.start and m.span.end <= o.span.end
            for o in ordered
        )
    ]
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    return place_locals(
        [(m.name, m.span) for m in kept], places, text, gazetteer, sentences=sentences, home=home
    )


def _held_place(gazetteer: Gazetteer, mention: Mention, abbreviation: str) -> Place | None:
    """The place of a mention inside the division its abbreviation names ("Paris, Tenn.")."""
    region = gazetteer.abbreviated_division(abbreviation, mention.span)
    if region is None:
        return None
    return gazetteer.within(mention.name, mention.span, region)


# The rule prefix of a toponym that only the geoparsing corpora's convention counts.
CONVENTION_PREFIX = "geoparse:"


def convention_toponyms(
    doc: Doc,
    places: tuple[Place, ...],
    *,
    dateline: Dateline | None = None,
    gazetteer: Gazetteer | None = None,
    text: str | None = None,
) -> tuple[Place, ...]:
    """The toponyms the geoparsing corpora's convention adds to ``places`` (our own):
    nationality adjectives ("Turkish troops": Turkey), country names before a noun,
    places inside longer names and vague regions. Each keeps its resolution and has its
    rule prefixed with :data:`CONVENTION_PREFIX`, so that a reader can tell them apart.
    The coder's own stages read ``places`` only; these are reported beside them."""
    taken = [(p.span.start, p.span.end) for p in places]
    extra = []
    for place in locate(doc, dateline=dateline, gazetteer=gazetteer, text=text, geoparse=True):
        if any(s < place.span.end and place.span.start < e for s, e in taken):
            continue
        extra.append(replace(place, rule=f"{CONVENTION_PREFIX}{place.rule or ''}"))
    return tuple(extra)
