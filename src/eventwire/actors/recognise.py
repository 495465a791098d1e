"""Recognise and code the actors of one parsed article, resolving mentions within it.

Codes come from the text first: the title and nationality before a name or in its
apposition, a possessive ("Turkey's foreign minister"), an organisation the title
belongs to ("UN envoy"), then the lexicons. Later short mentions (surnames, "the
defense minister", a sentence-initial "he") resolve to the actor already seen. The
passes live in :mod:`eventwire.actors.people` and :mod:`eventwire.actors.bodies`, over
the shared state of :mod:`eventwire.actors.drafts`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc

from eventwire.actors.bodies import BodyPasses
from eventwire.actors.drafts import Draft
from eventwire.actors.home import story_home
from eventwire.actors.lexicon import ActorLexicon, default_lexicon
from eventwire.records import Actor, Place, Span

# Sectors of the state's own bodies: courts, parliaments, ministries and forces.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD"})
# Sectors of bodies that act inside one country: parties, trade unions, associations.
NATIONAL_SECTORS = frozenset({"POL", "OPP", "LAB", "CVL"})
# Words of a body's name that say it spans countries ("World Farmers' Union").
ACROSS_COUNTRIES = frozenset({"international", "world", "global", "african", "european",
                              "asian", "arab", "pan", "regional", "transnational"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class ActorIndex:
    """The article's actors and, for every token inside a mention, the actor it refers to."""

    actors: tuple[Actor, ...]
    by_token: dict[int, int]
    # The country the article is about when it has a dateline: the dateline's, or the
    # one its text names far more often (actors/home.py). None without a dateline.
    home: str | None = None

    def at(self, token_index: int) -> Actor | None:
        index = self.by_token.get(token_index)
        return None if index is None else self.actors[index]


def recognise(
    doc: Doc,
    lex: ActorLexicon | None = None,
    *,
    home_country: str | None = None,
    published: dt.date | None = None,
    places: tuple[Place, ...] = (),
    text: str | None = None,
    dateline: Span | None = None,
) -> ActorIndex:
    """Code the actors of ``doc``; ``home_country`` (e.g. the dateline's) resolves
    unqualified collective nouns such as "the government"; ``places`` (the article's
    geocoded places) give unnamed agents the country of a place in their phrase.
    ``text``, when given, must be ``doc.text``, such as the string the caller parsed.
    ``dateline``, its span, is where ``home_country`` came from: the text outside it may
    show that the story is about another country (actors/home.py)."""
    lexicon = lex or default_lexicon()
    return _Recogniser(doc, lexicon, home_country, published, places, text, dateline).run()


# The role of those who speak for a body, with no office named ("Spokesperson", not
# "Government Spokesperson"), and the bodies of a state they speak for.
SPEAKING_ROLE = "Spokesperson"
SPEAKING_SECTORS = frozenset({"GOV", "MIL", "JUD", "SPY"})


