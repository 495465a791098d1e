"""Country names and codes from the countries lexicon, and readable actor labels."""

from __future__ import annotations

from functools import cache

from eventwire.resources import data_path, read_csv, split_values


@cache
def country_names() -> dict[str, str]:
    """ISO 3166 alpha-3 code -> the country's short name, from the countries lexicon."""
    path = data_path("lexicons", "countries.csv")
    return {row["iso3"]: row["name"] for row in read_csv(path) if row.get("iso3")}


@cache
def _codes_by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for row in read_csv(data_path("lexicons", "countries.csv")):
        code = row.get("iso3", "")
        for name in [row.get("name", ""), *split_values(row.get("aliases", ""))]:
            if code and name:
                names.setdefault(name.casefold(), code)
    return names


def country_code(text: str) -> str | None:
    """The ISO 3166 alpha-3 code that ``text`` is or names (``"iran"``, ``"IRN"``), else None."""
    if text.upper() in country_names():
        return text.upper()
    return _codes_by_name().get(text.strip().casefold())


def codes(country: str | None, sector: str | None) -> str:
    """``"USA GOV"``, ``"USA"``, ``"REB"``, ``"IGO"`` (not ``"IGO IGO"``) or ``""``."""
    parts = [country] if country else []
    if sector and sector != country:
        parts.append(sector)
    return " ".join(parts)


def actor_label(key: str, name: str | None, country: str | None, sector: str | None) -> str:
    """How a summary names one side of a dyad: ``NAME (COUNTRY SECTOR)``.

    ``key`` is the dyad key (a country code, else the actor's name, see
    ``_schema.actor_key``); ``name`` and ``country`` are those most often seen under it.
    A country key is named by the countries lexicon, so every minister, capital and
    ministry of one state reads the same way.
    """
    countries = country_names()
    if key in countries:
        return f"{countries[key]} ({codes(key, sector)})"
    found = codes(country, sector)
    return f"{name or key} ({found or 'no code'})"
