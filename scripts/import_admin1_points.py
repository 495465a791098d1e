#!/usr/bin/env python3
"""Write the points of the first-level divisions (states, provinces) that pycountry lists,
and of the countries.

    pip download --no-deps -d /tmp/csc countrystatecity-countries==2.0.1
    .venv/bin/python scripts/import_admin1_points.py /tmp/csc/countrystatecity_countries-*.whl

The argument may also be the wheel unpacked into a folder; without one, the script reads
the installed package, if there is one.

The source is the PyPI package ``countrystatecity-countries`` (2.0.1), a copy of the
countries-states-cities database (https://github.com/dr5hn/countries-states-cities-database),
under the Open Database License (ODbL) 1.0. Its ``data/by-country/XX/states.json`` gives,
for each state, an ISO 3166-2 code (``iso3166_2``) and a point (``latitude``,
``longitude``). The wheel is read as a zip: it need not be installed, and eventwire does
not depend on it at run time (the file written here is shipped).

Writes ``src/eventwire/data/gazetteer/admin1_points.csv`` (``iso3166_2,lat,lon,name``: the
coordinates rounded to 4 decimals, and the English name), keeping only the codes pycountry
has a subdivision for: those are the divisions the gazetteer indexes
(:func:`eventwire.geo.sources.admin1_entries`).

It also writes ``src/eventwire/data/gazetteer/country_points.csv`` (``iso3,lat,lon``) from
the package's ``data/countries.json``: each country's own representative point, which
:func:`eventwire.geo.sources.country_entries` uses instead of the mean of its cities (that
mean lies west of the Urals for Russia and on the south-east coast for Australia). A source
without ``countries.json`` leaves that file alone.

The files are deterministic: the same source gives the same bytes. ``--check`` compares
instead of writing.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import json
import sys
import zipfile
from pathlib import Path
from typing import Any

import pycountry

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "eventwire" / "data" / "gazetteer" / "admin1_points.csv"
COUNTRY_TARGET = TARGET.with_name("country_points.csv")
PACKAGE = "countrystatecity_countries"
DISTRIBUTION = "countrystatecity-countries"
STATES = "states.json"
COUNTRIES = "countries.json"


def _version_of(names: list[str], read: Any) -> str:
    """The version in the wheel's ``METADATA``; ``?`` when there is none."""
    for name in names:
        if name.endswith(".dist-info/METADATA"):
            for line in read(name).decode("utf-8").splitlines():
                if line.startswith("Version:"):
                    return line.split(":", 1)[1].strip()
    return "?"


def read_states(source: Path) -> tuple[str, list[dict[str, Any]]]:
    """The version and every state row of a wheel (a zip file) or an unpacked folder."""
    rows: list[dict[str, Any]] = []
    if source.is_file():
        with zipfile.ZipFile(source) as wheel:
            names = sorted(wheel.namelist())
            version = _version_of(names, wheel.read)
            for name in names:
                if "/data/by-country/" in name and name.endswith(f"/{STATES}"):
                    rows.extend(json.loads(wheel.read(name)))
        return version, rows
    files = sorted(str(p.relative_to(source)) for p in source.rglob("*") if p.is_file())
    version = _version_of(files, lambda name: (source / name).read_bytes())
    for name in files:
        if "by-country" in Path(name).parts and name.endswith(STATES):
            rows.extend(json.loads((source / name).read_text(encoding="utf-8")))
    return version, rows


def read_countries(source: Path) -> list[dict[str, Any]]:
    """The country rows of ``data/countries.json`` in a wheel or an unpacked folder (none
    when the source lacks the file)."""
    suffix = f"/data/{COUNTRIES}"
    if source.is_file():
        with zipfile.ZipFile(source) as wheel:
            for name in wheel.namelist():
                if name.endswith(suffix):
                    return list(json.loads(wheel.read(name)))
        return []
    for path in sorted(source.rglob(COUNTRIES)):
        if path.parent.name == "data":
            return list(json.loads(path.read_text(encoding="utf-8")))
    return []


