"""The offline gazetteer: every name a place goes by, and the entries it may mean."""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from eventwire.earth import distance_km
from eventwire.geo import cache
from eventwire.geo.candidate import Candidate
from eventwire.geo.disambiguate import OUR_TABLES, choose, prefer_own_names
from eventwire.geo.names import name_key
from eventwire.geo.sources import (
    Entry,
    admin1_entries,
    continent_entries,
    country_entries,
    country_forms,
    county_entries,
    dateline_regions,
    demonyms,
    landmark_entries,
    landmark_forms,
    read_geonames,
    region_entries,
    town_entries,
)
from eventwire.records import Place, Span

#: A capital written alone in a dateline is that capital unless a namesake is this many
#: times as populous ("PLYMOUTH" is the English city, not Montserrat's abandoned capital).
CAPITAL_SHARE = 10
#: The population from which a city's name inside an organisation's name is its place.
MAJOR_CITY = 100_000
#: Kinds of division that may follow a division's name ("Fars Province", "Borno State").
DIVISION_NOUNS = frozenset(
    {"province", "region", "state", "governorate", "prefecture", "oblast", "district", "county"}
)
_DIVISIONS = ("admin1", "admin2")
_ORDER = {"landmark": 0, "region": 0, "country": 1, "admin1": 2, "admin2": 3, "city": 4}


