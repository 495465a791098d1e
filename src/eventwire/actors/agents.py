"""Unnamed agents ("police", "the junta", "gunmen", "protesters"): the country a reader
gives them when the noun comes with no nationality of its own.

In order: a place or nationality in the agent's phrase or clause ("police in Tbilisi",
"soldiers opened fire in Yangon"); an earlier mention of a body of the same sector whose
country the text gives ("Myanmar's military ... the junta"); the dateline, unless another
country clearly dominates the article (a bureau abroad: a story on Myanmar filed from
Bangkok); else the article's main country when one clearly dominates. The rule that
found the country is kept on the actor (``country_how``) so that a user can keep only
what the text states.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from eventwire.actors.drafts import NOT_A_HOME, Draft, Drafts
from eventwire.actors.matcher import LexMatch
from eventwire.geo.names import name_key
from eventwire.geo.sources import region_names
from eventwire.records import CountryHow, Place

# Prepositions that tie an agent to a place: "police in Tbilisi", "rebels from Darfur".
PHRASE_PREPOSITIONS = frozenset({"in", "from", "of", "across", "throughout", "inside", "near",
                                 "around", "outside", "on"})  # fmt: skip
# Prepositions of a clause that say where its agents act: "fired on crowds in Yangon".
CLAUSE_PREPOSITIONS = frozenset({"in", "across", "throughout", "inside", "near", "around",
                                 "outside"})  # fmt: skip
# Nouns for an area, whose "of" phrase names the place ("the city of Mandalay").
AREAS = frozenset({"city", "town", "village", "district", "township", "province", "region",
                   "state", "county", "capital", "area", "part", "north", "south", "east",
                   "west", "centre", "center"})  # fmt: skip
# Determiners that make a noun generic or indefinite ("any government", "a militia"):
# no particular body the reader could place.
INDEFINITE = frozenset({"a", "an", "another", "any", "each", "every", "no", "either",
                        "neither", "other"})  # fmt: skip
# The indefinite articles: "a court", one body the text does not name.
SINGLE = frozenset({"a", "an"})
# Sectors of groups that "a" may name as one particular group ("a local militia attacked
# the village", "police blamed a street gang"), unlike "a government" or "a union".
ARMED_GROUP_SECTORS = frozenset({"REB"})
ARMED_COLLECTIVES = frozenset({"group", "gang", "militia", "cartel", "faction", "cell",
                               "network", "band", "brigade", "movement"})  # fmt: skip
# Where a noun stands as what its verb is done to ("detained an activist", "a reporter was
# jailed"): "a" there names one person the act fell on.
PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
# The state's own bodies: "its army" belongs to whatever "it" is, not to the article.
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY"})
ON_AT = frozenset({"on", "at"})
# Prepositions whose object is where something happens: "in Paris", "outside Kabul".
WHERE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "around", "across",
                                "throughout", "from", "into", "to"})  # fmt: skip
# Modifiers that say the agent is from elsewhere, whatever country the text is about.
ABROAD = frozenset({"foreign", "overseas", "international", "expatriate", "outside"})
# Nouns for people who are by the word away from their own country ("migrants",
# "refugees"): of the country their phrase gives ("Afghan refugees", "migrants from
# Sudan"), never of the place they are in or of the story's dateline.
ABROAD_NOUNS = frozenset({"migrant", "refugee", "asylum seeker", "immigrant", "foreigner",
                          "expatriate", "exile", "émigré", "emigre"})  # fmt: skip
OWNER_PRONOUNS = frozenset({"its", "their", "his", "her"})
# The main country is named at least this many times, and this many times as often as
# the next one, to count as the country an article is about.
DOMINANCE = 2
# A state's missions abroad: "the government" or "the authorities" of the country they
# sit in are never the mission's own ("China's embassy urged the government to ...").
MISSIONS = frozenset({"embassy", "consulate", "delegation", "mission", "high commission"})
# Sectors of armed groups and gangs, which a story's lead does not place.
OUTLAW_SECTORS = frozenset({"REB", "CRM"})
# Bodies that act only inside their own state: police, prisons, courts, a state's
# "authorities" and "security forces". The people they act on are, when nothing else
# places them (their phrase, an earlier mention, the dateline, the article's main or lead
# country all come first), in that state ("Kenyan police arrested 14 suspects", "a
# Peruvian court jailed two activists", "Tunisian authorities detained an opposition
# leader"). An army or a border guard acts as often on foreigners, and is left out.
HOME_FORCES = frozenset({"police", "riot police", "police officers", "policemen",
                         "prison guards", "security officers", "authorities",
                         "security forces", "security services"})  # fmt: skip
HOME_FORCE_SECTORS = frozenset({"JUD"})
# Prepositions whose object a verb acts on: "fired at protesters", "cracked down on
# traders", "a case against three reporters".
ACTED_ON = frozenset({"at", "on", "against", "upon"})


# Prepositions that spread a group over a place ("leaders across Latin America"), and the
# words for places wider than a state.
SPREAD_PREPS = frozenset({"across", "around", "throughout", "from"})
WIDE_PLACES = frozenset({"world", "globe", "region", "continent"})
# Words that, hyphenated after a nationality, make it the owner of the noun they
# describe: "a Greek-flagged tanker", "a Chinese-owned mine", "Russian-controlled land".
OWNERSHIP = frozenset({"flagged", "owned", "registered", "operated", "controlled"})


class AgentCountries(Drafts):
    """The country of an unnamed agent noun, and how it was found."""

    _main: str | None
    _lead: tuple[str, int] | None  # the lead's country and the index of its verb

    def _agent_country(
        self, match: LexMatch, sector: str | None, *, one: bool = False
    ) -> tuple[str | None, CountryHow | None]:
        """Where an unnamed agent noun belongs; with ``one``, a title for one person that
        "a" introduces as what a verb acts on (:func:`one_undergoer`)."""
        head = self.doc[match.end - 1]
        if self.region_before(match.start) or self._region_after(head):
            return None, None  # "Latin American leaders": of a region, no one state
        if _indefinite(head) and sector in STATE_BODY_SECTORS:
            return self._indefinite_body_country(head, sector, match.start)
        # "a street gang", "an armed group": one such group, placed as the definite one is
        # ("a gunman" or "a suicide bomber" stays unnamed: one person, no group).
        armed = sector in ARMED_GROUP_SECTORS and head.lemma_.lower() in ARMED_COLLECTIVES
        if not self._placeable(head, sector, match.start, indefinite=armed or one):
            return None, None
        country = self._owned_by(head) or self._phrase_country(head, clause=False)
        if country is not None:
            return country, "phrase"
        if _abroad_noun(match.key):
            return None, None
        if definite(head):
            # "Indian fishermen ... a court remanded the fishermen in custody": the same
            # body named before, whatever the clause's places say.
            country = self._earlier_body(match.key, sector, definite=False, before=match.start)
            if country is not None:
                return country, "coreference"
            same = self._earlier_draft(match.key, sector, definite=False, before=match.start,
                                       placed=False)  # fmt: skip
            if same is not None:
                # "two men ... the men": wherever they were placed
                return same.country, same.country_how
        country = self._phrase_country(head)
        if country is not None:
            return country, "phrase"
        country = self._earlier_body(match.key, sector, definite=definite(head),
                                     before=match.start)  # fmt: skip
        if country is not None and definite(head) and self._home_named(country):
            # "YEREVAN — Armenia accused Azerbaijani forces ... The defence ministry
            # raised ...": another body of the sector abroad does not make an unqualified
            # "the ministry" foreign; in a story from a home the text names too, it is the
            # home's. (A bureau's dateline alone, as BANGKOK over a story on Myanmar's
            # junta, is no such home.)
            return self.home, "dateline"
        if country is not None:
            return country, "coreference"
        if not hasattr(self, "_main"):
            self._main = self._main_country()  # once per article
        local = self._sentence_place_country(head)
        if local is not None and local != self.home and self._main in {None, local}:
            # "BANGKOK — An airstrike hit a monastery in the Sagaing region, killing 17
            # people": where the sentence happens, not where the bureau files from.
            return local, "phrase"
        if self.home is not None and self._main in {None, self.home}:
            return self.home, "dateline"
        if self._main is not None:
            # The dominant country, also over a bureau's dateline abroad (a story on
            # Myanmar filed from Bangkok).
            return self._main, "article"
        if self.home is None:
            if not hasattr(self, "_lead"):
                self._lead = self._lead_country()  # once per article
            armed = sector in OUTLAW_SECTORS  # gangs and rebels are often the other side's
            if self._lead is not None and not armed and not _argument_of(head, self._lead[1]):
                # A story with no dateline and no dominant country is about the country
                # its lead opens with, when no other is named more often; not what the
                # lead's subject acts on ("the Spanish minister met the delegates").
                return self._lead[0], "article"
        return self._home_force_country(head)

    def _region_after(self, head: Token) -> bool:
        """ "Leaders across Latin America", "governments around the world", "ministers from
        across Africa": a group spread over a region or the world, no one state's."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in SPREAD_PREPS:
                continue
            # "from" spreads only with a second word of spread: "from across Africa", not
            # "soldiers from the Tigray region"
            direct = [o for o in prep.children if o.dep_ == "pobj"]
            objects = [] if prep.lower_ == "from" else direct
            objects += [o for p in prep.children
                        if p.dep_ in {"prep", "pcomp"} and p.lower_ in SPREAD_PREPS
                        for o in p.children if o.dep_ == "pobj"]  # fmt: skip
            for obj in objects:
                named = any(c.dep_ in {"compound", "amod"} for c in obj.children)
                if (obj.lower_ in WIDE_PLACES and not named) or obj.i in self.region_words:
                    return True
                if name_key(self.doc[obj.left_edge.i : obj.i + 1].text) in region_names():
                    return True  # "across Africa", "throughout the Middle East"
        return False

    def _owned_by(self, head: Token) -> str | None:
        """The country hyphenated to a word of ownership before the noun ("two
        Iranian-flagged tankers", "Chinese-owned mines", "Turkish-operated drones")."""
        owner = self.hyphenated_owner(head, OWNERSHIP)
        return self._country_of_token(owner) if owner is not None else None

    def hyphenated_owner(self, head: Token, words: frozenset[str]) -> Token | None:
        """The word hyphenated to one of ``words`` before the noun ("Iranian" in
        "Iranian-flagged tankers", "Singapore" in "the Singapore-listed company"), the
        first such."""
        for i in range(head.left_edge.i + 2, head.i):
            word, hyphen, owner = self.doc[i], self.doc[i - 1], self.doc[i - 2]
            if word.lower_ in words and hyphen.text == "-":
                return owner
        return None

    def _home_force_country(self, head: Token) -> tuple[str | None, CountryHow | None]:
        """The country of the police, prison or court that acts on ``head`` in its
        clause ("Kenyan police arrested 14 suspects", "a Zambian court sentenced two
        activists", "Malawian police fired tear gas at dozens of protesters"); the force
        must come before the noun, as its verb's subject."""
        noun = head
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head  # "detained an activist and two journalists"
        of = noun.head
        if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.dep_ in {"dobj", "dative", "pobj"}:
            noun = of.head  # "dozens of students", "at hundreds of miners"
        verb = noun.head
        if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ACTED_ON:
            verb = verb.head
        elif noun.dep_ not in {"dobj", "dative"}:
            return None, None
        while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not _has_subject(verb):
            verb = verb.head  # "arrested and charged three reporters"
        if verb.pos_ != "VERB":
            return None, None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i > head.i:
            return None, None
        for draft in self.drafts.values():
            force = draft.key.rsplit(":", 1)[-1] in HOME_FORCES or (
                draft.sector in HOME_FORCE_SECTORS and draft.key.startswith("group:")
            )
            if not force or draft.country is None or draft.country in NOT_A_HOME:
                continue
            if any(start <= subject.i < end for start, end in draft.tokens):
                return draft.country, "phrase"
        return None, None

    def _sentence_place_country(self, head: Token) -> str | None:
        """The one country of the places below a state that the noun's sentence names
        (towns, provinces, regions; a country's name is as often a party as a place, and
        so is a capital outside a phrase of place: "scrapped its accord with Paris"), or
        None when it names none or places in several countries."""
        sentence = head.sent
        start, end = sentence.start_char, sentence.end_char
        found = {
            place.country
            for place in self.places
            if place.country
            and place.feature not in {"country", "continent", "region"}
            and start <= place.span.start < end
            and not (place.span.start == 0 and self.home is not None)  # the dateline
            and not self._capital_as_party(place)
        }
        return found.pop() if len(found) == 1 else None

    def _capital_as_party(self, place: Place) -> bool:
        """A capital the lexicons read as its state, written outside a phrase of place
        ("an accord with Paris", "Beijing said"): the state, not where anything happens."""
        span = self.doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
        token = span.root if span is not None and len(span) else None
        match = self.match_at.get(token.i) if token is not None else None
        if token is None or match is None or match.category != "capital":
            return False
        return not (token.dep_ == "pobj" and token.head.lower_ in WHERE_PREPOSITIONS)

    def _lead_country(self) -> tuple[str, int] | None:
        """The country the story's lead names first (its headline or first sentence:
        "Malawi seeks help as floods ...", "Peruvian lawmakers voted ..."; not a country
        the lead is against, "chanted anti-Swedish slogans"), with the lead's verb, when
        no other country is named as often in the text and its places."""
        lead, verb = None, -1
        for sentence in itertools.islice(self.doc.sents, 2):
            named = self._named_states(sentence.start, sentence.end)
            lead = next((c for m, c in named if not _against(self.doc[m.start])), None)
            if lead is not None:
                verb = sentence.root.i
                break
        if lead is None:
            return None
        counts = self._country_counts(places=True)
        others = [n for country, n in counts.items() if country != lead]
        return (lead, verb) if counts.get(lead, 0) > max(others, default=0) else None

    def _home_named(self, other: str) -> bool:
        """The story's home is another country than ``other`` and the text names it
        outside the dateline."""
        if self.home is None or self.home == other:
            return False
        return self._home_counts.get(self.home, 0) > 0

    def _indefinite_body_country(
        self, head: Token, sector: str | None, start: int
    ) -> tuple[str | None, CountryHow | None]:
        """ "a court in Cairo", "a military court", "an army unit in Kharkiv": one body of
        a state, of the country its phrase or clause places it in; a court with no place, of
        the story's home (a court tries cases at home). A private group
        so written ("a company in Canada") may be of any country, and is left out."""
        if not self._placeable(head, sector, start, indefinite=True):
            return None, None
        country = self._phrase_country(head)
        if country is not None:
            return country, "phrase"
        if sector in HOME_FORCE_SECTORS and self.home is not None:
            return self.home, "dateline"
        return None, None

    def _placeable(
        self, head: Token, sector: str | None, start: int | None = None, *, indefinite: bool = False
    ) -> bool:
        """An agent noun that refers to a particular body: a noun, not a modifier of
        another noun ("police station"), not indefinite ("any government") and, for a
        state's bodies, not owned by a pronoun ("its army": whose, the text said), not
        owned by a name the lexicons know ("G7 ministers"). Words from ``start`` on belong
        to the title itself ("Riot police" opening a sentence). With ``indefinite``, "a" or
        "an" is allowed ("a court in Cairo": one body, though not named)."""
        if head.pos_ not in {"NOUN", "PROPN"} or head.dep_ in {"compound", "amod"}:
            return False
        for c in head.children:
            one = indefinite and c.lower_ in SINGLE
            if c.dep_ == "det" and c.lower_ in INDEFINITE and not one:
                return False
            own = start is not None and c.i >= start  # a capitalised word of the title itself
            named = c.i < head.i and c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"
            if named and not own and (c.i in self.match_at or self._names_person(c)):
                # "G7 ministers", "the Trump administration": whose they are, the text says
                # ("the Los Lobos gang": a name no lexicon knows and no person bears is
                # the group's own name, placed like the group).
                return False
            if c.dep_ == "amod" and c.lower_ in ABROAD and not own:
                return False  # "foreign nationals": of any country but this one
            if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS and sector in STATE_BODY_SECTORS:
                return False
        return True

    def _names_person(self, token: Token) -> bool:
        """A name the NER takes for a person's, or the surname of a person the article
        names ("Trump" in "the Trump administration")."""
        if token.ent_type_ == "PERSON":
            return True
        return any(
            d.kind == "person" and d.name.split()[-1] == token.text for d in self.drafts.values()
        )

    def _phrase_country(self, head: Token, *, clause: bool = True) -> str | None:
        """A country, nationality, capital or geocoded place that is the object of a
        preposition on the noun ("police in Tbilisi"), on a participle describing it
        ("schoolgirls kidnapped in Zamfara") or, for a subject or object, on its verb
        ("troops opened fire in Yangon", "curfews on towns in Rakhine"), on the clause it
        depends on ("in Kaduna, gunmen stormed a church, killing 20 worshippers") or on
        the other party of its verb ("soldiers shot protesters in Mandalay"). Without
        ``clause``, the noun's own phrases only."""
        hosts = [head, *(c for c in head.children if _describes(c, head))]
        objects = [o for host in hosts for o in place_objects(host, PHRASE_PREPOSITIONS)]
        aimed: list[Token] = []
        if (
            clause
            and head.dep_ in {"nsubj", "nsubjpass", "dobj"}
            and head.head.pos_ in {"VERB", "AUX"}
        ):
            for verb in _clause_verbs(head.head):
                objects += place_objects(verb, CLAUSE_PREPOSITIONS | {"into"})
                # "imposed curfews on towns in Rakhine", "a curfew on Mandalay": where the
                # "on" or "at" object is; a country or capital there is what the clause
                # acts on ("the government imposed sanctions on Russia"), not where.
                aimed += place_objects(verb, ON_AT)
                # "shot five protesters in Mandalay", "police in Lagos arrested dozens":
                # where the other party is, the act is.
                for other in verb.children:
                    if other.dep_ in {"dobj", "nsubj"} and other.i != head.i:
                        objects += place_objects(other, CLAUSE_PREPOSITIONS)
                        aimed += place_objects(other, frozenset({"on"}))
        for obj in objects:
            if obj.lemma_.lower() in MISSIONS:
                continue  # "rallied outside the Bulgarian embassy": whose it is, not where
            country = self._country_of_token(obj)
            if country is not None:
                return country
        for obj in aimed:
            country = self._local_country(obj)
            if country is not None:
                return country
        return None

    def _local_country(self, token: Token) -> str | None:
        """The country of a geocoded place below the level of a state that the token is
        part of ("on Mandalay"), or of the people it names ("fired at Paraguayan
        demonstrators"); None for a country, its capital or its other bodies ("sanctions
        on Russia", "on Russian banks")."""
        head = self.match_at.get(token.i)
        people = (
            head is not None
            and head.category == "title"
            and (self.lex.titles[head.key].sector == "CVL")
        )
        for t in [token, *(c for c in token.children if c.dep_ in {"compound", "amod"})]:
            match = self.match_at.get(t.i)
            if match is not None and match.category in {"country", "adjective", "capital"}:
                return self._country_of_token(token) if people else None
        place = self._place_of(token)
        if place is None or place.feature in {"country", "capital"}:
            return None
        return place.country

    def _earlier_body(
        self, key: str, sector: str | None, *, definite: bool, before: int
    ) -> str | None:
        """The country of the nearest earlier mention of the same agent whose country the
        text gives or places ("Nigerian police ... police"), or, after "the", of a body
        of the same sector ("Myanmar's military ... the junta") that is no mission abroad."""
        draft = self._earlier_draft(key, sector, definite=definite, before=before, placed=True)
        return None if draft is None else draft.country

    def _earlier_draft(
        self, key: str, sector: str | None, *, definite: bool, before: int, placed: bool
    ) -> Draft | None:
        """The nearest earlier mention of the same agent noun (or, if ``definite``, of a
        body of its sector that is no mission abroad) with a country; with ``placed``,
        only one whose country the text gives or places, else however it was placed."""
        if sector is None:
            return None
        best: tuple[int, Draft] | None = None
        for draft in self.drafts.values():
            if draft.kind == "person" or draft.sector != sector or draft.country is None:
                continue
            if not definite and not draft.key.endswith(f":{key}"):
                continue
            if draft.key.rsplit(":", 1)[-1] in MISSIONS and not draft.key.endswith(f":{key}"):
                continue  # "the US embassy ... the government": the host's government
            if draft.country in NOT_A_HOME:
                continue
            if placed and draft.country_how not in {None, "text", "phrase"}:
                continue
            seen = [s for s, _ in draft.tokens if s < before]
            if seen and (best is None or max(seen) > best[0]):
                best = (max(seen), draft)
        return best[1] if best else None

    def _main_country(self) -> str | None:
        """The country the article is about, when it clearly dominates: the country the
        lexicons and the geocoded places name most, at least ``DOMINANCE`` times and
        ``DOMINANCE`` times as often as any other."""
        counts = self._country_counts()
        for place in self.places:
            if place.country and place.country not in NOT_A_HOME:
                counts[place.country] = counts.get(place.country, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0] < DOMINANCE:
            return None
        if len(ranked) > 1 and ranked[0] < DOMINANCE * ranked[1]:
            return None
        return max(counts, key=lambda k: counts[k])