def country_points(rows: list[dict[str, Any]]) -> dict[str, tuple[float, float, str]]:
    """``iso3 -> (lat, lon, name)`` for the countries pycountry knows that have a point."""
    return _first_points(rows, "iso3", {country.alpha_3 for country in pycountry.countries})


def _installed() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{DISTRIBUTION} is not installed: give the wheel's path")
    return Path(next(iter(spec.submodule_search_locations))).parent


def points(rows: list[dict[str, Any]]) -> dict[str, tuple[float, float, str]]:
    """``code -> (lat, lon)`` for the codes pycountry knows. Where the source has a code
    twice (France's overseas collectivities are listed under France and as countries of
    their own), the row filed under the code's own country wins."""
    ranked = sorted(rows, key=lambda r: (str(r.get("iso3166_2")), _foreign(r), int(r["id"])))
    return _first_points(ranked, "iso3166_2", {sub.code for sub in pycountry.subdivisions})


def _first_points(
    rows: list[dict[str, Any]], key: str, known: set[str]
) -> dict[str, tuple[float, float, str]]:
    """``code -> (lat, lon, name)`` from the first row of each known code with a point,
    the coordinates rounded to 4 decimals."""
    found: dict[str, tuple[float, float, str]] = {}
    for row in rows:
        code = str(row.get(key) or "")
        if code not in known or code in found:
            continue
        if row.get("latitude") in (None, "") or row.get("longitude") in (None, ""):
            continue
        lat, lon = round(float(row["latitude"]), 4), round(float(row["longitude"]), 4)
        found[code] = (lat, lon, str(row.get("name") or "").strip())
    return found


def _foreign(row: dict[str, Any]) -> bool:
    return str(row.get("iso3166_2", "")).split("-")[0] != row.get("country_code")


def render(
    version: str, found: dict[str, tuple[float, float, str]], *, what: str = "divisions"
) -> str:
    first = {
        "divisions": "# A point for each ISO 3166-2 subdivision that pycountry lists, where the"
        " source has one.",
        "countries": "# A representative point for each country that pycountry lists, where the"
        " source has one.",
    }[what]
    lines = [
        first,
        f"# Source: countrystatecity-countries {version} (PyPI), from the countries-states-cities",
        "# database, https://github.com/dr5hn/countries-states-cities-database.",
        "# Licence: Open Database License (ODbL) 1.0, https://opendatacommons.org/licenses/odbl/1-0/",
        "# This file is an extract of that database and is itself under the ODbL.",
        "# Written by scripts/import_admin1_points.py; do not edit by hand.",
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["iso3166_2" if what == "divisions" else "iso3", "lat", "lon", "name"])
    for code, (lat, lon, name) in sorted(found.items()):
        writer.writerow([code, f"{lat:.4f}", f"{lon:.4f}", name])
    return "\n".join(lines) + "\n" + out.getvalue()


def _in_range(found: dict[str, tuple[float, float, str]]) -> dict[str, tuple[float, float, str]]:
    """``found`` itself; stops the script, naming them, if any point is out of range."""
    problems = [
        f"{code}: point out of range ({lat}, {lon})"
        for code, (lat, lon, _) in found.items()
        if not (-90 <= lat <= 90 and -180 <= lon <= 180)
    ]
    if problems:
        raise SystemExit("\n".join(problems))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", type=Path, help="the wheel, or an unpacked folder")
    parser.add_argument("--output", type=Path, default=TARGET)
    parser.add_argument("--countries-output", type=Path, default=COUNTRY_TARGET)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    source = args.source or _installed()
    version, rows = read_states(source)
    if not rows:
        raise SystemExit(f"no {STATES} under data/by-country/ in {source}")
    found = _in_range(points(rows))
    outputs = [(args.output, render(version, found), len(found), len(rows))]
    countries = read_countries(source)
    if countries:
        points_of = _in_range(country_points(countries))
        text = render(version, points_of, what="countries")
        outputs.append((args.countries_output, text, len(points_of), len(countries)))
    stale = 0
    for path, text, kept, total in outputs:
        if args.check:
            same = path.is_file() and path.read_text(encoding="utf-8") == text
            print(f"{path}: {'up to date' if same else 'differs'}")
            stale += not same
            continue
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {kept} of {total} source rows", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