class _Recogniser(BodyPasses):
    """Runs the passes in order and turns the drafts into actors."""

    def run(self) -> ActorIndex:
        if self.home is not None:
            # Kept: whether the text names the home decides unqualified bodies (agents.py).
            self._home_counts = self._country_counts(places=True, skip=self.dateline)
            self.home = story_home(self.home, self._home_counts)
            if self.home != self._home_country:
                self._home_how = "article"  # a hub or a venue: the story is elsewhere
        self._home_country = self.home or self._most_mentioned_country()
        if self.home is None and self._home_country is not None:
            self._home_how = "article"
        self._described_bodies()  # before people: such names are often tagged as people
        self._people()
        if self.published is None:
            self.era = self._era()
        self._known_people()
        self._titled_without_name()
        if self.published is None:
            # Titles alone ("the Tory leader") may have pinned more offices.
            self.era = self._era() or self.era
        self._named_organisations()
        # Bodies spaCy names before the groups and states inside them: "the Kenya Defence
        # Forces" is one body, not Kenya and a group of forces.
        self._unknown_organisations()
        self._groups_and_states()
        self._acronyms()
        self._pronouns()
        self._holders_named()
        self._spokespeople()
        return self._finish()

    def _spokespeople(self) -> None:
        """A spokesperson the text gives no body, office or nationality of their own,
        placed only by the story's home ("WASHINGTON — ... Spokesperson Lin Jian said"):
        they speak for the state body that is the subject nearest before them in their
        sentence or the one before ("China's foreign ministry condemned the sale.
        Spokesperson Lin Jian warned ...", "Ministry spokesman X said"); left as they are
        when no body is such a subject there. (A "government" or "presidential" spokesman
        is the home's: another state's body told just before is often the one answered.)"""
        bodies = [
            (start, d)
            for d in self.drafts.values()
            if d.kind in {"organisation", "group"}
            and d.sector in SPEAKING_SECTORS
            and d.country is not None
            and d.country_how in {None, "text", "phrase"}
            for start, end in d.tokens
            if any(t.dep_ in {"nsubj", "nsubjpass"} for t in self.doc[start:end])
        ]
        for draft in self.drafts.values():
            if draft.kind != "person" or draft.role != SPEAKING_ROLE:
                continue
            if draft.country_how not in {"dateline", "article"}:
                continue
            first = min(start for start, _ in draft.tokens)
            sentence = self.doc[first].sent
            window = self.doc[sentence.start - 1].sent.start if sentence.start else 0
            before = [(start, d) for start, d in bodies if window <= start < first]
            if before:
                body = max(before, key=lambda pair: pair[0])[1]
                draft.country, draft.country_how = body.country, "coreference"

    def _holders_named(self) -> None:
        """An office holder the text also names ("Paraguay's president ordered ...
        President Rodrigo Salinas said"): the unnamed mentions are the named person's,
        when exactly one person of the article holds that office in that country."""
        named = [
            d for d in self.drafts.values() if d.kind == "person" and d.key.startswith("person:")
        ]
        for key, draft in list(self.drafts.items()):
            if (
                draft.kind != "person"
                or not key.startswith(("group:", "title:"))
                or draft.role is None
            ):
                continue
            same = [
                d
                for d in named
                if d.role is not None
                and self.lex.same_office(d.role, draft.role)
                and d.country == draft.country
                and not d.former
            ]
            if len(same) == 1 and draft.country is not None and not draft.former:
                same[0].tokens.extend(draft.tokens)
                del self.drafts[key]

    def _seat_country(self, draft: Draft) -> str | None:
        """The country of a place in an "in" phrase on a mention of the body ("the
        Constitutional Court in Lusaka")."""
        for _, end in draft.tokens:
            country = self._seat(self.doc[end - 1])
            if country is not None:
                return country
        return None

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
            if sector == "POL" and draft.standing is not None:
                sector = draft.standing  # "the ruling ZANU-PF", "the opposition MDC"
            if (
                draft.party is not None
                and draft.standing is None
                and self.lex.dated_sector(draft.party, draft.sector)
            ):
                sector = self.lex.party_sector(draft.party, self.published, self.era) or sector
            country, how = draft.country, draft.country_how
            if country == "IGO" and draft.kind != "group":
                sector = "IGO"  # an IGO's officials are IGO whatever their title says
            if country is None and draft.kind == "organisation" and _national(draft, sector):
                # "the Constitutional Court", "the National Assembly": a state body the
                # text gives no nationality belongs to the country of a place its own
                # phrase names ("the Supreme Court in Baghdad"), else to the country the
                # article is about; so does a party or a union the lexicons do not know
                # ("the Citizens' Reform Party", "the Island Dockworkers' Union").
                placed = self._seat_country(draft)
                if placed is not None:
                    country, how = placed, "phrase"
                else:
                    country, how = self._home_country, self._home_how
            spans = sorted(set(draft.tokens))
            mentions = tuple(
                Span(self.doc[s].idx, self.doc[e - 1].idx + len(self.doc[e - 1])) for s, e in spans
            )
            actors.append(
                Actor(
                    name=draft.name,
                    kind=draft.kind,
                    country=country,
                    country_how=(how or "text") if country else None,
                    sector=self.lex.output_sector(sector),
                    role=draft.role,
                    mentions=mentions,
                    actor_id=f"A{index + 1}",
                )
            )
            for s, e in spans:
                for i in range(s, e):
                    by_token[i] = index
        return ActorIndex(tuple(actors), by_token, self.home)


def _national(draft: Draft, sector: str | None) -> bool:
    """A body of one country by its kind: a state body, or a party, union or association
    whose name does not say it spans countries."""
    if sector in STATE_SECTORS:
        return True
    words = {w.lower().strip("'’") for w in draft.name.replace("-", " ").split()}
    return sector in NATIONAL_SECTORS and not words & ACROSS_COUNTRIES
