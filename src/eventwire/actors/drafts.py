"""What the actor passes share while they read one article: the actors being built
(drafts), the lexicon matches by token, and the lookups every pass makes (a title or an
affiliation before a word, the sector a title and a body give together)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventwire.actors.lexicon import ActorLexicon, Entry, Era, Title
from eventwire.actors.matcher import LexMatch, matcher_for
from eventwire.geo import Gazetteer
from eventwire.geo.features import inside_foreign_name, inside_water_name
from eventwire.geo.names import name_key
from eventwire.geo.sources import region_names
from eventwire.records import ActorKind, CountryHow, Place, Span

HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame",
                        "lord", "lady", "madam", "mister", "prof", "prof."})  # fmt: skip
# Words before a title that say the office is no longer held ("former defence secretary").
FORMER = frozenset({"former", "ex", "ex-"})
SKIPPABLE_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
# Sectors an organisation lends to a generic title ("Hamas leader", "UN envoy").
ORG_SECTORS = frozenset({"IGO", "REB", "POL", "OPP", "MED", "NGO", "BUS", "CVL", "LAB", "REL"})
# Words before a party that give its standing, whatever the lexicons know of it.
STANDING_WORDS = {"ruling": "GOV", "governing": "GOV", "opposition": "OPP"}
ORG_HINTS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"ministry", "government", "cabinet", "department", "office", "police"}), "GOV"),
    (frozenset({"army", "force", "forces", "military", "navy", "brigade", "corps", "guard"}),
     "MIL"),
    (frozenset({"party", "front", "movement", "alliance"}), "POL"),
    (frozenset({"labour", "labor", "workers", "unions", "trade"}), "LAB"),
    (frozenset({"court", "tribunal"}), "JUD"),
    (frozenset({"parliament", "assembly", "congress", "senate", "council"}), "LEG"),
    (frozenset({"bank", "corp", "corporation", "inc", "ltd", "company", "airlines"}), "BUS"),
    (frozenset({"news", "tv", "television", "radio", "times", "post", "channel", "agency",
                "newspaper", "magazine", "broadcaster", "daily", "tabloid"}), "MED"),
    (frozenset({"union", "federation", "association"}), "CVL"),
    (frozenset({"university", "college", "institute"}), "EDU"),
)  # fmt: skip
NO_MATCH = LexMatch(0, 0, "", "")
# Countries an unnamed agent is never given: bodies above the states.
NOT_A_HOME = frozenset({"IGO"})
# The last words of offices a state sends to a body of states ("ambassador", "envoy").
ENVOY_WORDS = frozenset({"ambassador", "envoy", "representative", "delegate", "emissary",
                         "negotiator", "diplomat"})  # fmt: skip


@dataclass(slots=True)
class Draft:
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
    standing: str | None = None  # GOV or OPP when the text calls a party ruling or opposition
    country_how: CountryHow | None = None  # how an inferred country was found (records.Actor)


class Drafts:
    """One article's actors in the making, and the lookups the passes share."""

    def __init__(
        self,
        doc: Doc,
        lex: ActorLexicon,
        home: str | None = None,
        published: dt.date | None = None,
        places: tuple[Place, ...] = (),
        text: str | None = None,
        dateline: Span | None = None,
    ) -> None:
        self.doc = doc
        self.dateline = dateline
        # How often the text outside the dateline names each country (set with the home).
        self._home_counts: dict[str, int] = {}
        # ``doc.text``, when the caller has it: spaCy joins it from every token on each access.
        self.text = text
        self.published = published
        self.home = home
        self.places = places
        self._home_country: str | None = home
        self._home_how: CountryHow | None = "dateline" if home else None
        self.lex = lex
        self.gazetteer = Gazetteer.default()
        # Tokens of a region's name ending in a country's word ("Latin American"): what
        # they qualify belongs to no one state (see ``_ends_region``).
        self.region_words: set[int] = set()
        self.matches = [m for m in matcher_for(lex)(doc) if not self._in_place_name(m)]
        self.match_at: dict[int, LexMatch] = {}
        for match in self.matches:
            for i in range(match.start, match.end):
                self.match_at[i] = match
        self.drafts: dict[str, Draft] = {}
        self.claimed: set[int] = set()
        self.era: Era | None = None

    def _in_place_name(self, match: LexMatch) -> bool:
        """A country or nationality word that is part of the longer name of a sea, a gulf, a
        river or another body of water ("the South China Sea", "the Gulf of Mexico", "the
        Indian Ocean"), or of a place of another country ("the Niger Delta"): a place's
        name, no state. (A capital's name is checked against bodies of water only.)"""
        if match.category not in {"country", "adjective", "capital"}:
            return False
        last = self.doc[match.end - 1]
        start, end = self.doc[match.start].idx, last.idx + len(last)
        if inside_water_name(self.places, start, end):
            return True
        # "the Niger Delta": a region of another country whose name holds this one's.
        country = self.lex.country_of(self.doc[match.start : match.end].text)
        if country is None:
            return False
        return inside_foreign_name(self.places, start, end, country) or self._ends_region(
            match, country
        )

    def _ends_region(self, match: LexMatch, country: str) -> bool:
        """A country's word that ends, after the word before it, the name of a region held
        by no one country, itself or in its adjective ("Latin America", "South American
        leaders", "Central American migrants"): the region, not the state."""
        if match.start == 0:
            return False
        before = name_key(self.doc[match.start - 1].text)
        if not before.isalpha():
            return False
        if not any(
            key.startswith(before + " ") and self.lex.country_of(key[len(before) + 1 :]) == country
            for key in region_names()
        ):
            return False
        self.region_words.update(range(match.start - 1, match.end))
        return True

    def region_before(self, start: int) -> bool:
        """Whether a region's name ending in a country's word ("Latin American") stands
        right before token ``start`` or one word before it ("Latin American leaders",
        "South American farm ministers"): what follows is of the region, no one state."""
        return any(i in self.region_words for i in (start - 1, start - 2))

    def _add(self, draft: Draft, start: int, end: int) -> Draft:
        existing = self.drafts.get(draft.key)
        if existing is None:
            self.drafts[draft.key] = draft
            existing = draft
        else:
            if existing.country is None and draft.country is not None:
                existing.country_how = draft.country_how
            existing.country = existing.country or draft.country
            existing.sector = existing.sector or draft.sector
            existing.role = existing.role or draft.role
            existing.party = existing.party or draft.party
            existing.titled = existing.titled or draft.titled
            existing.standing = existing.standing or draft.standing
        existing.tokens.append((start, end))
        self.claimed.update(range(start, end))
        return existing

    def _absorb(self, start: int, end: int) -> None:
        """Drop the group mentions that lie inside tokens ``start``..``end``, which a
        longer phrase now names ("Peru's biggest miners" inside "Peru's biggest miners'
        union"), and any group left with none. A named body inside stays ("the Kremlin"
        in "the Kremlin's war machine")."""
        for key, draft in list(self.drafts.items()):
            if draft.kind != "group" and not key.startswith("group:"):
                continue  # a named body, a person or a state (a ministry is a group's row)
            draft.tokens = [(s, e) for s, e in draft.tokens if not start <= s < e <= end]
            if not draft.tokens:
                del self.drafts[key]

    def _country_of_token(self, token: Token) -> str | None:
        """The country a place-naming token stands for: a country, nationality or capital
        the lexicons know ("in Syria", "on Afghan soil"), else the geocoded place it is
        part of."""
        for t in [token, *(c for c in token.children if c.dep_ in {"compound", "amod"})]:
            match = self.match_at.get(t.i)
            if match is not None and match.category in {"country", "adjective", "capital"}:
                country, _ = self._affiliation(match)
                if country is not None and country not in NOT_A_HOME:
                    return country
            placed = self._placed_country(t)
            if placed is not None:
                return placed
        return None

    def _placed_country(self, token: Token) -> str | None:
        """The country of the geocoded place the token is part of, if any."""
        place = self._place_of(token)
        return place.country if place is not None else None

    def _place_of(self, token: Token) -> Place | None:
        """The geocoded place with a country that the token is part of, if any."""
        for place in self.places:
            if place.country and place.span.start <= token.idx < place.span.end:
                return place
        return None

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

    def _named_states(self, start: int, end: int) -> Iterator[tuple[LexMatch, str]]:
        """The country, capital and nationality matches that open in tokens ``start`` to
        ``end``, in text order, each with the state it names (bodies above the states,
        IGO, left out)."""
        for i in range(start, end):
            match = self.match_at.get(i)
            if match is None or match.start != i:
                continue
            if match.category not in {"country", "capital", "adjective"}:
                continue
            country, _ = self._affiliation(match)
            if country is not None and country != "IGO":
                yield match, country

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
            match = self._match_ending_at(
                stop, {"adjective", "country", "organisation", "metonym", "capital"}
            )
            if match is not None:
                country, org = self._affiliation(match)
                return country, org, match.start
            if end == 0:
                break
            if self._plural_owner(end - 1):
                end -= 2  # "Peru's main miners' union": whose the group is, one word
                continue
            if not self._skippable(self.doc[end - 1]):
                break
            end -= 1
        return None, None, start

    def _sent_by(
        self, country: str | None, org: Entry | None, start: int, title_word: str
    ) -> tuple[str | None, Entry | None, int]:
        """A state's envoy to a body of states ("Russia's U.N. ambassador", "the Iranian
        UN envoy", "Japan's IAEA representative"): the state named before the body sent
        them, so they are its officials, not the body's. Other offices of such a body
        stay the body's ("Britain's EU commissioner")."""
        if org is None or org.country != "IGO" or title_word not in ENVOY_WORDS:
            return country, org, start
        found, body, found_start = self._modifier_before(start)
        if found is None or found == "IGO" or body is not None:
            return country, org, start
        return found, None, found_start

    def _plural_owner(self, i: int) -> bool:
        """Token ``i`` closes a plain plural possessive ("miners'", "teachers'")."""
        return (
            i >= 1
            and self.doc[i].tag_ == "POS"
            and self.doc[i - 1].tag_ == "NNS"
            and self._skippable(self.doc[i - 1])
        )

    def _skippable(self, token: Token) -> bool:
        """A plain word that may qualify a title without naming anyone ("home affairs",
        "foreign ministry" in "Chinese foreign ministry spokesman"). It must modify a word
        after it: "Xinhua quoted President Xi" crosses a verb, not a qualifier."""
        match = self.match_at.get(token.i)
        return (
            token.is_alpha
            and token.pos_ in SKIPPABLE_POS
            and token.tag_ != "VBD"  # "South Korea scrambled fighter jets": a finite verb
            and token.head.i > token.i
            and (match is None or self._collective(match))
            and token.ent_type_ not in {"PERSON", "GPE", "NORP"}
            and token.lower_ not in FORMER
            and not token.is_sent_start
        )

    def _describes_name(self, match: LexMatch) -> bool:
        """A title right before a name describes that name ("the Dutch broadcaster NOS",
        "the defense minister Benny Gantz"): it is no unnamed person of its own."""
        nxt = self.doc[match.end] if match.end < len(self.doc) else None
        return nxt is not None and (nxt.ent_type_ in {"PERSON", "ORG"} or nxt.pos_ == "PROPN")

    def _collective(self, match: LexMatch) -> bool:
        """A title match that names a body or group ("foreign ministry"), not an office."""
        return match.category == "title" and self.lex.titles[match.key].kind != "person"

    def _standing_before(self, start: int) -> str | None:
        """GOV or OPP when the words before a party say where it stands: "the ruling
        ZANU-PF", "the main opposition Labor Party", "whose opposition Democratic Centre"."""
        i = start - 1
        while i >= 0 and self.doc[i].lower_ in {"the", "main", "largest", "official"}:
            i -= 1
        return STANDING_WORDS.get(self.doc[i].lower_) if i >= 0 else None

    def _party(self, org: Entry | None) -> str | None:
        """The party an organisation is, when its standing can decide a sector."""
        if org is not None and self.lex.dated_sector(org.name, org.sector):
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

    def _most_mentioned_country(self) -> str | None:
        counts = self._country_counts()
        return max(counts, key=lambda k: counts[k]) if counts else None

    def _country_counts(self, *, places: bool = False, skip: Span | None = None) -> dict[str, int]:
        """How many times the lexicon matches name each country; with ``places``, the
        geocoded places that no match covers count too ("Aleppo", "Idlib"). Nothing
        inside ``skip`` (a dateline) is counted."""

        def skipped(start: int) -> bool:
            return skip is not None and skip.start <= start < skip.end

        counts: dict[str, int] = {}
        if places:
            covered = {t.idx for m in self.matches for t in self.doc[m.start : m.end]}
            for place in self.places:
                start, country = place.span.start, place.country
                if country and country != "IGO" and not (start in covered or skipped(start)):
                    counts[country] = counts.get(country, 0) + 1
        for match in self.matches:
            if skipped(self.doc[match.start].idx):
                continue
            iso3 = None
            if match.category == "country":
                entry = self._entry(match)
                iso3 = entry.country if entry else None
            elif match.category == "capital":
                # "LONDON, Ky.": a capital's name counts for where the place resolved.
                placed = self._place_of(self.doc[match.start])
                iso3 = placed.country if placed is not None else self._affiliation(match)[0]
            elif match.category == "adjective":
                iso3, _ = self._affiliation(match)
            elif match.category in {"organisation", "metonym"}:
                # National bodies ("Cabinet Office", "TUC") point at their country too.
                entry = self._entry(match)
                iso3 = entry.country if entry and entry.country != "IGO" else None
            if iso3:
                counts[iso3] = counts.get(iso3, 0) + 1
        return counts

    def _state(self, iso3: str, start: int, end: int) -> None:
        name = self.lex.country_names.get(iso3, self.doc[start:end].text)
        self._add(Draft(f"state:{iso3}", name, "state", iso3), start, end)
