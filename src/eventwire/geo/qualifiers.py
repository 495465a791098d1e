"""What the words right after a place say about it, read after every place is resolved.

"Paris, Texas" and "Kingston, Ontario": a state, province or country after a comma holds
the place, so a city of that name inside it wins over a more famous namesake elsewhere.
"Kingston, south of Brisbane": a direction from another place puts it near that place.
A city read only by its size ("London" with no other cue) is the namesake that lies
close to another city the article names, where one does ("London" in a story about
Windsor and Sarnia is London, Ontario).
Neither reading applies when nothing of the name lies there: "London, Paris and Berlin"
is a list, and a country before a comma is never held by what follows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from eventwire.geo.gazetteer import Gazetteer
from eventwire.records import Place

# The gap between a place and the region that holds it: a comma, on one line.
_HELD = re.compile(r",[ \t]*")
# "..., south of", "..., about 30 km northeast of": a direction from the next place.
_NEAR = re.compile(
    r",[ \t]*(?:(?:about|some|just|around)[ \t]+)?"
    r"(?:\d+[ \t]*(?:km|kilometres|kilometers|miles)[ \t]+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|outside)"
    r"(?:[ \t]+of)?[ \t]+(?:the[ \t]+(?:city|town|capital)[ \t]+of[ \t]+)?",
    re.IGNORECASE,
)
# How far "south of Y" may reach: a place a reader would locate by Y.
NEAR_KM = 300.0
# How close a namesake must lie to another city of the article to be the one meant.
NEIGHBOUR_KM = 100.0
# Only these may be placed by the words after them; a country or region stays itself.
LOCAL = frozenset({"city", "admin2"})
# The rules that chose by size alone, with no cue from the article.
SIZE_RULES = frozenset({"population", "capital"})


def requalify(places: Sequence[Place], text: str, gazetteer: Gazetteer) -> list[Place]:
    """``places`` (in text order), each city or county read again where the words after
    it name the region that holds it or a place it lies near."""
    out = list(places)
    for i, place in enumerate(out[:-1]):
        after = out[i + 1]
        if place.feature not in LOCAL and place.feature is not None:
            continue
        gap = text[place.span.end : after.span.start]
        found: Place | None = None
        if _HELD.fullmatch(gap) and after.feature in ("admin1", "country"):
            found = gazetteer.within(place.name, place.span, after)
        elif _NEAR.fullmatch(gap) and after.lat is not None and after.lon is not None:
            found = gazetteer.nearest(place.name, place.span, after.lat, after.lon, NEAR_KM)
        if found is not None and _where(found) != _where(place):
            out[i] = replace(found, name=place.name)
    return out


def _where(place: Place) -> tuple[int | None, str | None, float | None, float | None]:
    """What tells two readings of a name apart: counties have no GeoNames id of ours."""
    return (place.geonames_id, place.admin1, place.lat, place.lon)


def neighbours(places: Sequence[Place], gazetteer: Gazetteer) -> list[Place]:
    """Each city that only its size chose, read again as the namesake lying within
    :data:`NEIGHBOUR_KM` of another city of the article, where there is one."""
    anchors = [
        (p.name, p.lat, p.lon)
        for p in places
        if p.feature in LOCAL and p.lat is not None and p.lon is not None
    ]
    out = list(places)
    for i, place in enumerate(out):
        if place.rule not in SIZE_RULES or place.feature not in LOCAL:
            continue
        points = [(lat, lon) for name, lat, lon in anchors if name != place.name]
        near = gazetteer.near_points(place.name, place.span, points, NEIGHBOUR_KM)
        best = next((p for p in near if p.geonames_id != place.geonames_id), None)
        if best is not None:
            out[i] = replace(best, name=place.name, rule="neighbour")
    return out