class Gazetteer:
    """Name -> candidates, built from GeoNames, pycountry and our landmark and alias tables.

    ``entries`` are ``(keys, candidate)`` pairs, keys made with
    :func:`eventwire.geo.names.name_key`; the first key of a non-country entry is its own name,
    the rest are aliases. ``landmark_forms`` are landmark names as written, which
    :func:`eventwire.geo.locate.locate` looks for in text that the NER missed.
    """

    def __init__(
        self,
        entries: Iterable[Entry],
        landmark_forms: Sequence[str] = (),
        dateline_regions: Mapping[str, str] | None = None,
        demonyms: Mapping[str, str] | None = None,
        country_forms: Sequence[str] = (),
        towns: Iterable[Entry] = (),
    ) -> None:
        self._index: dict[str, list[Candidate]] = {}
        self._primary: dict[str, list[Candidate]] = {}
        self._countries: dict[str, Candidate] = {}
        self.landmark_forms: tuple[str, ...] = tuple(landmark_forms)
        #: Country names and aliases as written, looked for in text the NER missed.
        self.country_forms: tuple[str, ...] = tuple(country_forms)
        #: Name key -> full name of the state abbreviations that follow a dateline's city.
        self.dateline_regions: dict[str, str] = dict(dateline_regions or {})
        #: Name key -> iso3 of nationality adjectives ("Turkish" -> TUR).
        self.demonyms: dict[str, str] = dict(demonyms or {})
        #: Name key -> small towns, consulted only in the article's context; kept as text
        #: (one line per town, see :func:`_pack_town`): the disk cache loads it at once.
        packed: dict[str, list[str]] = {}
        for keys, candidate in towns:
            for key in keys:
                packed.setdefault(key, []).append(_pack_town(candidate))
        self._towns: dict[str, str] = {key: "\n".join(rows) for key, rows in packed.items()}
        index = self._index
        for keys, candidate in entries:
            if not keys:
                continue
            for key in keys:
                bucket = index.get(key)
                if bucket is None:
                    index[key] = [candidate]
                else:
                    bucket.append(candidate)
            if candidate.feature == "country" and candidate.country:
                self._countries.setdefault(candidate.country, candidate)
            first = keys if candidate.feature == "country" else keys[:1]
            for key in first:
                self._primary.setdefault(key, []).append(candidate)
        for key, bucket in index.items():
            if len(bucket) > 1:
                unique = list({id(c): c for c in bucket}.values())
                unique.sort(key=lambda c: (_ORDER[c.feature], -c.population))
                index[key] = unique

    @classmethod
    @functools.cache
    def default(cls) -> Gazetteer:
        """The gazetteer of the installed data, loaded once per process (and cached on disk)."""
        cached = cache.load(cls)
        if cached is not None:
            return cached
        built = cls.build()
        cache.save(built)
        return built

    @classmethod
    def build(cls) -> Gazetteer:
        """Build from the sources, without the disk cache (about two seconds)."""
        geo = read_geonames()
        entries: list[Entry] = [
            *landmark_entries(geo),
            *region_entries(),
            *continent_entries(),
            *country_entries(geo),
            *admin1_entries(geo),
            *county_entries(geo),
            *geo.cities,
        ]
        return cls(
            entries,
            landmark_forms(),
            dateline_regions(),
            demonyms(),
            country_forms(geo),
            town_entries(geo),
        )

    def candidates(self, name: str) -> list[Candidate]:
        """Every entry a name may mean: landmarks, countries, divisions, then cities by size."""
        return list(self._index.get(name_key(name), ()))

    def country_code(self, name: str) -> str | None:
        """ISO alpha-3 of a country name or alias ("Britain" -> "GBR"); None if not a country."""
        for candidate in self._index.get(name_key(name), ()):
            if candidate.feature == "country":
                return candidate.country
        return None

    def has_own_name(self, name: str, *, towns: bool = False) -> bool:
        """Whether a populated place, division or country goes by this very name (not only
        as an alternate name, and not a vague region); with ``towns``, or a small town does
        (which only the article's context may then pick: see ``choose``)."""
        key = name_key(name)
        if any(c.feature != "region" for c in self._primary.get(key, ())):
            return True
        return towns and key in self._towns

    def is_major(self, name: str, division_countries: Collection[str] | None = None) -> bool:
        """Whether a country, a division or a city of at least :data:`MAJOR_CITY` people
        goes by this very name: a place that names organisations ("Winnipeg Free Press").
        With ``division_countries``, a division counts only in those countries: many are
        named with plain words ("Lakes", "Unity", "Plateau") that name companies too."""
        return any(
            c.feature == "country"
            or (
                c.feature == "admin1"
                and (division_countries is None or c.country in division_countries)
            )
            or (c.feature == "city" and c.population >= MAJOR_CITY)
            for c in self._primary.get(name_key(name), ())
        )

    def demonym_place(self, name: str, span: Span) -> Place | None:
        """The country a nationality adjective names ("Turkish" -> Turkey), as a place."""
        code = self.demonyms.get(name_key(name))
        if code is None:
            return None
        candidate = self._countries.get(code)
        return None if candidate is None else _place(name, span, candidate, "demonym")

    def is_landmark(self, name: str) -> bool:
        """Whether the name is in our landmarks or regions tables (sites, regions, seas)."""
        return any(
            c.source in OUR_TABLES and c.feature != "city"
            for c in self._index.get(name_key(name), ())
        )

    def resolve(
        self,
        name: str,
        span: Span,
        *,
        context_countries: Sequence[str] = (),
        dateline_country: str | None = None,
        context_admin1: Collection[tuple[str, str]] = (),
    ) -> Place | None:
        """Geocode one mention; the rules are in :mod:`eventwire.geo.disambiguate`.

        ``context_countries``: ISO alpha-3 codes the article mentions; ``context_admin1``:
        ``(iso3, admin1 code)`` pairs of the states or provinces it mentions. A name unknown
        as written that ends in a kind of division ("Fars Province") is read as that division,
        named and spanned without the kind word.
        """
        key = name_key(name)
        cands = self._index.get(key, [])
        towns = self.towns(name)
        if not cands and not towns:
            cands, name, span = self._division_of(name, span)
            key = name_key(name)
        picked = choose(
            cands,
            primary=frozenset(id(c) for c in self._primary.get(key, ())),
            context_countries=context_countries,
            context_admin1=context_admin1,
            dateline_country=dateline_country,
            towns=towns,
        )
        if picked is None:
            return None
        candidate, rule = picked
        return _place(name, span, candidate, rule)

    def _division_of(self, name: str, span: Span) -> tuple[list[Candidate], str, Span]:
        """A name unknown as written that is a division's name and a kind of division
        ("Fars Province", "Borno State"): the divisions of that name, and the name and
        span without the kind word. No candidates where it is not."""
        head, _, kind = name.rpartition(" ")
        if not head or kind.casefold() not in DIVISION_NOUNS:
            return [], name, span
        head = head.rstrip()
        found = [c for c in self._index.get(name_key(head), ()) if c.feature in _DIVISIONS]
        return found, head, Span(span.start, span.start + len(head))

    def towns(self, name: str) -> list[Candidate]:
        """The small towns (not among the cities) that go by this name."""
        packed = self._towns.get(name_key(name))
        return [] if packed is None else [_unpack_town(row) for row in packed.split("\n")]

    def resolve_dateline(self, text: str, start: int) -> tuple[Place, ...]:
        """The places of a dateline's place text ("TBILISI, Georgia") starting at ``start``.

        The part after the comma is read first: a country, or a state or province (a US
        state also in AP's abbreviations, "Ga."), confines the city to it and is itself a
        place; where it could be either ("Georgia"), the reading in which the city exists
        wins, as it does between two states that share a name ("BRAZZAVILLE, Congo"). A
        city written alone is read as a national capital where it is one, else as
        the most populous place of its own name. The city comes first, when it is known.
        """
        head, comma, tail = text.partition(",")
        head_name, tail_name = head.strip(), tail.strip(" ,")
        if not head_name:
            return ()
        head_at = start + text.index(head_name)
        head_span = Span(head_at, head_at + len(head_name))
        if not (comma and tail_name):
            city = self._dateline_city(head_name, head_span, set(), set())
            return (city,) if city is not None else ()
        tail_at = start + text.index(tail_name, len(head) + 1)
        tail_span = Span(tail_at, tail_at + len(tail_name))
        readings: list[tuple[set[str], set[tuple[str, str]], Place | None]] = []
        code = self.country_code(tail_name)
        if code is not None:
            readings.append(({code}, set(), self.resolve(tail_name, tail_span)))
            # A name two states share ("BRAZZAVILLE, Congo"): the other is a reading too.
            for cand in self._index.get(name_key(tail_name), ()):
                if cand.feature == "country" and cand.country and cand.country != code:
                    other = _place(tail_name, tail_span, cand, "country")
                    readings.append(({cand.country}, set(), other))
        division_name = self.dateline_regions.get(name_key(tail_name), tail_name)
        for cand in self._index.get(name_key(division_name), ()):
            if cand.feature == "admin1" and cand.country and cand.admin1:
                division = _place(tail_name, tail_span, cand, "dateline")
                readings.append(({cand.country}, _city_codes(cand), division))
        for countries, admin1, region in readings:
            city = self._dateline_city(head_name, head_span, countries, admin1)
            if city is not None:
                return tuple(p for p in (city, region) if p is not None)
        region = readings[0][2] if readings else None
        return (region,) if region is not None else ()

    def abbreviated_division(self, written: str, span: Span) -> Place | None:
        """The state or province an abbreviation of :attr:`dateline_regions` stands for
        ("Tenn.", "Man."), as a place spelt as written; None for any other word."""
        division = self.dateline_regions.get(name_key(written))
        if division is None:
            return None
        for cand in self._index.get(name_key(division), ()):
            if cand.feature == "admin1" and cand.country:
                return _place(written, span, cand, "abbreviation")
        return None

    def within(self, name: str, span: Span, region: Place) -> Place | None:
        """The city, county or town of this name inside ``region`` (a state, province or
        country): "Paris, Texas", "Kingston, Ontario". None where the region has none."""
        if region.country is None or region.feature not in ("admin1", "country"):
            return None
        found = None
        if region.feature == "admin1" and region.admin1:
            found = self._dateline_city(
                name, span, {region.country}, {(region.country, region.admin1)}
            )
        if found is None and (region.feature == "country" or "-" in (region.admin1 or "")):
            # A division coded ISO 3166-2 ("CA-ON") shares no code with GeoNames cities:
            # its country is the nearest holder we can check.
            found = self._dateline_city(name, span, {region.country}, set())
        return None if found is None else replace(found, rule="qualified")

    def nearest(
        self, name: str, span: Span, lat: float, lon: float, reach_km: float
    ) -> Place | None:
        """The city, county or town of this name nearest to a point, if one lies within
        ``reach_km`` of it ("Kingston, south of Brisbane")."""
        return next(self.near_points(name, span, [(lat, lon)], reach_km), None)

    def near_points(
        self, name: str, span: Span, points: Iterable[tuple[float, float]], reach_km: float
    ) -> Iterator[Place]:
        """For each point in turn, the city, county or town of this name nearest to it,
        where one lies within ``reach_km``; the name's entries are looked up once."""
        cands = [
            c
            for c in [*self._index.get(name_key(name), ()), *self.towns(name)]
            if c.feature in ("city", "admin2") and c.lat is not None and c.lon is not None
        ]
        if not cands:
            return
        for lat, lon in points:
            best = min(cands, key=lambda c: distance_km(lat, lon, c.lat or 0.0, c.lon or 0.0))
            if distance_km(lat, lon, best.lat or 0.0, best.lon or 0.0) <= reach_km:
                yield _place(name, span, best, "near")

    def _dateline_city(
        self,
        name: str,
        span: Span,
        countries: set[str],
        admin1: set[tuple[str, str]],
    ) -> Place | None:
        key = name_key(name)
        cands = self._index.get(key, [])
        primary = frozenset(id(c) for c in self._primary.get(key, ()))
        if admin1:
            # Not the state's own place: a division's first-level code is its own.
            cands = [
                c
                for c in [*cands, *self.towns(name)]
                if (c.country or "", c.admin1 or "") in admin1 and c.feature in ("city", "admin2")
            ]
        elif countries:
            cands = [c for c in cands if c.country in countries] or [
                c for c in self.towns(name) if c.country in countries
            ]
        else:
            own = prefer_own_names(cands, primary)
            largest = max((c.population for c in own), default=0)
            capitals = [c for c in own if c.capital and c.population * CAPITAL_SHARE >= largest]
            cands = capitals or cands
        if not cands:
            return None
        picked = choose(
            cands, primary=primary, context_countries=sorted(countries), context_admin1=admin1
        )
        if picked is None:
            return None
        return _place(name, span, picked[0], "dateline")


