"""Recognise and code the actors of one parsed article, resolving mentions within it.

Codes come from the text first: the title and nationality before a name or in its
apposition, a possessive ("Turkey's foreign minister"), an organisation the title
belongs to ("UN envoy"), then the lexicons. Later short mentions (surnames, "the
defense minister", a sentence-initial "he") resolve to the actor already seen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.actors.lexicon import ActorLexicon, Entry, Title, default_lexicon, key_of
from eventwire.actors.matcher import LexMatch, matcher_for
from eventwire.geo import Gazetteer
from eventwire.records import Actor, ActorKind, Span

HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame",
                        "lord", "lady", "madam", "mister", "prof", "prof."})  # fmt: skip
PRONOUNS = frozenset({"he", "she"})
DOMESTIC_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "OPP", "POL"})
NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss"})
# Collective nouns that, unqualified ("the government"), mean the article's home country.
HOME_GROUPS = frozenset({"government", "authorities", "administration", "cabinet", "parliament",
                         "police", "army", "military", "ministry", "opposition"})  # fmt: skip
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "to", "outside", "into", "around"})
# Sectors an organisation lends to a generic title ("Hamas leader", "UN envoy").
ORG_SECTORS = frozenset({"IGO", "REB", "POL", "OPP", "MED", "NGO", "BUS", "CVL", "LAB", "REL"})
ORG_HINTS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"ministry", "government", "cabinet", "department", "office", "police"}), "GOV"),
    (frozenset({"army", "forces", "military", "navy", "brigade", "corps", "guard"}), "MIL"),
    (frozenset({"party", "front", "movement", "alliance"}), "POL"),
    (frozenset({"court", "tribunal"}), "JUD"),
    (frozenset({"parliament", "assembly", "congress", "senate", "council"}), "LEG"),
    (frozenset({"bank", "corp", "corporation", "inc", "ltd", "company", "airlines"}), "BUS"),
    (frozenset({"news", "tv", "television", "radio", "times", "post", "channel", "agency"}), "MED"),
    (frozenset({"union", "federation", "association"}), "CVL"),
    (frozenset({"university", "college", "institute"}), "EDU"),
)  # fmt: skip


_NO_MATCH = LexMatch(0, 0, "", "")


@dataclass(slots=True)
class _Draft:
    """An actor being built: mutable until the article is done."""

    key: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    tokens: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ActorIndex:
    """The article's actors and, for every token inside a mention, the actor it refers to."""

    actors: tuple[Actor, ...]
    by_token: dict[int, int]

    def at(self, token_index: int) -> Actor | None:
        index = self.by_token.get(token_index)
        return None if index is None else self.actors[index]


def recognise(
    doc: Doc,
    lex: ActorLexicon | None = None,
    *,
    home_country: str | None = None,
    published: dt.date | None = None,
) -> ActorIndex:
    """Code the actors of ``doc``; ``home_country`` (e.g. the dateline's) resolves
    unqualified collective nouns such as "the government"."""
    return _Recogniser(doc, lex or default_lexicon(), home_country, published).run()


