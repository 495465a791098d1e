"""Seas, gulfs, rivers and other bodies of water among an article's places, whose names may
hold a country's ("the South China Sea", "the Gulf of Mexico", "the Indian Ocean") without
naming the state."""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.records import Place

#: Kinds of geocoded place a body of water is read as.
AREA_FEATURES = frozenset({"region", "landmark"})
#: Words of a body of water's name ("the Sea of Japan", "the Persian Gulf"). A strait, a
#: canal or a region keeps its country ("the Taiwan Strait", "the Panama Canal").
WATER_WORDS = frozenset({"sea", "ocean", "gulf", "bay", "river", "lake", "lagoon"})


def inside_water_name(places: Iterable[Place], start: int, end: int) -> bool:
    """Whether the characters ``start:end`` are part of, and not the whole of, the name of
    a body of water among ``places`` ("Japan" in "the Sea of Japan")."""
    return any(
        p.feature in AREA_FEATURES
        and _inside(p, start, end)
        and not WATER_WORDS.isdisjoint(p.name.lower().split())
        for p in places
    )


def inside_foreign_name(places: Iterable[Place], start: int, end: int, country: str) -> bool:
    """Whether the characters ``start:end``, a word for ``country``, are part of, and not
    the whole of, the name of a place geocoded to another country ("Niger" in "the Niger
    Delta", a region of Nigeria): a place's name, not the state it spells."""
    return any(
        p.country is not None and p.country != country and _inside(p, start, end) for p in places
    )


def _inside(place: Place, start: int, end: int) -> bool:
    """Whether ``start:end`` is part of, and not the whole of, the place's name."""
    span = place.span
    return span.start <= start and end <= span.end and (span.start, span.end) != (start, end)
