"""One gazetteer entry: a country, first-level division, city or landmark that a name may mean."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Feature = Literal["country", "admin1", "admin2", "city", "landmark", "region"]
FEATURES: tuple[Feature, ...] = ("country", "admin1", "admin2", "city", "landmark", "region")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer entry.

    ``country`` is ISO 3166-1 alpha-3 (``None`` for places no single country holds, such as
    Kashmir or the South China Sea); ``admin1`` is the GeoNames first-level code for cities and
    US states ("TX", "ENG") or the ISO 3166-2 code for other divisions ("GB-KEN").
    ``source`` names where the entry came from: ``geonames``, ``pycountry`` or ``landmarks``.
    """

    name: str
    feature: Feature
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    admin1: str | None = None
    population: int = 0
    capital: bool = False
    source: str = "geonames"
    #: For a division with no population on record: how many people it may hold, from its
    #: country's population and number of divisions (0: unknown).
    share: int = 0
