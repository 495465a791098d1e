"""Event clusters: the same happening told by several articles.

Two event mentions belong to one cluster when they have the same PLOVER type, the
same factuality (asserted/reported vs. each other status), the same source and
target (country code, else actor name), dates within ``cluster_max_days`` (a setting) of
the cluster's first date, and compatible places (see :func:`places_compatible`).
Syndicated copies (articles in one near-duplicate group) are counted once.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from eventwire.earth import distance_km
from eventwire.settings import get_settings

FACTUAL = frozenset({"asserted", "reported"})
COUNTRY_FEATURES = frozenset({"country", "pcli", "pcl", "a.pcli", "state", "nation"})


@dataclass(frozen=True, slots=True)
class Mention:
    """What clustering needs to know about one stored event."""

    event_id: str
    doc_id: str
    dup_group: str
    article_source: str | None
    type: str
    status: str
    source_key: str | None
    target_key: str | None
    date: dt.date | None
    place_name: str | None = None
    place_country: str | None = None
    place_feature: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class Cluster:
    """One cluster and its mentions, in date order."""

    cluster_id: str
    mentions: list[Mention] = field(default_factory=list)
    places: dict[tuple[object, ...], Mention] = field(default_factory=dict)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        if m.place_name or m.place_country:
            self.places.setdefault((m.place_name, m.place_country, m.lat, m.lon), m)

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    def row(self) -> tuple[object, ...]:
        first = self.first
        dates = [m.date for m in self.mentions if m.date is not None]
        place = next((m for m in self.mentions if m.place_name), None)
        return (
            self.cluster_id,
            first.type,
            first.status in FACTUAL,
            first.source_key,
            first.target_key,
            f"{first.source_key or '?'} -> {first.target_key or '?'}",
            min(dates) if dates else None,
            max(dates) if dates else None,
            place.place_name if place else None,
            place.place_country if place else None,
            self.n_mentions,
            len({m.dup_group for m in self.mentions}),
            self.n_sources,
            len({m.doc_id for m in self.mentions}),
        )

    @property
    def n_mentions(self) -> int:
        """Mentions, counting each near-duplicate group as its fullest single copy."""
        per_doc: dict[tuple[str, str], int] = defaultdict(int)
        for m in self.mentions:
            per_doc[(m.dup_group, m.doc_id)] += 1
        per_group: dict[str, int] = defaultdict(int)
        for (group, _doc), count in per_doc.items():
            per_group[group] = max(per_group[group], count)
        return sum(per_group.values())

    @property
    def n_sources(self) -> int:
        """Distinct sources, with one source (the group's first copy) per near-duplicate group."""
        chosen: dict[str, tuple[bool, str]] = {}
        for m in self.mentions:
            # Prefer the group's first member (doc_id == dup_group), then the smallest name.
            key = (m.doc_id != m.dup_group, m.article_source or m.doc_id)
            if m.dup_group not in chosen or key < chosen[m.dup_group]:
                chosen[m.dup_group] = key
        return len({source for _, source in chosen.values()})


def places_compatible(a: Mention, b: Mention, max_km: float | None = None) -> bool:
    """Whether two mentions could have happened at the same place: two named places
    at most ``max_km`` apart (by default the ``cluster_max_km`` setting), say."""
    if not (a.place_name or a.place_country) or not (b.place_name or b.place_country):
        return True
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return False
    if a.place_name and b.place_name and a.place_name.casefold() == b.place_name.casefold():
        return True
    if _country_level(a) or _country_level(b):
        return True
    if None not in (a.lat, a.lon, b.lat, b.lon):
        assert a.lat is not None and a.lon is not None
        assert b.lat is not None and b.lon is not None
        if max_km is None:
            max_km = get_settings().cluster_max_km
        return distance_km(a.lat, a.lon, b.lat, b.lon) <= max_km
    # Two different names without coordinates in the same (or an unknown) country.
    return not (a.place_name and b.place_name)


def _country_level(m: Mention) -> bool:
    return m.place_name is None or (m.place_feature or "").casefold() in COUNTRY_FEATURES


def cluster(
    mentions: list[Mention], *, max_days: int | None = None, max_km: float | None = None
) -> list[Cluster]:
    """Group mentions into clusters; a cluster's id is the id of its earliest mention.

    ``max_days`` and ``max_km`` default to the ``cluster_max_days`` and ``cluster_max_km``
    settings."""
    settings = get_settings()
    days = settings.cluster_max_days if max_days is None else max_days
    km = settings.cluster_max_km if max_km is None else max_km
    by_key: dict[tuple[object, ...], list[Mention]] = defaultdict(list)
    for m in mentions:
        factual = m.status in FACTUAL
        key = (m.type, "factual" if factual else m.status, m.source_key, m.target_key)
        by_key[key].append(m)
    clusters: list[Cluster] = []
    for group in by_key.values():
        group.sort(key=lambda m: (m.date is None, m.date or dt.date.min, m.event_id))
        open_clusters: list[Cluster] = []
        for m in group:
            if m.date is not None:  # drop clusters that started too long before
                open_clusters = [c for c in open_clusters if _within(c.first.date, m.date, days)]
            home = _find_home(open_clusters, m, km)
            if home is None:
                home = Cluster(cluster_id=f"C{m.event_id}")
                open_clusters.append(home)
                clusters.append(home)
            home.add(m)
    return clusters


def _within(first: dt.date | None, date: dt.date, max_days: int) -> bool:
    return first is not None and (date - first).days <= max_days


def _find_home(candidates: list[Cluster], m: Mention, max_km: float) -> Cluster | None:
    if m.date is None:
        return None  # an undated mention cannot be matched in time
    for candidate in reversed(candidates):
        if all(places_compatible(m, other, max_km) for other in candidate.places.values()):
            return candidate
    return None
