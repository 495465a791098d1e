"""The offline gazetteer: every name a place goes by, and the entries it may mean."""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable, Sequence

from eventwire.geo import cache
from eventwire.geo.candidate import Candidate
from eventwire.geo.disambiguate import choose
from eventwire.geo.names import name_key
from eventwire.geo.sources import (
    Entry,
    admin1_entries,
    country_entries,
    landmark_entries,
    landmark_forms,
    read_geonames,
)
from eventwire.records import Place, Span

_ORDER = {"landmark": 0, "region": 0, "country": 1, "admin1": 2, "city": 3}


class Gazetteer:
    """Name -> candidates, built from GeoNames, pycountry and our landmark and alias tables.

    ``entries`` are ``(keys, candidate)`` pairs, keys made with
    :func:`eventwire.geo.names.name_key`; the first key of a non-country entry is its own name,
    the rest are aliases. ``landmark_forms`` are landmark names as written, which
    :func:`eventwire.geo.locate.locate` looks for in text that the NER missed.
    """

    def __init__(self, entries: Iterable[Entry], landmark_forms: Sequence[str] = ()) -> None:
        self._index: dict[str, list[Candidate]] = {}
        self._primary: dict[str, list[Candidate]] = {}
        self.landmark_forms: tuple[str, ...] = tuple(landmark_forms)
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
            *country_entries(geo),
            *admin1_entries(geo),
            *geo.cities,
        ]
        return cls(entries, landmark_forms())

    def candidates(self, name: str) -> list[Candidate]:
        """Every entry a name may mean: landmarks, countries, divisions, then cities by size."""
        return list(self._index.get(name_key(name), ()))

    def country_code(self, name: str) -> str | None:
        """ISO alpha-3 of a country name or alias ("Britain" -> "GBR"); None if not a country."""
        for candidate in self._index.get(name_key(name), ()):
            if candidate.feature == "country":
                return candidate.country
        return None

    def is_landmark(self, name: str) -> bool:
        """Whether the name is in our landmarks table (sites, disputed regions, seas)."""
        return any(
            c.source == "landmarks" and c.feature != "city"
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
        ``(iso3, admin1 code)`` pairs of the states or provinces it mentions.
        """
        key = name_key(name)
        picked = choose(
            self._index.get(key, []),
            primary=frozenset(id(c) for c in self._primary.get(key, ())),
            context_countries=context_countries,
            context_admin1=context_admin1,
            dateline_country=dateline_country,
        )
        if picked is None:
            return None
        candidate, rule = picked
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
