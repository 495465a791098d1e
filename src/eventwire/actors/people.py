"""The passes that find people: names (with the title, nationality or body before or
beside them), the people lexicon, titles standing alone ("the defense minister"), and
sentence-initial pronouns after a named person."""

from __future__ import annotations

import datetime as dt

import numpy
from spacy.attrs import DEP, ENT_IOB, LOWER, ORTH, POS
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.actors.agents import place_objects
from eventwire.actors.drafts import (
    FORMER,
    HONORIFICS,
    NO_MATCH,
    ORG_HINTS,
    Draft,
    Drafts,
)
from eventwire.actors.lexicon import NAME_SUFFIXES, Entry, Era, Title, key_of
from eventwire.actors.matcher import LexMatch
from eventwire.nlp import common_word

PRONOUNS = frozenset({"he", "she"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Verbs whose subject's owner speaks through it ("Netanyahu's office said").
SAYING = frozenset({"say", "tell", "add", "announce", "state", "confirm", "deny", "warn",
                    "insist", "note", "write", "declare"})  # fmt: skip
# Object pronouns for a person, and the relations in which they are an object ("her"
# is also a possessive, which is not read).
OBJECT_PRONOUNS = frozenset({"him", "her"})
# Sectors of the offices a story's home country holds when no one is named ("the interior
# minister", "the mayor", "the opposition leader": an opposition is one within a state);
# and the offices that serve abroad, whose holder is as often a
# foreign state's ("the envoy", "the ambassador"), or speak for a body the text names
# beside them ("the spokesperson").
HOME_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "OPP"})
POSTED_ABROAD = frozenset({"ambassador", "envoy", "consul", "diplomat", "emissary", "attaché",
                           "attache", "chargé", "charge", "representative", "delegate",
                           "negotiator", "mediator", "spokesman", "spokeswoman",
                           "spokesperson"})  # fmt: skip
# Nouns for a government named after its leader ("the Obama administration").
GOVERNMENT_NOUNS = frozenset({"administration", "government", "regime", "cabinet"})
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})
# Offices outside the courts that an "in" phrase places: the generic official.
SEATED_ROLES = frozenset({"Official", "Senior Official"})
# The preposition of an office's or a body's seat: "the Constitutional Court in Lusaka".
IN = frozenset({"in"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "to", "outside", "into", "around"})
# Nouns for a settlement or district whose "of" phrase is its name: "the town of Mae Sot",
# "the villages of Kfar Kila and Markaba" name places whatever spaCy tags them.
SETTLEMENTS = frozenset({"city", "town", "village", "hamlet", "township", "district",
                         "province", "county", "municipality", "suburb", "neighbourhood",
                         "neighborhood", "commune", "governorate"})  # fmt: skip
# Where a bare surname stands as an argument of its clause.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos"})
# Sectors whose people do not take the article's home country when the text gives none.
STATELESS_SECTORS = frozenset({"IGO", "NGO"})
# How many words may stand between a party or country and a title ("Lib Dem home
# affairs spokesman", "BNP founding chairman").
TITLE_GAP = 3
# The title row of "counterpart" (titles.csv), whose office is the other person's.
COUNTERPART = "Counterpart"


# Words for one who speaks for a body, which a title names before them ("government
# spokesman", "army spokeswoman"): that body's voice, not an office posted abroad.
SPOKESPERSONS = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _voiced_body(match: LexMatch) -> str | None:
    """The body a spokesperson's title names ("police" in "the police spokesman"), or
    None for any other title."""
    words = match.key.split()
    return words[0] if len(words) == 2 and words[1] in SPOKESPERSONS else None


