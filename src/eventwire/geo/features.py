"""Natural features and regions among an article's places, whose names may hold a country's
("the South China Sea", "the Gulf of Mexico", "the Indian Ocean") without naming the state."""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.records import Place

#: Kinds of place that are natural features or regions, not states or settlements.
NATURAL_FEATURES = frozenset({"region", "landmark"})


def inside_feature_name(places: Iterable[Place], start: int, end: int) -> bool:
    """Whether the characters ``start:end`` are part of, and not the whole of, the name of
    a natural feature or region among ``places`` ("Japan" in "the Sea of Japan")."""
    return any(
        p.feature in NATURAL_FEATURES
        and p.span.start <= start
        and end <= p.span.end
        and (p.span.start, p.span.end) != (start, end)
        for p in places
    )