def place_objects(host: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the prepositions ``preps`` on ``host``, and of an "in" phrase on each
    of those ("on six townships in Rakhine", or "of" after an area: "the city of
    Mandalay"): where the host is or acts."""
    found: list[Token] = []
    for prep in host.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            found.append(obj)
            # "in Goma, Congo": the country or region written after the place.
            found.extend(c for c in obj.children if c.dep_ == "appos")
            inner = CLAUSE_PREPOSITIONS | ({"of"} if obj.lemma_.lower() in AREAS else set())
            found.extend(o for p in obj.children if p.dep_ == "prep" and p.lower_ in inner
                         for o in p.children if o.dep_ == "pobj")  # fmt: skip
    return found


def _against(word: Token) -> bool:
    """A nationality word written as what someone is against: "anti-Swedish"."""
    if word.lower_.startswith("anti-"):
        return True
    before = word.doc[word.i - 2 : word.i]
    return len(before) == 2 and before[0].lower_ == "anti" and before[1].text == "-"


def _argument_of(noun: Token, verb: int) -> bool:
    """Whether ``noun`` is an object of the verb at index ``verb``, or of a preposition
    on it ("met the delegates", "wrote to the envoys")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if head.dep_ == "prep" and noun.dep_ == "pobj":
        head = head.head
    return head.i == verb and noun.dep_ in {"dobj", "dative", "pobj", "attr"}


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def one_undergoer(head: Token) -> bool:
    """ "detained an opposition leader", "a journalist was jailed", "shot dead a police
    officer": one unnamed person whom the verb acts on, placed as the plural would be
    ("detained two opposition leaders"; a state's agent as "a court" is, by the place its
    clause names). A subject so written ("a journalist asked") stays unplaced."""
    return head.dep_ in PATIENT_DEPS and _indefinite(head)


def definite(head: Token) -> bool:
    """The noun has "the" as its determiner ("the junta", "the capital")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _indefinite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in SINGLE for c in head.children)


def _clause_verbs(verb: Token) -> list[Token]:
    """A verb and the verbs its clause hangs from ("stormed" for "killing" in "stormed
    a church, killing 20"), up to the sentence's main verb."""
    verbs = [verb]
    while verb.dep_ in {"advcl", "conj", "xcomp"} and len(verbs) < 3:
        verb = verb.head
        verbs.append(verb)
    return verbs


def _describes(token: Token, head: Token) -> bool:
    """A participle or adjective after a noun that says where it is ("held near Kano",
    "present on Afghan soil")."""
    return token.dep_ in {"acl", "relcl"} or (token.dep_ == "amod" and token.i > head.i)


def _abroad_noun(key: str) -> bool:
    """Whether the title ``key`` names people away from their own country (singular or
    plural: "refugees", "asylum seekers")."""
    words = key.lower()
    return words in ABROAD_NOUNS or words.removesuffix("s") in ABROAD_NOUNS