class _Recogniser:
    def __init__(
        self,
        doc: Doc,
        lex: ActorLexicon,
        home: str | None = None,
        published: dt.date | None = None,
    ) -> None:
        self.doc = doc
        self.published = published
        self.home = home
        self._home_country: str | None = home
        self.lex = lex
        self.gazetteer = Gazetteer.default()
        self.matches = matcher_for(lex)(doc)
        self.match_at: dict[int, LexMatch] = {}
        for match in self.matches:
            for i in range(match.start, match.end):
                self.match_at[i] = match
        self.drafts: dict[str, _Draft] = {}
        self.order: list[str] = []
        self.claimed: set[int] = set()

    # -- building blocks -------------------------------------------------------------
    def _add(self, draft: _Draft, start: int, end: int) -> _Draft:
        existing = self.drafts.get(draft.key)
        if existing is None:
            self.drafts[draft.key] = draft
            self.order.append(draft.key)
            existing = draft
        else:
            existing.country = existing.country or draft.country
            existing.sector = existing.sector or draft.sector
            existing.role = existing.role or draft.role
        existing.tokens.append((start, end))
        self.claimed.update(range(start, end))
        return existing

    def _match_ending_at(self, end: int, categories: set[str]) -> LexMatch | None:
        match = self.match_at.get(end - 1)
        if match is not None and match.end == end and match.category in categories:
            return match
        return None

    def _entry(self, match: LexMatch) -> Entry | None:
        tables = {
            "organisation": self.lex.organisations,
            "metonym": self.lex.metonyms,
            "country": self.lex.countries,
            "person": self.lex.people,
        }
        table = tables.get(match.category)
        return None if table is None else table.get(match.key)

    def _affiliation(self, match: LexMatch) -> tuple[str | None, Entry | None]:
        """The country (and organisation, if any) a modifier match stands for."""
        if match.category == "adjective":
            return self.lex.adjectives.get(match.key), None
        if match.category == "capital":
            return self.lex.capitals.get(match.key), None
        entry = self._entry(match)
        if entry is None:
            return None, None
        if match.category == "country":
            return entry.country, None
        return entry.country, entry

    def _modifier_before(self, start: int) -> tuple[str | None, Entry | None, int]:
        """Country/organisation immediately before token ``start`` (allowing "X's")."""
        end = start
        if end > 0 and self.doc[end - 1].tag_ == "POS":
            end -= 1
        match = self._match_ending_at(end, {"adjective", "country", "organisation", "capital"})
        if match is None:
            return None, None, start
        country, org = self._affiliation(match)
        return country, org, match.start

    def _title_before(self, start: int) -> tuple[Title | None, int]:
        match = self._match_ending_at(start, {"title"})
        if match is None:
            return None, start
        return self.lex.titles[match.key], match.start

    @staticmethod
    def _sector(title: Title | None, org: Entry | None) -> str | None:
        if (
            org is not None
            and org.sector in ORG_SECTORS
            and (title is None or title.sector != "MIL")
        ):
            return org.sector
        if title is not None:
            return title.sector
        return org.sector if org is not None else None

    # -- passes ----------------------------------------------------------------------
    def run(self) -> ActorIndex:
        self._home_country = self.home or self._most_mentioned_country()
        self._people()
        self._known_people()
        self._titled_without_name()
        self._named_organisations()
        self._groups_and_states()
        self._unknown_organisations()
        self._pronouns()
        return self._finish()

    def _most_mentioned_country(self) -> str | None:
        counts: dict[str, int] = {}
        for match in self.matches:
            iso3 = None
            if match.category == "country":
                entry = self._entry(match)
                iso3 = entry.country if entry else None
            elif match.category in {"adjective", "capital"}:
                iso3, _ = self._affiliation(match)
            if iso3:
                counts[iso3] = counts.get(iso3, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def _person_tokens(self, ent: SpacySpan) -> tuple[int, int] | None:
        start, end = ent.start, ent.end
        while start < end and (
            self.doc[start].lower_ in HONORIFICS
            or self.match_at.get(start, _NO_MATCH).category in {"title", "adjective"}
        ):
            start += 1
        while end > start and (self.doc[end - 1].tag_ == "POS" or self.doc[end - 1].is_punct):
            end -= 1
        if start >= end or not self.doc[start].is_title:
            return None
        return start, end

    def _people(self) -> None:
        for ent in self.doc.ents:
            titled = ent.label_ == "ORG" and self._match_ending_at(ent.start, {"title"}) is not None
            if ent.label_ != "PERSON" and not (
                ent.label_ == "ORG" and (titled or self._known_surname(ent))
            ):
                continue
            bounds = self._person_tokens(ent)
            if bounds is None:
                continue
            start, end = bounds
            if self._is_place(start, end):
                continue
            if any(self.match_at.get(i, _NO_MATCH).category in
                   {"organisation", "country", "metonym"} for i in range(start, end)):  # fmt: skip
                continue
            self._add_person(start, end)

    def _known_people(self) -> None:
        """Fill what the text left open from the dated people lexicon, then the home country
        for officials named with a domestic title only ("Defence Minister Richard Marles")."""
        for draft in self.drafts.values():
            if draft.kind != "person":
                continue
            known = self.lex.person(
                draft.name, self.published, text=self.doc.text, home=self._home_country
            )
            if known is not None:
                draft.country = draft.country or known.country
                draft.sector = draft.sector or known.sector
                draft.role = draft.role or known.role
            if draft.country is None and draft.role and draft.sector in DOMESTIC_SECTORS:
                draft.country = self._home_country
            if draft.role is None and draft.sector is None and known is None:
                # A named person with no office in the text: a civilian of the home country.
                draft.sector = "CVL"
                draft.country = draft.country or self._home_country

    def _is_place(self, start: int, end: int) -> bool:
        """spaCy sometimes tags towns as people: "in Tubas". A titled name is a person."""
        if start > 0 and self.match_at.get(start - 1, _NO_MATCH).category == "title":
            return False
        if key_of(self.doc[start:end].text) in self.lex.people:
            return False
        before = start - 1 if start > 0 and self.doc[start - 1].lower_ != "the" else start - 2
        previous = self.doc[before].lower_ if before >= 0 else ""
        root = self.doc[start:end].root
        listed = root.dep_ == "conj" and root.head.ent_type_ in {"GPE", "LOC", "FAC"}
        if previous not in PLACE_PREPOSITIONS and not listed:
            return False
        return bool(self.gazetteer.candidates(self.doc[start:end].text))

    def _known_surname(self, ent: SpacySpan) -> bool:
        words = ent.text.split()
        return any(
            d.kind == "person" and d.name.split()[-len(words) :] == words
            for d in self.drafts.values()
        )

    def _add_person(self, start: int, end: int) -> None:
        name = self.doc[start:end].text
        words = name.split()
        title, title_start = self._title_before(start)
        country, org, _ = self._modifier_before(title_start if title else start)
        if title is None or country is None:
            t2, c2, o2 = self._from_apposition(start, end)
            title, country, org = title or t2, country or c2, org or o2
        draft = _Draft(
            key=f"person:{name.lower()}",
            name=name,
            kind="person",
            country=country,
            sector=self._sector(title, org),
            role=title.role if title else None,
        )
        # A shorter or longer form of a person already seen is the same person.
        for other in self.drafts.values():
            if other.kind != "person":
                continue
            other_words = other.name.split()
            if words == other_words[-len(words) :] or words == other_words[: len(words)]:
                draft.key = other.key
                break
            if other_words == words[-len(other_words) :]:
                other.name = name
                draft.key = other.key
                break
        self._add(draft, start, end)
        if title is not None:
            self.claimed.update(range(title_start, start))

    def _from_apposition(
        self, start: int, end: int
    ) -> tuple[Title | None, str | None, Entry | None]:
        root = self.doc[start:end].root
        heads: list[Token] = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            heads.append(root.head)
        for head in heads:
            if start <= head.i < end:
                continue
            title = None
            country = None
            org = None
            first, last = _phrase(head)
            for match in self.matches:
                if not (first <= match.start and match.end <= last + 1):
                    continue
                if start <= match.start < end:
                    continue
                if match.category == "title" and title is None:
                    title = self.lex.titles[match.key]
                elif match.category in {"adjective", "country", "organisation"} and country is None:
                    country, org = self._affiliation(match)
            if title is not None:
                return title, country, org
        return None, None, None

    def _titled_without_name(self) -> None:
        """ "the defense minister" -> the person with that role; "Turkey's foreign minister"."""
        for match in self.matches:
            if match.category != "title" or match.start in self.claimed:
                continue
            title = self.lex.titles[match.key]
            if title.kind != "person":
                continue
            nxt = self.doc[match.end] if match.end < len(self.doc) else None
            if nxt is not None and nxt.ent_type_ == "PERSON":
                continue
            country, org, mod_start = self._modifier_before(match.start)
            previous = self._latest_person(title.role, before=match.start)
            if previous is not None and (country is None or country == previous.country):
                self._add(previous, mod_start, match.end)
            elif country is not None:
                name = self.doc[mod_start : match.end].text
                draft = _Draft(
                    key=f"title:{country}:{title.role}",
                    name=name,
                    kind="person",
                    country=country,
                    sector=self._sector(title, org),
                    role=title.role,
                )
                self._add(draft, mod_start, match.end)

    def _latest_person(self, role: str | None, *, before: int) -> _Draft | None:
        best: tuple[int, _Draft] | None = None
        for draft in self.drafts.values():
            if draft.kind != "person" or role is None or draft.role != role:
                continue
            seen = [s for s, _ in draft.tokens if s < before]
            if seen and (best is None or max(seen) > best[0]):
                best = (max(seen), draft)
        return best[1] if best else None

    def _named_organisations(self) -> None:
        for match in self.matches:
            if match.category not in {"organisation", "metonym", "person"}:
                continue
            if match.start in self.claimed:
                continue
            entry = self._entry(match)
            if entry is None:
                continue
            key = f"{entry.kind}:{entry.name.lower()}"
            draft = _Draft(key, entry.name, entry.kind, entry.country, entry.sector, entry.role)
            self._add(draft, match.start, match.end)

    def _groups_and_states(self) -> None:
        for match in self.matches:
            if match.start in self.claimed:
                continue
            if match.category == "title":
                self._group(match)
        for match in self.matches:
            if match.start in self.claimed:
                continue
            if match.category == "country":
                entry = self._entry(match)
                if entry is not None and entry.country:
                    self._state(entry.country, match.start, match.end)
            elif match.category == "adjective":
                self._nationality(match)
            elif (
                match.category == "capital"
                and not self.doc[match.start].is_upper
                and self._acts(self.doc[match.end - 1])
            ):
                iso3 = self.lex.capitals[match.key]
                draft = _Draft(f"capital:{iso3}", self.doc[match.start : match.end].text,
                               "state", iso3, "GOV")  # fmt: skip
                self._add(draft, match.start, match.end)

    def _nationality(self, match: LexMatch) -> None:
        """ "the American agreement" stands for the state; "Georgians" (a noun) for its people."""
        iso3 = self.lex.adjectives.get(match.key)
        token = self.doc[match.end - 1]
        if iso3 is None:
            return
        if token.dep_ in {"amod", "compound"}:
            self._state(iso3, match.start, match.end)
        elif token.pos_ in {"NOUN", "PROPN"} and token.dep_ in NOUN_ROLES:
            name = self.doc[match.start : match.end].text
            self._add(_Draft(f"people:{iso3}", name, "group", iso3), match.start, match.end)

    @staticmethod
    def _acts(token: Token) -> bool:
        """A capital stands for its government when it is a subject or possessor."""
        return token.dep_ in {"nsubj", "nsubjpass", "poss"} or (
            token.dep_ == "conj" and token.head.dep_ in {"nsubj", "nsubjpass"}
        )

    def _group(self, match: LexMatch) -> None:
        """ "Israeli troops", "the U.S. administration", "Israel's military"."""
        title = self.lex.titles[match.key]
        country, org, start = self._modifier_before(match.start)
        if country is None and org is None:
            if match.key not in HOME_GROUPS or self._home_country is None:
                return
            if start > 0 and self.doc[start - 1].lower_ != "the":
                return
            country = self._home_country
        name = self.doc[start : match.end].text
        sector = self._sector(title, org)
        kind: ActorKind = "group" if title.kind != "person" else "person"
        draft = _Draft(f"group:{country}:{sector}:{title.role or match.key}", name, kind,
                       country, sector, title.role)  # fmt: skip
        self._add(draft, start, match.end)

    def _state(self, iso3: str, start: int, end: int) -> None:
        name = self.lex.country_names.get(iso3, self.doc[start:end].text)
        self._add(_Draft(f"state:{iso3}", name, "state", iso3), start, end)

    def _unknown_organisations(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ not in {"ORG", "NORP"} or any(
                i in self.claimed for i in range(ent.start, ent.end)
            ):
                continue
            if ent.label_ == "NORP":
                continue
            if ent[0].lower_ in HONORIFICS and len(ent) > 1:
                self._add_person(ent.start + 1, ent.end)
                continue
            start = ent.start + (1 if ent[0].lower_ == "the" else 0)
            words = {t.lower_.strip(".") for t in ent}
            sector = next((s for hints, s in ORG_HINTS if words & hints), None)
            country = None
            for i in range(start, ent.end):
                match = self.match_at.get(i)
                if match is not None and match.category in {"adjective", "country"}:
                    country, _ = self._affiliation(match)
            if country is None:
                country, _, _ = self._modifier_before(start)
            name = self.doc[start : ent.end].text
            iso3 = self.gazetteer.country_code(name)
            if iso3 is not None:
                self._state(iso3, start, ent.end)
                continue
            draft = _Draft(f"org:{name.lower()}", name, "organisation", country, sector)
            self._add(draft, start, ent.end)

    def _pronouns(self) -> None:
        """A sentence-initial "he"/"she" subject refers to the last person named before it."""
        for token in self.doc:
            if token.lower_ not in PRONOUNS or token.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            person = self._last_person_before(token.i)
            if person is not None:
                self._add(person, token.i, token.i + 1)

    def _last_person_before(self, index: int) -> _Draft | None:
        """The person most recently named as a subject or possessor; else the last named."""
        best: tuple[bool, int, _Draft] | None = None
        for draft in self.drafts.values():
            if draft.kind != "person":
                continue
            for start, end in draft.tokens:
                if start >= index:
                    continue
                root = self.doc[start:end].root
                salient = (
                    root.dep_ in {"nsubj", "nsubjpass", "poss"} and root.lower_ not in PRONOUNS
                )
                rank = (salient, start, draft)
                if best is None or (rank[0], rank[1]) > (best[0], best[1]):
                    best = rank
        return best[2] if best else None

    def _finish(self) -> ActorIndex:
        actors: list[Actor] = []
        by_token: dict[int, int] = {}
        # An organisation we can code neither by country nor by sector is left out.
        coded = [
            d for d in self.drafts.values() if d.kind != "organisation" or d.country or d.sector
        ]
        drafts = sorted(coded, key=lambda d: min(s for s, _ in d.tokens))
        for index, draft in enumerate(drafts):
            spans = sorted(set(draft.tokens))
            mentions = tuple(
                Span(self.doc[s].idx, self.doc[e - 1].idx + len(self.doc[e - 1])) for s, e in spans
            )
            actors.append(
                Actor(
                    name=draft.name,
                    kind=draft.kind,
                    country=draft.country,
                    sector=draft.sector,
                    role=draft.role,
                    mentions=mentions,
                    actor_id=f"A{index + 1}",
                )
            )
            for s, e in spans:
                for i in range(s, e):
                    by_token[i] = index
        return ActorIndex(tuple(actors), by_token)


def _phrase(head: Token) -> tuple[int, int]:
    """The token range of a noun phrase without its coordinated, clausal or prepositional parts."""
    skip = {"conj", "cc", "appos", "punct", "relcl", "acl", "prep"}
    own = [c for c in head.children if c.dep_ not in skip]
    first = min([head.i, *(c.left_edge.i for c in own)])
    last = max([head.i, *(c.right_edge.i for c in own)])
    return first, last
