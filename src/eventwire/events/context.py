"""What the event coder knows about an article besides its parse: actors, places,
dates, the dateline, the quote speakers, and the actors it may have to imply."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from eventwire.actors import ActorIndex
from eventwire.actors.lexicon import default_lexicon
from eventwire.records import Actor, CountryHow, Place, When

IMPLIED_NAMES = {"GOV": "{country} authorities", "CVL": "{country} civilians",
                 "MIL": "{country} forces"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Context:
    """Everything the coder needs besides the parse."""

    actors: ActorIndex
    places: tuple[Place, ...] = ()
    dates: tuple[When, ...] = ()
    published: dt.date | None = None
    dateline_place: Place | None = None
    speakers: dict[int, Actor] | None = None
    places_by_start: dict[int, Place] = field(default_factory=dict, compare=False)
    home_country: str | None = field(default=None, init=False, compare=False)
    home_how: CountryHow | None = field(default=None, init=False, compare=False)

    def __post_init__(self) -> None:
        if self.places and not self.places_by_start:
            self.places_by_start.update({p.span.start: p for p in self.places})
        home = self._home()
        object.__setattr__(self, "home_country", home)
        if home is not None:
            dateline = self.dateline_place is not None and self.dateline_place.country == home
            object.__setattr__(self, "home_how", "dateline" if dateline else "article")

    def state(self, iso3: str) -> Actor:
        """The article's state actor for ``iso3`` (made up if the text never names it)."""
        for actor in self.actors.actors:
            if actor.kind == "state" and actor.country == iso3:
                return actor
        name = default_lexicon().country_names.get(iso3, iso3)  # "Moscow" stands for Russia
        return Actor(name=name, kind="state", country=iso3, country_how="text")

    def _home(self) -> str | None:
        """The article's home country: the dateline's, else the most-mentioned state's,
        else the country most of its actors belong to."""
        if self.dateline_place is not None and self.dateline_place.country:
            # The dateline's country, or the story's when the dateline is a hub.
            return self.actors.home or self.dateline_place.country
        states: Counter[str] = Counter()
        everyone: Counter[str] = Counter()
        for a in self.actors.actors:
            if a.country and a.country != "IGO":
                everyone[a.country] += len(a.mentions)
                if a.kind == "state":
                    states[a.country] += len(a.mentions)
        # No state named: the country most of the article's actors belong to.
        counts = states or everyone
        return counts.most_common(1)[0][0] if counts else None

    def implied(self, sector: str, country: str, how: CountryHow | None) -> Actor:
        """An actor the text implies but never names: the police behind "was arrested"
        (``GOV``), the crowds behind "anti-French demonstrations" (``CVL``); ``how``
        says where its country came from (records.Actor.country_how)."""
        name = IMPLIED_NAMES.get(sector, "{country}").format(country=country)
        return Actor(name=name, kind="group", country=country, sector=sector, country_how=how)