def _city_codes(division: Candidate) -> set[tuple[str, str]]:
    """The (country, first-level code) pair a division's cities carry: none where the
    division is coded ISO 3166-2 ("CA-MB"), a code GeoNames' cities do not share, so that
    its country alone holds them."""
    if not division.country or not division.admin1 or "-" in division.admin1:
        return set()
    return {(division.country, division.admin1)}


def _place(name: str, span: Span, candidate: Candidate, rule: str) -> Place:
    return Place(
        name=name,
        span=span,
        country=candidate.country,
        geonames_id=candidate.geonames_id,
        lat=candidate.lat,
        lon=candidate.lon,
        admin1=candidate.admin1,
        feature=candidate.feature,
        rule=rule,
    )


def _pack_town(c: Candidate) -> str:
    fields = (c.name, c.country, c.lat, c.lon, c.geonames_id, c.admin1, c.population)
    return "\t".join("" if f is None else str(f) for f in fields)


def _unpack_town(row: str) -> Candidate:
    name, country, lat, lon, gid, admin1, population = row.split("\t")
    return Candidate(
        name=name,
        feature="city",
        country=country or None,
        lat=float(lat) if lat else None,
        lon=float(lon) if lon else None,
        geonames_id=int(gid) if gid else None,
        admin1=admin1 or None,
        population=int(population or 0),
        source="towns",
    )
