"""The passes that find bodies and collectives: named organisations and metonyms
("the Pentagon"), groups a title and a nationality describe ("Israeli troops"), states,
and organisations spaCy finds that no lexicon lists."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.actors.acronyms import AcronymPass
from eventwire.actors.agents import OWNERSHIP, STATE_BODY_SECTORS, definite, one_undergoer
from eventwire.actors.described import DescribedBodies
from eventwire.actors.drafts import HONORIFICS, ORG_HINTS, Draft
from eventwire.actors.matcher import LexMatch
from eventwire.actors.people import PeoplePasses
from eventwire.records import ActorKind, CountryHow

NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss"})
# Collective nouns that, unqualified ("the government"), mean the article's home country.
HOME_GROUPS = frozenset({"government", "authorities", "administration", "cabinet", "parliament",
                         "police", "army", "military", "ministry", "opposition"})  # fmt: skip
# Prepositions that put something inside an area: a metonym after them is the place.
INSIDE_PREPOSITIONS = frozenset({"in", "inside", "near", "outside", "around", "across"})


class BodyPasses(PeoplePasses, DescribedBodies, AcronymPass):
    """Finds and codes the article's organisations, groups and states."""

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
            if match.category != "person" and self._inside_other_name(match):
                continue
            country = entry.country
            if entry.kind == "organisation" and entry.sector in STATE_BODY_SECTORS and country:
                # Stated nationality wins over the lexicon's: "South Korea's Joint Chiefs of
                # Staff" is Seoul's, whatever state the bare name usually belongs to.
                stated, body, _ = self._modifier_before(match.start)
                if stated is not None and body is None and stated != "IGO":
                    country = stated
            key = f"{entry.kind}:{entry.name.lower()}"
            if country is not None and country != entry.country:
                key = f"{key}:{country.lower()}"
            draft = Draft(key, entry.name, entry.kind, country, entry.sector, entry.role)
            draft.party = self._party(entry)
            draft.standing = self._standing_before(match.start)
            self._add(draft, match.start, match.end)

    def _collective_sector(self, start: int, end: int) -> str | None:
        """The sector of the longest collective title ("defense ministry", "coast guard")
        that ends the name in tokens ``start``..``end`` (its head noun), or None."""
        found = [m for m in self.matches
                 if start <= m.start and m.end == end and self._collective(m)]  # fmt: skip
        if not found:
            return None
        best = max(found, key=lambda m: (m.end - m.start, -m.start))
        return self.lex.titles[best.key].sector

    def _inside_other_name(self, match: LexMatch) -> bool:
        """A known body's name that is only a word of a longer name spaCy reads as one
        organisation: "the Nigeria Labour Congress" is neither Britain's Labour Party nor
        the U.S. Congress, "the All Progressives Congress" no parliament. So when the
        longer name holds another known body's name that does not open it, or capitalised
        words before this one that are no nationality, country, title or opening body, or
        a word of another country. A body that opens the longer name owns it ("the U.N.
        Security Council", "European Union Naval Force"), and its own nationality may come
        first ("the U.S. Congress")."""
        ent = next((e for e in self.doc.ents
                    if e.label_ == "ORG" and e.start <= match.start and match.end <= e.end),
                   None)  # fmt: skip
        if ent is None or (ent.start, ent.end) == (match.start, match.end):
            return False
        qualifiers = {"adjective", "country", "capital", "title"}
        opener = ent.start
        while opener < ent.end and (
            self.doc[opener].pos_ == "DET" or self._category_at(opener) in qualifiers
        ):
            opener += 1
        bodies = {m.start: m for i in range(ent.start, ent.end)
                  if (m := self.match_at.get(i)) is not None
                  and m.category in {"organisation", "metonym"}}  # fmt: skip
        if any(start not in {match.start, opener} for start in bodies):
            return True  # another body's name inside, not at the head
        entry = self._entry(match)
        own = entry.country if entry is not None else None
        for i in range(ent.start, ent.end):
            other = self.match_at.get(i)
            if other is None or other.start != i or other.start == match.start:
                continue
            country, _ = self._affiliation(other)
            if own is not None and country is not None and country != own:
                return True  # "the Nigeria Labour Congress": no body of the U.S. or Britain
        if match.start == opener:
            return False
        opening = bodies.get(opener)
        for token in self.doc[opener : match.start]:
            if opening is not None and token.i < opening.end:
                continue
            if token.is_title or (token.is_upper and token.is_alpha):
                return True
        return False

    def _category_at(self, i: int) -> str | None:
        match = self.match_at.get(i)
        return match.category if match is not None else None

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
            if match.category == "title" and not self._modifies_body(match):
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
                draft = Draft(f"capital:{iso3}", self.doc[match.start : match.end].text,
                               "state", iso3, "GOV")  # fmt: skip
                self._add(draft, match.start, match.end)

    def _not_a_body(self, ent: SpacySpan) -> bool:
        """An ORG entity that is only a nationality or place word ("Gibraltarians"), or
        that runs over an honorific into a name ("Tanzania Mr Brown")."""
        match = self.match_at.get(ent.start)
        whole = match is not None and match.start == ent.start and match.end == ent.end
        if whole and match is not None and match.category in {"adjective", "country", "capital"}:
            return True
        return any(t.lower_ in HONORIFICS for t in ent[1:])

    def _modifies_body(self, match: LexMatch) -> bool:
        """ "the opposition MDC", "government troops" aside: a collective noun right before
        a named body describes that body."""
        after = self.match_at.get(match.end)
        return after is not None and after.category in {"organisation", "metonym"}

    def _nationality(self, match: LexMatch) -> None:
        """ "the American agreement" stands for the state; "Georgians" (a noun) for its people."""
        iso3 = self.lex.adjectives.get(match.key)
        token = self.doc[match.end - 1]
        if iso3 is None:
            return
        if self._hyphenated(match) and not self._owner(match):
            # "anti-French protests", "Israeli-Egyptian cooperation": part of a word.
            return
        if token.dep_ in {"amod", "compound"} or self._owner(match):
            self._state(iso3, match.start, match.end)
        elif token.pos_ in {"NOUN", "PROPN"} and token.dep_ in NOUN_ROLES:
            name = self.doc[match.start : match.end].text
            self._add(Draft(f"people:{iso3}", name, "group", iso3), match.start, match.end)

    def _owner(self, match: LexMatch) -> bool:
        """ "a Greek-flagged tanker": the nationality owns what the hyphened word describes."""
        after = match.end + 1
        return (
            after < len(self.doc)
            and self.doc[match.end].text == "-"
            and self.doc[after].lower_ in OWNERSHIP
            and self.doc[after].dep_ == "amod"
        )

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
        if title.kind == "person" and self._describes_name(match):
            return
        # Up to two plain words between a nationality or owner and a group ("French rail
        # workers", "Malawi's main opposition party", "Russian defence firms"), and one
        # adjective before an office ("Kenya's new president").
        if title.kind != "person":
            gap = 2
        else:
            gap = 1 if match.start > 0 and self.doc[match.start - 1].pos_ == "ADJ" else 0
        country, org, start = self._modifier_before(match.start, gap=gap)
        end = match.end
        if country is None and org is None and title.kind == "person":
            country, end = self._country_after(match)  # "the prime minister of India"
            if country is None:
                country, org = self._body_of(self.doc[match.end - 1])  # "a spokesman for X"
            holder = self._earlier_holder(match) if country is None and org is None else None
            if holder is not None:
                # "U.S. special envoy Ana Ruiz ... asked the envoy to": the person before.
                self._add(holder, match.start, match.end)
                return
        how: CountryHow | None = None
        one = title.kind == "person" and one_undergoer(self.doc[match.end - 1])
        if country is None and org is None and (title.kind != "person" or one):
            # "police", "the junta", "gunmen": an unnamed agent the text places.
            if self._hyphenated(match):
                return  # "anti-government": part of a word
            country, how = self._agent_country(match, title.sector, one=one)
        if country is None and org is None:
            if match.key not in HOME_GROUPS or self._home_country is None:
                return
            if start > 0 and self.doc[start - 1].lower_ != "the":
                return
            country, how = self._home_country, self._home_how
        if how is not None:
            start = self._own_name_start(match, start)
        name = self.doc[start:end].text
        # A group noun is a group; a body's office noun ("the foreign ministry") is an
        # organisation, placed as a group is.
        kind: ActorKind = title.kind if title.kind in {"group", "organisation"} else "person"
        if one and how is not None:
            kind = "group"  # one person of a kind, no one the text names
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
            body = Draft(f"{org.kind}:{org.name.lower()}", org.name, org.kind, org.country,
                          org.sector, org.role, party=party)  # fmt: skip
            self._add(body, start, match.end)
            return
        draft = Draft(f"group:{country}:{sector}:{title.role or match.key}", name, kind,
                       country, sector, title.role, party=party, country_how=how)  # fmt: skip
        if any(i in self.claimed for i in range(start, match.start)):
            self._absorb(start, match.start)  # "Peru's biggest miners' union"
        self._add(draft, start, end)

    def _earlier_holder(self, match: LexMatch) -> Draft | None:
        """The person named before ``match`` whose role ends in the title's words ("the
        envoy" after "special envoy Ana Ruiz", "the minister" after "Foreign Minister Li
        Wei", not "the prime minister" after a defence minister): the last one, if
        ``match`` is a definite mention of a title."""
        if not definite(self.doc[match.end - 1]):
            return None
        words = match.key.split()
        found: tuple[int, Draft] | None = None
        for draft in self.drafts.values():
            role = (draft.role or "").lower().split()
            if draft.kind != "person" or role[-len(words) :] != words:
                continue
            first = min(s for s, _ in draft.tokens)
            if first < match.start and (found is None or first > found[0]):
                found = (first, draft)
        return None if found is None else found[1]

    def _country_after(self, match: LexMatch) -> tuple[str | None, int]:
        """ "the prime minister of India", "the emir of Qatar": the country an office's
        "of" phrase names, and the end of the phrase (the whole is the office-holder). A
        town or province the phrase names gives its country ("the mayor of Istanbul", "the
        governor of Sindh")."""
        i = match.end
        if i >= len(self.doc) or self.doc[i].lower_ != "of":
            return None, match.end
        j = i + 2 if i + 1 < len(self.doc) and self.doc[i + 1].lower_ == "the" else i + 1
        country = self.match_at.get(j)
        if country is None or country.start != j or country.category != "country":
            return self._place_after(self.doc[i], match.end)
        iso3, _ = self._affiliation(country)
        return (iso3, country.end) if iso3 else (None, match.end)

    def _place_after(self, of: Token, end: int) -> tuple[str | None, int]:
        """The country of the geocoded place an office's "of" phrase names, and the end
        of the place's name."""
        obj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if obj is None:
            return None, end
        # The name itself, or the name before a place noun ("Sindh province").
        names = [obj] if obj.pos_ == "PROPN" else [
            c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"
        ]  # fmt: skip
        read = [self.match_at.get(n.i) for n in names]
        if not names or any(m is not None and m.category != "capital" for m in read):
            return None, end  # no name, or one the lexicons read as something else
        if any(n.ent_type_ in {"ORG", "FAC"} for n in names):
            return None, end  # "the president of Tehran University", "of Real Madrid"
        place = self._place_of(names[-1])
        if place is None or place.feature == "country":
            return None, end
        return place.country, obj.i + 1

    def _own_name_start(self, match: LexMatch, start: int) -> int:
        """Where a placed agent's name starts: at a proper name no lexicon knows that
        modifies the title, which is the group's own name ("the Los Lobos gang", "the
        Gran Grif gang"), else at ``start``."""
        head = self.doc[match.end - 1]
        names = [c.left_edge.i for c in head.children
                 if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < start]  # fmt: skip
        return min([start, *names])

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
            if self._not_a_body(ent):
                continue
            start = ent.start + (1 if ent[0].lower_ == "the" else 0)
            # "the Allied Democratic Forces (ADF": the name stops at a bracket.
            end = next((t.i for t in ent if t.text == "("), ent.end)
            if end <= start:
                continue
            ent = self.doc[ent.start : end]
            words = {t.lower_.strip(".") for t in ent}
            sector = next((s for hints, s in ORG_HINTS if words & hints), None)
            if sector is not None:
                # The body noun the titles lexicon codes refines the word hint: "the Defense
                # Ministry" is MIL as "defense ministry" is, not GOV as any other ministry.
                sector = self._collective_sector(start, ent.end) or sector
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
            draft = Draft(f"org:{name.lower()}", name, "organisation", country, sector)
            draft.standing = self._standing_before(start)
            self._add(draft, start, ent.end)
