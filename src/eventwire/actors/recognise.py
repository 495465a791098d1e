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

from eventwire.actors.lexicon import (
    ActorLexicon,
    Entry,
    Era,
    Title,
    default_lexicon,
    key_of,
)
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
# Prepositions that put something inside an area: a metonym after them is the place.
INSIDE_PREPOSITIONS = frozenset({"in", "inside", "near", "outside", "around", "across"})
# Words before a title that say the office is no longer held ("former defence secretary").
FORMER = frozenset({"former", "ex", "ex-"})
# Sectors whose people do not take the article's home country when the text gives none.
STATELESS_SECTORS = frozenset({"IGO", "NGO"})
# How many words may stand between a party or country and a title ("Lib Dem home
# affairs spokesman", "BNP founding chairman").
TITLE_GAP = 3
SKIPPABLE_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
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
    party: str | None = None  # the party whose standing decides a POL sector
    former: bool = False  # the text gives the role as one no longer held
    titled: bool = False  # the text gives this person a title ("the prime minister")


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
        self.era: Era | None = None

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
            existing.party = existing.party or draft.party
            existing.titled = existing.titled or draft.titled
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

    def _modifier_before(self, start: int, *, gap: int = 0) -> tuple[str | None, Entry | None, int]:
        """Country/organisation before token ``start`` (allowing "X's"), with up to ``gap``
        plain words between them ("Lib Dem home affairs spokesman")."""
        end = start
        for _ in range(gap + 1):
            stop = end - 1 if end > 0 and self.doc[end - 1].tag_ == "POS" else end
            match = self._match_ending_at(stop, {"adjective", "country", "organisation", "capital"})
            if match is not None:
                country, org = self._affiliation(match)
                return country, org, match.start
            if end == 0 or not self._skippable(self.doc[end - 1]):
                break
            end -= 1
        return None, None, start

    def _skippable(self, token: Token) -> bool:
        """A plain word that may qualify a title without naming anyone ("home affairs")."""
        return (
            token.is_alpha
            and token.pos_ in SKIPPABLE_POS
            and token.i not in self.match_at
            and token.ent_type_ not in {"PERSON", "GPE", "NORP"}
            and token.lower_ not in FORMER
            and not token.is_sent_start
        )

    def _party(self, org: Entry | None) -> str | None:
        """The party an organisation is, when its standing can decide a sector."""
        if org is not None and org.sector == "POL" and org.name in self.lex.governing:
            return org.name
        return None

    def _affiliation_after(self, end: int) -> Entry | None:
        """The organisation in "NAME of the Refugee Council" / "NAME, from Unison"."""
        i = end + (1 if end < len(self.doc) and self.doc[end].text == "," else 0)
        if i >= len(self.doc) or self.doc[i].lower_ not in {"of", "from"}:
            return None
        i += 1
        if i < len(self.doc) and self.doc[i].lower_ == "the":
            i += 1
        match = self.match_at.get(i)
        if match is None or match.start != i or match.category != "organisation":
            return None
        return self._entry(match)

    def _title_before(self, start: int) -> tuple[Title | None, int]:
        match = self._match_ending_at(start, {"title"})
        if match is None or self.doc[match.end - 1].pos_ == "ADJ":
            # "the minister's official Kent house": an adjective, not the office.
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
        if self.published is None:
            self.era = self._era()
        self._known_people()
        self._titled_without_name()
        if self.published is None:
            # Titles alone ("the Tory leader") may have pinned more offices.
            self.era = self._era() or self.era
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
            elif match.category in {"organisation", "metonym"}:
                # National bodies ("Cabinet Office", "TUC") point at their country too.
                entry = self._entry(match)
                iso3 = entry.country if entry and entry.country != "IGO" else None
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
        lone: list[tuple[int, int]] = []
        for ent in self.doc.ents:
            before = self._match_ending_at(ent.start, {"title"})
            titled = ent.label_ == "ORG" and (
                (before is not None and self.lex.titles[before.key].kind == "person")
                or self._starts_with_person_title(ent)
            )
            if ent.label_ != "PERSON" and not (
                (ent.label_ == "ORG" and (titled or self._known_surname(ent)))
                or self._known_person(ent)
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
            if end - start == 1 and not self._introduced(start):
                lone.append((start, end))
                continue
            self._add_person(start, end)
        for start, end in lone:
            word = self.doc[start].text
            if self._known_surname(self.doc[start:end]) or self.lex.surnames.get(word.lower()):
                self._add_person(start, end)

    def _introduced(self, start: int) -> bool:
        """A one-word name is a person's when an honorific or a title comes before it
        ("Mr Howard", "President Lula") or the people lexicon knows it; otherwise only
        when it is the surname of a person the article names in full or of a known one.
        spaCy also tags single capitalised words that are not people ("Kent house",
        "the ship Diligence", "Britishness")."""
        previous = self.doc[start - 1].lower_ if start > 0 else ""
        return (
            previous in HONORIFICS
            or self._title_before(start)[0] is not None
            or key_of(self.doc[start].text) in self.lex.people
            or key_of(self.doc[start].text) in self.lex.periods
        )

    def _known_people(self) -> None:
        """Fill what the text left open from the dated people lexicon, then the home country
        for officials named with a domestic title only ("Defence Minister Richard Marles")."""
        for draft in self.drafts.values():
            if draft.kind != "person":
                continue
            if len(draft.name.split()) == 1 and key_of(draft.name) not in self.lex.periods:
                era = self.era
                if self.published is not None:
                    era = Era(self.published, self.published + dt.timedelta(days=1))
                full = self.lex.by_surname(draft.name, self._home_country, era)
                if full is not None:
                    draft.name = full  # "Mr Howard" alone is the well-known Howard
            known = self.lex.person(
                draft.name,
                self.published,
                text=self.doc.text,
                home=self._home_country,
                era=self.era,
            )
            if known is not None:
                draft.country = draft.country or known.country
                draft.sector = draft.sector or known.sector
                draft.role = draft.role or known.role
            if draft.former and draft.sector is None:
                # Out of the office the text names, and no other office known: a civilian.
                draft.sector = "CVL"
            if (
                draft.country is None
                and (draft.role or draft.sector)
                and draft.sector not in STATELESS_SECTORS
            ):
                # A titled official, lawyer or union leader with no nationality given
                # belongs to the country the article is about.
                draft.country = self._home_country
            if draft.role is None and draft.sector is None and known is None:
                # A named person with no office in the text: a civilian of the home country.
                draft.sector = "CVL"
                draft.country = draft.country or self._home_country

    def _era(self) -> Era | None:
        """The dates an undated article can be from: the terms of the offices its text
        gives known people ("Prime Minister Tony Blair"), intersected; None when no
        office pins a date or the offices contradict each other."""
        era: Era | None = None
        for draft in self.drafts.values():
            if draft.kind != "person" or draft.role is None or not draft.titled:
                continue
            role = draft.role.removeprefix("Former ") if draft.former else draft.role
            periods = [
                p
                for p in self.lex.periods.get(key_of(draft.name), [])
                if p.entry.role and self.lex.same_office(p.entry.role, role)
            ]
            if not periods:
                continue
            if draft.former:
                # "former X": the article is from after every term as X ended.
                if any(p.end is None for p in periods):
                    continue
                term = Era(max(p.end for p in periods if p.end is not None), None)
                era = term if era is None else era.narrow(term)
                if era is None:
                    return None
                continue
            starts = [p.start for p in periods]
            ends = [p.end for p in periods]
            term = Era(
                None if None in starts else min(s for s in starts if s is not None),
                None if None in ends else max(e for e in ends if e is not None),
            )
            era = term if era is None else era.narrow(term)
            if era is None:
                return None
        return era

    def _is_place(self, start: int, end: int) -> bool:
        """spaCy sometimes tags towns as people: "in Tubas". A titled name is a person."""
        if start > 0 and self.match_at.get(start - 1, _NO_MATCH).category == "title":
            return False
        key = key_of(self.doc[start:end].text)
        if key in self.lex.people or key in self.lex.periods:
            return False
        before = start - 1 if start > 0 and self.doc[start - 1].lower_ != "the" else start - 2
        previous = self.doc[before].lower_ if before >= 0 else ""
        root = self.doc[start:end].root
        listed = root.dep_ == "conj" and root.head.ent_type_ in {"GPE", "LOC", "FAC"}
        if previous not in PLACE_PREPOSITIONS and not listed:
            return False
        return bool(self.gazetteer.candidates(self.doc[start:end].text))

    def _starts_with_person_title(self, ent: SpacySpan) -> bool:
        """ "Lawyer Maria Quiroga" tagged as one organisation: a person's title, then a name."""
        match = self.match_at.get(ent.start)
        return (
            match is not None
            and match.start == ent.start
            and match.category == "title"
            and self.lex.titles[match.key].kind == "person"
            and match.end < ent.end
            and all(t.is_title for t in ent[match.end - ent.start :])
        )

    def _known_person(self, ent: SpacySpan) -> bool:
        """An entity spaCy labelled otherwise whose words are a person of the people
        lexicon ("president Thabo Mbeki" tagged as a place)."""
        words = [t for t in ent if t.lower_ not in HONORIFICS and not t.is_punct]
        if len(words) < 2:
            return False
        key = key_of(" ".join(t.text for t in words))
        return key in self.lex.periods or key in self.lex.people

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
        country, org, mod_start = self._modifier_before(
            title_start if title else start, gap=TITLE_GAP if title else 0
        )
        if title is None and country is None and self._unlisted_title(start - 1):
            # "US Treasury Secretary John Snow" (the lexicon has "US Treasury" and no
            # "Secretary" alone): the body before a capitalised title we do not list.
            found, body, found_start = self._modifier_before(start - 1)
            if found is not None or body is not None:
                country, org, mod_start = found, body, found_start
        former = title is not None and self._former_before(min(title_start, mod_start))
        if title is None or country is None:
            t2, c2, o2 = self._from_apposition(start, end)
            title, country, org = title or t2, country or c2, org or o2
        if title is None and org is None:
            org = self._affiliation_after(end)
            country = country or (org.country if org else None)
        role = title.role if title else None
        draft = _Draft(
            key=f"person:{name.lower()}",
            name=name,
            kind="person",
            country=country,
            sector=None if former else self._sector(title, org),
            role=f"Former {role}" if former and role else role,
            party=self._party(org),
            former=former,
            titled=title is not None,
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
        if title is not None or mod_start < start:
            # The title and the party or nationality before it belong to this mention.
            self.claimed.update(range(min(title_start, mod_start), start))

    def _unlisted_title(self, i: int) -> bool:
        """A capitalised noun no lexicon lists, between a body and a name."""
        if i < 0:
            return False
        token = self.doc[i]
        return (
            token.is_title
            and token.pos_ in {"NOUN", "PROPN"}
            and i not in self.match_at
            and token.ent_type_ not in {"PERSON", "GPE", "NORP"}
            and not token.is_sent_start
        )

    def _former_before(self, start: int) -> bool:
        return start > 0 and self.doc[start - 1].lower_ in FORMER

    def _from_apposition(
        self, start: int, end: int
    ) -> tuple[Title | None, str | None, Entry | None]:
        root = self.doc[start:end].root
        heads: list[Token] = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            heads.append(root.head)
            # "the director general for Europe, Jose Maria Pons": the name hangs off the
            # object of the title's preposition.
            prep = root.head.head
            if root.head.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN":
                heads.append(prep.head)
        for head in heads:
            if start <= head.i < end:
                continue
            title = None
            title_at: LexMatch | None = None
            country = None
            org = None
            first, last = _phrase(head)
            for match in self.matches:
                if not (first <= match.start and match.end <= last + 1):
                    continue
                if start <= match.start < end:
                    continue
                if match.category == "title" and title is None:
                    title, title_at = self.lex.titles[match.key], match
                elif match.category in {"adjective", "country", "organisation"} and country is None:
                    country, org = self._affiliation(match)
            if title is not None and title_at is not None:
                # The appositive title names this person, not another one.
                self.claimed.update(range(title_at.start, title_at.end))
                if country is None and org is None:
                    country, org = self._body_of(head)
                return title, country, org
        return None, None, None

    def _body_of(self, head: Token) -> tuple[str | None, Entry | None]:
        """The body a title belongs to, from its "of"/"at"/"for" phrase: "director of civil
        rights group Liberty" (an NGO), "head of the Ukrainian state-owned Naftohaz company"
        (the lexicon's Naftogaz)."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"of", "at", "for"}:
                continue
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if not objects:
                continue
            first, last = objects[0].left_edge.i, objects[0].right_edge.i
            country: str | None = None
            sector: str | None = None
            for match in self.matches:
                if not (first <= match.start and match.end <= last + 1):
                    continue
                if match.category in {"organisation", "country", "adjective"}:
                    found, org = self._affiliation(match)
                    if org is not None:
                        return found, org
                    country = country or found
                elif match.category == "title" and self.lex.titles[match.key].kind == "group":
                    sector = sector or self.lex.titles[match.key].sector
            words = {objects[0].lower_}
            sector = sector or next((s for hints, s in ORG_HINTS if words & hints), None)
            if sector is not None:
                # A body the text describes, not a known transnational one: unless the
                # phrase gives a nationality, it is of the country the article is about.
                country = country or self._home_country
                name = self.doc[first : last + 1].text
                return country, Entry(name, "organisation", country, sector, None, "text")
            return country, None
        return None, None

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
                previous.titled = True
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
            if draft.kind != "person" or role is None or draft.role is None:
                continue
            if not self.lex.same_office(draft.role, role):
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
            if match.category == "metonym" and self._place_only(match):
                continue
            key = f"{entry.kind}:{entry.name.lower()}"
            draft = _Draft(key, entry.name, entry.kind, entry.country, entry.sector, entry.role)
            draft.party = self._party(entry)
            self._add(draft, match.start, match.end)

    def _place_only(self, match: LexMatch) -> bool:
        """A metonym that only modifies another noun ("a Brussels summit", "the Downing
        Street meeting") or says what something is in ("meeting in Brussels") names where
        something happens, not an actor."""
        token = self.doc[match.end - 1]
        if token.dep_ in {"compound", "amod"} and token.head.i not in self.match_at:
            return True
        return token.dep_ == "pobj" and token.head.lower_ in INSIDE_PREPOSITIONS

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
        if self._hyphenated(match):
            # "anti-French protests", "Israeli-Egyptian cooperation": part of a word.
            return
        if token.dep_ in {"amod", "compound"}:
            self._state(iso3, match.start, match.end)
        elif token.pos_ in {"NOUN", "PROPN"} and token.dep_ in NOUN_ROLES:
            name = self.doc[match.start : match.end].text
            self._add(_Draft(f"people:{iso3}", name, "group", iso3), match.start, match.end)

    def _hyphenated(self, match: LexMatch) -> bool:
        """True when a hyphen joins the match to the word before or after it."""
        first, last = self.doc[match.start], self.doc[match.end - 1]
        before = match.start > 0 and self.doc[match.start - 1].text == "-"
        after = match.end < len(self.doc) and self.doc[match.end].text == "-"
        return (
            before and not self.doc[match.start - 1].whitespace_ and not first.is_sent_start
        ) or (after and not last.whitespace_)

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
        kind: ActorKind = "group" if title.kind != "person" else "person"
        party = self._party(org)
        if party is not None and kind == "group" and title.sector == "GOV":
            # "the Labour government" is the government, whatever the party's standing.
            sector: str | None = title.sector
            party = None
        else:
            sector = self._sector(title, org)
        if org is not None and kind == "group" and sector == org.sector:
            # "World Bank officials", "Hamas militants": the body's own people, coded as
            # the body itself (a sector of their own, as "UN peacekeepers", stays a group).
            body = _Draft(f"{org.kind}:{org.name.lower()}", org.name, org.kind, org.country,
                          org.sector, org.role, party=party)  # fmt: skip
            self._add(body, start, match.end)
            return
        draft = _Draft(f"group:{country}:{sector}:{title.role or match.key}", name, kind,
                       country, sector, title.role, party=party)  # fmt: skip
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
            sector = draft.sector
            if draft.party is not None and sector == "POL":
                sector = self.lex.party_sector(draft.party, self.published, self.era) or sector
            spans = sorted(set(draft.tokens))
            mentions = tuple(
                Span(self.doc[s].idx, self.doc[e - 1].idx + len(self.doc[e - 1])) for s, e in spans
            )
            actors.append(
                Actor(
                    name=draft.name,
                    kind=draft.kind,
                    country=draft.country,
                    sector=self.lex.output_sector(sector),
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
