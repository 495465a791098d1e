"""What the words right after a place say about it, read after every place is resolved.

"Paris, Texas" and "Kingston, Ontario": a state, province or country after a comma holds
the place, so a city of that name inside it wins over a more famous namesake elsewhere.
"Kingston, south of Brisbane": a direction from another place puts it near that place.
A city read only by its size ("London" with no other cue) is the namesake that lies
close to another city the article names, where one does ("London" in a story about
Windsor and Sarnia is London, Ontario).
Neither reading applies when nothing of the name lies there: "London, Paris and Berlin"
is a list, and a country before a comma is never held by what follows it.
The words before a place say so too: "the Russian city of Kazan" is the Kazan of Russia,
and "the Kanyama area of Lusaka" lies in Lusaka (at the town's point, where the gazetteer
knows no part of that name near it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.place_words import place_words
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


# Kinds of place a nationality may come before: "the Russian city of", "the Afghan province of".
DIVISIBLE = frozenset({"city", "admin1", "admin2"})
# "the Russian city of ", "the southern Ukrainian port of ": up to two capitalised words,
# a kind of place and "of", right before the place.
_KIND_OF = re.compile(r"([A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)?)[ \t]+([a-z]+)[ \t]+of[ \t]+$")


def _part_gap() -> re.Pattern[str]:
    parts = "|".join(sorted(place_words().parts))
    return re.compile(rf"[ \t]+(?:{parts})[ \t]+of[ \t]+(?:the[ \t]+)?")


def requalify(places: Sequence[Place], text: str, gazetteer: Gazetteer) -> list[Place]:
    """``places`` (in text order), each city or county read again where the words after
    it name the region that holds it or a place it lies near, or the words before it
    name its country ("the Russian city of Kazan")."""
    out = [_national(p, text, gazetteer) for p in places]
    part_gap = _part_gap()
    for i, place in enumerate(out[:-1]):
        after = out[i + 1]
        gap = text[place.span.end : after.span.start]
        found: Place | None = None
        if part_gap.fullmatch(gap) and after.feature in LOCAL:
            # A part of a town is no state or province either ("the Victoria area of X").
            if place.feature in DIVISIBLE or place.feature is None:
                found = _part_of(place, after, gazetteer)
        elif place.feature not in LOCAL and place.feature is not None:
            continue
        elif _HELD.fullmatch(gap) and after.feature in ("admin1", "country"):
            found = gazetteer.within(place.name, place.span, after)
        elif _NEAR.fullmatch(gap) and after.lat is not None and after.lon is not None:
            found = gazetteer.nearest(place.name, place.span, after.lat, after.lon, NEAR_KM)
        if found is not None and _where(found) != _where(place):
            out[i] = replace(found, name=place.name)
    return out


def _national(place: Place, text: str, gazetteer: Gazetteer) -> Place:
    """A city or division after a nationality and a kind of place ("the Russian city of
    Kazan", "the Afghan province of Logar"), read inside that nationality's country when
    the country has a place of that name; else as it was."""
    if place.feature not in DIVISIBLE:
        return place
    match = _KIND_OF.search(text[max(0, place.span.start - 60) : place.span.start])
    if match is None or match.group(2) not in place_words().nouns:
        return place
    written = match.group(1)
    country = gazetteer.demonym_place(written, place.span) or gazetteer.demonym_place(
        written.split()[-1], place.span
    )
    if country is None or country.country == place.country:
        return place
    found = gazetteer.within(place.name, place.span, country)
    return place if found is None else replace(found, name=place.name)


def _part_of(place: Place, town: Place, gazetteer: Gazetteer) -> Place | None:
    """A part of a town ("the Kanyama area of Lusaka"): the namesake near the town, else,
    where the name was read in another country, the town's own point under the part's
    name (no GeoNames entry of its own)."""
    if town.lat is None or town.lon is None:
        return None
    near = gazetteer.nearest(place.name, place.span, town.lat, town.lon, NEAR_KM)
    if near is not None:
        return near
    if place.country == town.country and place.feature in LOCAL:
        return None
    return replace(town, span=place.span, geonames_id=None, rule="part")


def _where(place: Place) -> tuple[int | None, str | None, float | None, float | None]:
    """What tells two readings of a name apart: counties have no GeoNames id of ours."""
    return (place.geonames_id, place.admin1, place.lat, place.lon)


def _is_capital(place: Place, gazetteer: Gazetteer) -> bool:
    """Whether the place read is a national capital (its gazetteer entry says so)."""
    return any(
        c.capital and c.geonames_id == place.geonames_id and c.country == place.country
        for c in gazetteer.candidates(place.name)
    )


def neighbours(places: Sequence[Place], gazetteer: Gazetteer) -> list[Place]:
    """Each city that only its size chose, read again as the namesake lying within
    :data:`NEIGHBOUR_KM` of another city of the article, where there is one."""
    capitals = [p.feature in LOCAL and _is_capital(p, gazetteer) for p in places]
    anchors = [
        (p.name, p.lat, p.lon, seat)
        for p, seat in zip(places, capitals, strict=True)
        if p.feature in LOCAL and p.lat is not None and p.lon is not None
    ]
    out = list(places)
    for i, place in enumerate(out):
        if place.rule not in SIZE_RULES or place.feature not in LOCAL:
            continue
        # Two national capitals are named for their governments ("Washington restored ties
        # with Damascus"): neither makes the other a small namesake nearby.
        points = [(lat, lon) for name, lat, lon, seat in anchors
                  if name != place.name and not (capitals[i] and seat)]  # fmt: skip
        near = gazetteer.near_points(place.name, place.span, points, NEIGHBOUR_KM)
        best = next((p for p in near if p.geonames_id != place.geonames_id), None)
        if best is not None:
            out[i] = replace(best, name=place.name, rule="neighbour")
    return out