class PeoplePasses(Drafts):
    """Finds and codes the article's people."""

    def _person_tokens(self, ent: SpacySpan) -> tuple[int, int] | None:
        start, end = ent.start, ent.end
        while start < end and (
            self.doc[start].lower_ in HONORIFICS
            or self.match_at.get(start, NO_MATCH).category in {"title", "adjective"}
        ):
            start += 1
        while end > start and (self.doc[end - 1].tag_ == "POS" or self.doc[end - 1].is_punct):
            end -= 1
        if start >= end or not self.doc[start].is_title:
            return None
        return start, end

    def _people(self) -> None:
        for match in self.matches:
            # Known names first, whole, wherever the text writes them in capitals.
            if match.category == "person" and all(
                t.is_title or t.is_upper or not t.is_alpha
                for t in self.doc[match.start : match.end]
            ):
                self._add_person(match.start, match.end)
        lone: list[tuple[int, int]] = []
        for ent in self.doc.ents:
            if any(i in self.claimed for i in range(ent.start, ent.end)):
                continue
            before = self._match_ending_at(ent.start, {"title"})
            titled = ent.label_ == "ORG" and (
                (before is not None and self.lex.titles[before.key].kind == "person")
                or self._starts_with_person_title(ent)
            )
            if ent.label_ != "PERSON" and not (
                (ent.label_ == "ORG" and (titled or self._known_surname(ent)))
                or self._known_person(ent)
                or self._home_surname(ent)
            ):
                continue
            bounds = self._person_tokens(ent)
            if bounds is None:
                continue
            start, end = bounds
            if self._is_place(start, end) or self._body_named(start, end):
                continue
            if any(self.match_at.get(i, NO_MATCH).category in
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
        self._untagged_surnames()
        self._apposed_names()
        self._untagged_holders()

    def _untagged_holders(self) -> None:
        """A one-word proper noun (or a capitalised word spaCy tagged as a common noun, no
        English word: "Zelenskyy condemned") outside every entity that is the surname of
        the one known office-holder on the publication date, or of the one known person
        of the home country, where it is a clause's argument ("PARIS — Macron met the
        king", "talks with Sánchez"): that person."""
        if not len(self.doc):
            return
        # The candidates, picked from the parse's arrays: visiting every token costs more.
        strings = self.doc.vocab.strings
        table = self.doc.to_array([POS, ENT_IOB, DEP])
        # Names the tagger took for common nouns ("Zelenskyy said") are read too, when no
        # English word is so spelt.
        named = (table[:, 0] == PROPN) | (table[:, 0] == NOUN)
        bare = named & (table[:, 1] == 2)  # IOB 2: outside any entity
        argument = numpy.isin(table[:, 2], [strings[d] for d in ARGUMENT_DEPS])
        era = self._published_era()
        for index in numpy.nonzero(bare & argument)[0].tolist():
            token = self.doc[index]
            if token.i in self.claimed or not token.is_title:
                continue
            if token.pos_ == "NOUN" and (common_word(token.lower_) or common_word(token.lemma_)):
                continue  # "Price", "Law", "Talks": a word first, whoever bears it
            if any(c.pos_ == "PROPN" and c.dep_ != "conj" for c in token.children):
                continue  # one word of a longer name ("Modi and Putin" is two)
            if self.lex.country_of(token.text) is not None:
                continue
            if self._full_name(token.text, era) is not None:
                self._add_person(token.i, token.i + 1)

    def _apposed_names(self) -> None:
        """ "Another passenger, Allah Ditta, told VOA", "a local trader, Ama Owusu, said":
        a name of two to four capitalised proper nouns set in apposition to a noun for a
        person (a person's title, or the singular of a group of people) is a person's,
        whatever label the NER gave it (it often takes such names for places); not a name
        a lexicon knows as a body, a country or a title, nor one the places take."""
        if not len(self.doc):
            return
        appos = self.doc.vocab.strings["appos"]
        for index in numpy.nonzero(self.doc.to_array(DEP) == appos)[0].tolist():
            token = self.doc[index]
            if token.pos_ != "PROPN" or not self._person_noun(token.head):
                continue
            start, end = token.left_edge.i, token.i + 1
            words = self.doc[start:end]
            if not 2 <= len(words) <= 4 or not all(t.pos_ == "PROPN" and t.is_title for t in words):
                continue
            if any(i in self.claimed for i in range(start, end)):
                continue
            if any(self.match_at.get(i, NO_MATCH).category for i in range(start, end)):
                continue
            if self._is_place(start, end) or any(self.gazetteer.candidates(t.text) for t in words):
                continue  # "Kyiv Oblast", "Port Sudan": a place's name
            self._add_person(start, end)

    def _person_noun(self, noun: Token) -> bool:
        """A common noun for one person: a person's title ("spokesman"), or the singular
        of a group of people ("passenger" for "passengers")."""
        if noun.pos_ != "NOUN" or noun.tag_ != "NN":
            return False
        title = self.lex.titles.get(noun.lower_)
        if title is not None:
            return title.kind == "person"
        group = self.lex.titles.get(f"{noun.lower_}s")
        return group is not None and group.kind == "group"

    def _untagged_surnames(self) -> None:
        """The surname of a person the article names in full, where spaCy tagged no entity
        or another kind ("Trump later imposed tariffs", "Blinken urged", often at a
        sentence's start, which the small model tags as a place or nothing)."""
        named: dict[str, set[str]] = {}
        for d in self.drafts.values():
            if d.kind == "person" and len(d.name.split()) > 1:
                named.setdefault(d.name.split()[-1], set()).add(d.key)
        # A surname two people share ("Joe Biden", "Hunter Biden") names neither alone.
        surnames = {surname for surname, keys in named.items() if len(keys) == 1}
        if not surnames:
            return
        # The tokens written as one of them, picked from the parse's arrays.
        strings = self.doc.vocab.strings
        forms = self.doc.to_array(ORTH)
        written = numpy.isin(forms, [strings[surname] for surname in surnames])
        for index in numpy.nonzero(written)[0].tolist():
            token = self.doc[index]
            if token.i in self.claimed:
                continue
            if token.pos_ != "PROPN" and not _subject_at_start(token):
                continue
            if token.ent_type_ in {"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "EVENT"}:
                continue
            if self.lex.country_of(token.text) is not None:
                continue  # "Jordan", "Chad": a country before a surname
            nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN":
                continue  # part of a longer name ("Trump Tower", "Trump Jr")
            self._add_person(token.i, token.i + 1)

    def _place_country_before(self, start: int) -> str | None:
        """The country of the geocoded place that ends right before token ``start``."""
        if start == 0:
            return None
        before = self.doc[start - 1]
        if before.tag_ == "POS" and start > 1:
            before = self.doc[start - 2]
        placed = self._placed_country(before)
        if placed is not None:
            return placed
        if before.pos_ != "PROPN" or not before.is_title:
            return None
        # A name the place finder left: a first-level division of one country only,
        # named by the whole run of proper nouns ("Montreal East" is no "East" region).
        first = before.i
        while first > 0 and self.doc[first - 1].pos_ == "PROPN" and self.doc[first - 1].is_title:
            first -= 1
        name = self.doc[first : before.i + 1].text
        divisions = {c.country for c in self.gazetteer.candidates(name)
                     if c.feature == "admin1"}  # fmt: skip
        return divisions.pop() if len(divisions) == 1 else None

    def _body_named(self, start: int, end: int) -> bool:
        """ "the Solomon Star newspaper", "the Patriotic Front party": a name spaCy took for
        a person's, followed by the kind of body it names. Adds the body; True if so."""
        after = self.doc[end] if end < len(self.doc) else None
        if after is None or after.pos_ != "NOUN":
            return False
        sector = next((s for hints, s in ORG_HINTS if after.lower_ in hints), None)
        if sector is None:
            return False
        name = self.doc[start:end].text
        country, _, _ = self._modifier_before(start)
        draft = Draft(f"org:{name.lower()}", name, "organisation", country, sector)
        self._add(draft, start, end)
        return True

    def _introduced(self, start: int) -> bool:
        """A one-word name is a person's when an honorific or a title comes before it
        ("Mr Howard", "President Lula") or the people lexicon knows it; otherwise only
        when it is the surname of a person the article names in full or of a known one.
        spaCy also tags single capitalised words that are not people ("Kent house",
        "the ship Diligence", "Britishness")."""
        previous = self.doc[start - 1].lower_ if start > 0 else ""
        title = self._title_before(start)[0]
        return (
            previous in HONORIFICS
            or (title is not None and title.kind == "person")  # not "the ship Diligence"
            or key_of(self.doc[start].text) in self.lex.people
            or key_of(self.doc[start].text) in self.lex.periods
        )

    def _known_people(self) -> None:
        """Fill what the text left open from the dated people lexicon, then the home country
        for officials named with a domestic title only ("Defence Minister Richard Marles")."""
        # spaCy joins ``doc.text`` from every token anew on each access: once per article.
        text: str | None = self.text
        for draft in self.drafts.values():
            if draft.kind != "person":
                continue
            if text is None:
                text = self.doc.text
            if len(draft.name.split()) == 1 and key_of(draft.name) not in self.lex.periods:
                full = self._full_name(draft.name, self._published_era() or self.era)
                if full is not None:
                    draft.name = full  # "Mr Howard" alone is the well-known Howard
            known = self.lex.person(
                draft.name,
                self.published,
                text=text,
                home=self._home_country,
                era=self.era,
            )
            if known is not None:
                draft.country = draft.country or known.country
                draft.sector = draft.sector or known.sector
                draft.role = draft.role or known.role
            else:
                draft.country = draft.country or self.lex.nationality(draft.name)
                if (
                    draft.country is None
                    and " " not in draft.name
                    and self._heads_government(draft)
                ):
                    # "the Obama administration": the government a listed leader headed.
                    draft.country = self.lex.surname_country(draft.name)
                    if draft.country is not None:
                        draft.sector = draft.sector or "GOV"
            if draft.country is None and draft.titled and draft.role and " " not in draft.name:
                role = draft.role.removeprefix("Former ")
                draft.country = self.lex.office_country(draft.name, role)
            if draft.former and draft.sector is None:
                # Out of the office the text names, and no other office known: a civilian.
                draft.sector = "CVL"
            if (
                draft.country is None
                and (draft.role or draft.sector)
                and draft.sector not in STATELESS_SECTORS
            ):
                # A titled official, lawyer or union leader with no nationality given
                # belongs to the one country the sentence names before them ("Bolivia's
                # foreign ministry said President X ...", "In Caracas, Foreign Minister X
                # ..."), else to the country the article is about.
                local = self._sentence_country(draft)
                draft.country = local or self._home_country
                draft.country_how = "phrase" if local else self._home_how
            if draft.role is None and draft.sector is None and known is None:
                # A named person with no office in the text: a civilian of the home country.
                draft.sector = "CVL"
                if draft.country is None:
                    draft.country = self._home_country
                    draft.country_how = self._home_how

    def _heads_government(self, draft: Draft) -> bool:
        """Whether the person's name is written before a government noun ("the Obama
        administration", "the Assad regime"): the government they led, not the person."""
        doc = self.doc
        return any(
            end < len(doc) and doc[end].lemma_.lower() in GOVERNMENT_NOUNS
            for _, end in draft.tokens
        )

    def _sentence_country(self, draft: Draft) -> str | None:
        """The country the sentence of the person's first mention speaks for before
        naming them (:func:`_speaking_for`: its subject's state, owner or nationality, or
        the place it opens in), when the states, capitals and nationalities it so names
        are all of one country."""
        if not draft.tokens:
            return None
        start, _ = min(draft.tokens)
        found = {
            country
            for match, country in self._named_states(self.doc[start].sent.start, start)
            if _speaking_for(self.doc[match.end - 1])
        }
        return found.pop() if len(found) == 1 else None

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
        if start > 0 and self.match_at.get(start - 1, NO_MATCH).category == "title":
            return False
        key = key_of(self.doc[start:end].text)
        if key in self.lex.people or key in self.lex.periods:
            return False
        if self.doc[start:end].text.lower() in self.lex.capitals:
            return True  # "said La Paz would take the matter to the OAS": a seat of government
        before = start - 1 if start > 0 and self.doc[start - 1].lower_ != "the" else start - 2
        previous = self.doc[before].lower_ if before >= 0 else ""
        if previous == "of" and before > 0 and self.doc[before - 1].lemma_.lower() in SETTLEMENTS:
            return True
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

    def _home_surname(self, ent: SpacySpan) -> bool:
        """A one-word entity spaCy took for a body or a place that is the surname of the
        one known person of the article's home country, or of the one known office
        holder on the publication date ("Maduro blamed ...", "Zelenskyy said ..." in
        stories from Caracas and Kyiv: the small model often tags a surname that opens a
        sentence so)."""
        if len(ent) != 1 or ent.label_ not in {"ORG", "GPE", "NORP"}:
            return False
        token = ent[0]
        if token.pos_ != "PROPN" or not token.is_title or self.lex.country_of(token.text):
            return False
        return self._full_name(token.text, self._published_era()) is not None

    def _full_name(self, surname: str, era: Era | None) -> str | None:
        """The known person a surname alone names: the one of the home country (in the
        ``era``), else the one holder of a state office on the publication date."""
        full = self.lex.by_surname(surname, self._home_country, era)
        if full is None and self.published is not None:
            full = self.lex.holder_by_surname(surname, self.published)
        return full

    def _published_era(self) -> Era | None:
        """The publication day as an era, when the article has one."""
        if self.published is None:
            return None
        if self.published == dt.date.max:
            return Era(self.published, None)  # the calendar's last day: no day after it
        return Era(self.published, self.published + dt.timedelta(days=1))

    def _known_surname(self, ent: SpacySpan) -> bool:
        """Whether ``ent`` is a short form of a person already named ("Marcos" after
        "Ferdinand Marcos Jr.", "Li" after "Li Qiang")."""
        words = ent.text.split()
        return any(d.kind == "person" and _short_form(words, d.name) for d in self.drafts.values())

    def _add_person(self, start: int, end: int) -> None:
        name = self.doc[start:end].text
        words = name.split()
        title, title_start = self._title_before(start)
        country, org, mod_start = self._modifier_before(
            title_start if title else start, gap=TITLE_GAP if title else 0
        )
        if title is not None:
            country, org, mod_start = self._sent_by(
                country, org, mod_start, self.doc[start - 1].lower_
            )
        if title is None and country is None and self._unlisted_title(start - 1):
            # "US Treasury Secretary John Snow" (the lexicon has "US Treasury" and no
            # "Secretary" alone): the body before a capitalised title we do not list.
            found, body, found_start = self._modifier_before(start - 1)
            if found is not None or body is not None:
                country, org, mod_start = found, body, found_start
        if title is not None and country is None and org is None:
            # "Ontario Premier Doug Ford", "Texas Governor Greg Abbott": a province, state
            # or city before the title gives its country.
            country = self._place_country_before(title_start)
        former = title is not None and self._former_before(min(title_start, mod_start))
        if title is None or country is None:
            t2, c2, o2 = self._from_apposition(start, end)
            title, country, org = title or t2, country or c2, org or o2
        if title is None and org is None:
            org = self._affiliation_after(end)
            country = country or (org.country if org else None)
        if title is not None and title.role == COUNTERPART:
            title = self._counterpart_of(start) or title
        role = title.role if title else None
        standing = self._standing_before(mod_start) if org is not None else None
        draft = Draft(
            key=f"person:{name.lower()}",
            name=name,
            kind="person",
            country=country,
            sector=None if former else self._sector(title, org),
            role=f"Former {role}" if former and role else role,
            party=self._party(org),
            former=former,
            titled=title is not None,
            standing=standing,
        )
        # A shorter or longer form of a person already seen is the same person.
        for other in self.drafts.values():
            if other.kind != "person":
                continue
            other_words = other.name.split()
            if _short_form(words, other.name):
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

    def _counterpart_of(self, start: int) -> Title | None:
        """ "Kazakh Energy Minister X and his Uzbek counterpart, Y": a counterpart holds
        the office of the person named before (see ``_last_person_before``), in
        another country; None when that person has no office the text gives."""
        other = self._last_person_before(start)
        if other is None or other.role is None or other.former or other.sector is None:
            return None
        return Title(other.sector, "person", other.role)

    def _unlisted_title(self, i: int) -> bool:
        """A capitalised noun no lexicon lists, between a body and a name. An honorific
        is none: in "a deal with Tanzania Mr Brown said", Tanzania is not his country."""
        if i < 0:
            return False
        token = self.doc[i]
        return (
            token.is_title
            and token.lower_ not in HONORIFICS
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
            possessors = [c for c in head.children if c.dep_ == "poss"]
            owner_org: Entry | None = None
            for match in self.matches:
                # A title may run on into the head's own preposition ("Somalia's
                # minister for foreign affairs, X"); other names stay in the phrase.
                stop = head.right_edge.i if match.category == "title" else last
                if not (first <= match.start <= last and match.end <= stop + 1):
                    continue
                if start <= match.start < end:
                    continue
                if match.category == "title" and title is None and not _owner(match, self.doc):
                    title, title_at = self.lex.titles[match.key], match
                elif match.category in {"adjective", "country", "organisation"} and country is None:
                    country, org = self._affiliation(match)
                    if org is not None and any(_within(match, o) for o in possessors):
                        owner_org = org
            if title is not None and title_at is not None:
                # The appositive title names this person, not another one.
                self.claimed.update(range(title_at.start, title_at.end))
                if any(self.doc[i].lower_ in FORMER for i in range(first, title_at.start)):
                    # "Tedros, a former Ethiopian health minister": an office left, which
                    # says nothing of the one held now.
                    return None, None, None
                if country is None and org is None:
                    # "Greg Abbott, the Texas governor", "Doug Ford, Ontario's provincial
                    # leader": a province, state or city before the title or owning it
                    # gives its country.
                    owners = [title_at.start, *(c.i + 1 for c in head.children if c.dep_ == "poss")]
                    country = next(
                        (found for i in owners if (found := self._place_country_before(i))), None
                    )
                if country is None and org is None:
                    country, org = self._body_of(head)
                return title, country, org
            if owner_org is not None and head.pos_ == "NOUN":
                # "The World Bank's mission chief, Ana Ferreira": a role the lexicon does
                # not list, which the body owning it gives its sector and country.
                return None, owner_org.country, owner_org
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
                    if self._describes_thing(match):
                        continue  # "an adviser for EU enlargement": the phrase is no body
                    found, org = self._affiliation(match)
                    if org is not None:
                        return found, org
                    country = country or found
                elif match.category == "title" and self.lex.titles[match.key].kind != "person":
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

    def _describes_thing(self, match: LexMatch) -> bool:
        """A name that only describes a noun no lexicon codes ("EU enlargement", "Kenyan
        tea"), rather than naming the body a phrase is about."""
        last = self.doc[match.end - 1]
        head = last.head
        if last.dep_ not in {"compound", "amod"} or head.i < match.end or head.ent_type_:
            return False  # "the American Farm Bureau": a name, whatever the lexicons know
        return head.i not in self.match_at and not any(head.lower_ in w for w, _ in ORG_HINTS)

    def _titled_without_name(self) -> None:
        """ "the defense minister" -> the person with that role; "Turkey's foreign minister"."""
        for match in self.matches:
            if match.category != "title" or match.start in self.claimed:
                continue
            title = self.lex.titles[match.key]
            if title.kind != "person":
                continue
            if self._describes_name(match):
                continue
            if self.doc[match.end - 1].pos_ == "ADJ":
                continue  # "North Korea's official news agency"
            country, org, mod_start = self._modifier_before(match.start)
            country, org, mod_start = self._sent_by(
                country, org, mod_start, self.doc[match.end - 1].lower_
            )
            if country is None and org is None and _seated(title):
                # "a judge in Caracas", "an official in Kabul": where the office sits.
                country = self._seat(self.doc[match.end - 1])
            previous = self._latest_person(title.role, before=match.start)
            if previous is not None and (country is None or country == previous.country):
                previous.titled = True
                self._add(previous, mod_start, match.end)
            elif country is None and (holder := self._holder_named(title.role, match)) is not None:
                # "Finance Minister Ana Soto met the unions. The minister said ...": the one
                # person of the home country named before with an office of that head word.
                self._add(holder, mod_start, match.end)
            elif (
                country is None
                and (body := _voiced_body(match)) is not None
                and self._home_office(match, title.sector, org)
            ):
                # "a government spokesman said": the body speaks, coded as the body itself
                # (the same actor as "the government" elsewhere in the story).
                draft = Draft(
                    key=f"group:{self._home_country}:{title.sector}:{body}",
                    name=body,
                    kind="group",
                    country=self._home_country,
                    sector=title.sector,
                    country_how=self._home_how,
                )
                self._add(draft, mod_start, match.end)
            elif country is not None or self._home_office(match, title.sector, org):
                how = None if country is not None else self._home_how
                country = country or self._home_country
                name = self.doc[mod_start : match.end].text
                draft = Draft(
                    key=f"title:{country}:{title.role}",
                    name=name,
                    kind="person",
                    country=country,
                    sector=self._sector(title, org),
                    role=title.role,
                    country_how=how,
                )
                self._add(draft, mod_start, match.end)

    def _posted_abroad(self, match: LexMatch) -> bool:
        """An office that serves abroad ("the ambassador", "an envoy"): where it sits is
        not whose it is ("the ambassador in Washington")."""
        return self.doc[match.end - 1].lower_ in POSTED_ABROAD

    def _seat(self, head: Token) -> str | None:
        """The country of a place in an "in" phrase on ``head`` ("the Constitutional Court
        in Lusaka", "a judge in Caracas"; ``agents.place_objects``)."""
        for place in place_objects(head, IN):
            country = self._country_of_token(place)
            if country is not None:
                return country
        return None

    def _holder_named(self, role: str | None, match: LexMatch) -> Draft | None:
        """For a one-word office, the only person of the home country named before
        ``match`` whose office ends in that word ("Interior Minister" for "the minister");
        None when none or several."""
        if role is None or self._home_country is None or len(role.split()) > 1:
            return None  # "the prime minister" is no defence minister named before
        head = role.lower()
        holders = [
            d
            for d in self.drafts.values()
            if d.kind == "person"
            and d.role is not None
            and not d.key.startswith("title:")
            and d.role.lower().split()[-1] == head
            and d.country == self._home_country
            and any(start < match.start for start, _ in d.tokens)
        ]
        return holders[0] if len(holders) == 1 else None

    def _home_office(self, match: LexMatch, sector: str | None, org: Entry | None) -> bool:
        """ "The interior minister said ...", "the mayor urged ...": a state office held by
        no one named, in a story with a home country, is that country's office."""
        if self._home_country is None or org is not None or sector not in HOME_OFFICE_SECTORS:
            return False
        voice = _voiced_body(match) is not None
        if self._posted_abroad(match) and not voice:
            return False
        if match.end < len(self.doc) and self._owner_phrase(self.doc[match.end]):
            # "the prime minister of India": the phrase names whose office; not a gerund's
            # phrase, which the verb governs ("accused the president of lying", "praised
            # the minister for acting fast").
            after = self.doc[match.end + 1] if match.end + 1 < len(self.doc) else None
            if after is None or after.tag_ != "VBG":
                return False
        first = self.doc[match.start]
        determiner = self.doc[match.start - 1] if match.start > 0 else None
        # "a government spokesman": one of the home government's voices.
        articles = {"the", "a", "an"} if voice else {"the"}
        return first.lower_ in articles or (
            determiner is not None and determiner.lower_ in articles
        )

    def _owner_phrase(self, word: Token) -> bool:
        """A phrase after an office that may name whose it is: "of" or "for" ("the minister
        for trade"), or "at" a body ("the director at the central bank"); not "at" a time
        or a place ("the opposition leader at dawn", "the minister at a briefing")."""
        if word.lower_ in {"of", "for"}:
            return True
        return word.lower_ == "at" and any(
            o.dep_ == "pobj" and (o.ent_type_ == "ORG" or o.i in self.match_at)
            for o in word.children
        )

    def _latest_person(self, role: str | None, *, before: int) -> Draft | None:
        best: tuple[int, Draft] | None = None
        for draft in self.drafts.values():
            if draft.kind != "person" or role is None or draft.role is None:
                continue
            if not self.lex.same_office(draft.role, role):
                continue
            seen = [s for s, _ in draft.tokens if s < before]
            if seen and (best is None or max(seen) > best[0]):
                best = (max(seen), draft)
        return best[1] if best else None

    def _pronouns(self) -> None:
        """A sentence-initial "he"/"she" subject refers to the last person named before it.
        (The pronouns are picked from the parse's arrays: visiting every token costs more.)"""
        doc = self.doc
        if not len(doc):
            return
        strings = doc.vocab.strings
        table = doc.to_array([LOWER, DEP])
        pronouns = numpy.isin(table[:, 0], [strings[w] for w in PRONOUNS])
        subjects = numpy.isin(table[:, 1], [strings[d] for d in ("nsubj", "nsubjpass")])
        for index in numpy.nonzero(pronouns & subjects)[0].tolist():
            person = self._last_person_before(index)
            if person is not None:
                self._add(person, index, index + 1)
        objects = numpy.isin(table[:, 0], [strings[w] for w in OBJECT_PRONOUNS])
        objects &= numpy.isin(table[:, 1], [strings[d] for d in OBJECT_DEPS])
        for index in numpy.nonzero(objects)[0].tolist():
            # "The minister attacked him": not the clause's own subject, whom a reflexive
            # would name ("attacked himself").
            subject = self._draft_at(_local_subject(doc[index]))
            person = self._last_person_before(index, besides=subject)
            if person is not None:
                self._add(person, index, index + 1)

    def _draft_at(self, token: Token | None) -> Draft | None:
        """The draft one of whose mentions holds ``token``."""
        if token is None:
            return None
        for draft in self.drafts.values():
            if any(start <= token.i < end for start, end in draft.tokens):
                return draft
        return None

    def _last_person_before(self, index: int, besides: Draft | None = None) -> Draft | None:
        """The person most recently the subject of a clause, by name, by a pronoun
        already resolved or as the owner of a speaker ("Netanyahu's office said");
        else the one most recently named as another possessor ("Hassett emphasised ...
        He said Trump's tariffs ... 'We launched a drug war,' he said": Hassett, not
        Trump); else the last named (other than ``besides``)."""
        best: tuple[int, int, Draft] | None = None
        for draft in self.drafts.values():
            if draft.kind != "person" or draft is besides:
                continue
            for start, end in draft.tokens:
                if start >= index:
                    continue
                root = self.doc[start:end].root
                owner = (
                    root.dep_ == "poss"
                    and root.head.dep_ in SUBJECT_DEPS
                    and root.head.head.lemma_.lower() in SAYING
                )
                if root.dep_ in SUBJECT_DEPS or (owner and root.lower_ not in PRONOUNS):
                    salience = 2
                elif root.dep_ == "poss" and root.lower_ not in PRONOUNS:
                    salience = 1
                else:
                    salience = 0
                rank = (salience, start, draft)
                if best is None or (rank[0], rank[1]) > (best[0], best[1]):
                    best = rank
        return best[2] if best else None


def _speaking_for(word: Token) -> bool:
    """Whether a country's word stands where it says whose side the sentence tells: a
    subject or its owner or nationality ("Bolivia said", "Bolivia's foreign ministry",
    "the Bolivian government said"), or a place the clause opens in ("In Caracas, ...");
    not another party ("talks with Iran", "sanctions on Venezuela", "Russian strikes")."""
    if word.dep_ == "pobj":
        return word.head.lower_ == "in"
    if word.dep_ in {"poss", "amod", "compound"}:
        word = word.head
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head  # "Bolivia and Chile said": each is a subject
    return word.dep_ in {"nsubj", "nsubjpass"} and word.pos_ in {"NOUN", "PROPN"}


def _local_subject(pronoun: Token) -> Token | None:
    """The subject of the clause an object pronoun sits in: its verb's (through a
    preposition), or, for a participle or infinitive with none of its own, the subject
    of the clause it hangs on ("attacked X, accusing him of ...")."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or verb.dep_ not in {"advcl", "xcomp", "conj"}:
            return subject
        verb = verb.head
    return None


def _within(match: LexMatch, owner: Token) -> bool:
    """Whether ``match`` lies inside the phrase of the possessor ``owner``."""
    return owner.left_edge.i <= match.start and match.end <= owner.right_edge.i + 1


def _phrase(head: Token) -> tuple[int, int]:
    """The token range of a noun phrase without its coordinated, clausal or prepositional parts."""
    skip = {"conj", "cc", "appos", "punct", "relcl", "acl", "prep"}
    own = [c for c in head.children if c.dep_ not in skip]
    first = min([head.i, *(c.left_edge.i for c in own)])
    last = max([head.i, *(c.right_edge.i for c in own)])
    return first, last


def _short_form(words: list[str], name: str) -> bool:
    """Whether ``words`` begin or end ``name`` without its generational suffix: a
    surname ("Marcos" of "Ferdinand Marcos Jr."), or a family name written first ("Li"
    of "Li Qiang")."""
    full = name.split()
    while full and full[-1].lower() in NAME_SUFFIXES:
        full.pop()
    return bool(words) and (words == full[: len(words)] or words == full[-len(words) :])


def _subject_at_start(token: Token) -> bool:
    """A capitalised word opening its sentence as the subject, which the tagger often
    takes for a common noun when it is a surname ("Safadi urged Israel to ...")."""
    return (
        bool(token.is_sent_start) and token.pos_ == "NOUN" and token.dep_ in {"nsubj", "nsubjpass"}
    )


def _owner(match: LexMatch, doc: Doc) -> bool:
    """ "a women's rights activist": a group noun that owns the words after it is no title."""
    return match.end < len(doc) and doc[match.end].tag_ == "POS"


def _seated(title: Title) -> bool:
    """An office held where its "in" phrase places it: a court's ("a judge in Caracas",
    "the prosecutor in Izmir") or an unnamed official's ("an official in Kabul"). Ministers
    and leaders travel ("the foreign minister in Brussels"), and envoys serve abroad."""
    return title.sector == "JUD" or title.role in SEATED_ROLES
