"""Countries at their own representative point (country_points.csv), not the mean of their
cities; and a division with no population on record sized by its country's people."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pycountry
import pytest

from eventwire.geo import Gazetteer
from eventwire.geo.sources import COUNTRY_POINTS, country_points, data_dir
from eventwire.records import Span

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _country(gaz: Gazetteer, name: str) -> tuple[float, float]:
    found = next(c for c in gaz.candidates(name) if c.feature == "country")
    assert found.lat is not None and found.lon is not None
    return found.lat, found.lon


def test_every_row_parses_and_names_a_pycountry_country() -> None:
    lines = (data_dir() / COUNTRY_POINTS).read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    assert any("ODbL" in line for line in header)
    assert any("countrystatecity-countries" in line for line in header)
    rows = list(csv.DictReader(line for line in lines if not line.startswith("#")))
    codes = {country.alpha_3 for country in pycountry.countries}
    assert len(rows) > 240
    for row in rows:
        assert row["iso3"] in codes, row
        lat, lon = float(row["lat"]), float(row["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, row
    assert len({row["iso3"] for row in rows}) == len(rows)


def test_large_countries_sit_in_their_middle_not_where_their_cities_crowd(
    gaz: Gazetteer,
) -> None:
    lat, lon = _country(gaz, "Russia")
    assert lon > 60  # east of the Urals; most Russian cities lie west of them
    lat, lon = _country(gaz, "Australia")
    assert -30 < lat < -20 and 125 < lon < 140  # inland, not on the south-east coast
    lat, lon = _country(gaz, "Canada")
    assert lat > 52  # north of the belt along the US border
    lat, lon = _country(gaz, "China")
    assert lon < 110  # west of the crowded coast


def test_the_gazetteer_uses_the_file() -> None:
    points = country_points()
    assert set(points) >= {"RUS", "BRA", "NZL", "KIR"}


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Lae", "PNG"),  # a Papua New Guinean port, not a Marshall Islands atoll
        ("Charlotte", "USA"),  # a US city, not a parish of St Vincent
        ("Portland", "USA"),  # an Oregon city, not a Jamaican parish
        ("Gilbert", "USA"),  # an Arizona town, not Kiribati's Gilbert Islands
    ],
)
def test_a_small_countrys_division_yields_to_a_larger_city(
    gaz: Gazetteer, name: str, country: str
) -> None:
    place = gaz.resolve(name, Span(0, len(name)))
    assert place is not None and place.country == country and place.feature == "city"


@pytest.mark.parametrize(
    ("name", "country"), [("Kent", "GBR"), ("Ontario", "CAN"), ("Punjab", "IND")]
)
def test_a_populous_countrys_division_still_outranks_a_small_city(
    gaz: Gazetteer, name: str, country: str
) -> None:
    place = gaz.resolve(name, Span(0, len(name)))
    assert place is not None and place.country == country and place.feature == "admin1"


def test_the_import_script_writes_the_country_points_from_a_folder(tmp_path: Path) -> None:
    data = tmp_path / "wheel" / "countrystatecity_countries" / "data"
    (data / "by-country" / "NZ").mkdir(parents=True)
    (data / "by-country" / "NZ" / "states.json").write_text(
        '[{"id": 1, "name": "Otago", "country_code": "NZ", "iso3166_2": "NZ-OTA",'
        ' "latitude": "-45.47", "longitude": "169.92"}]'
    )
    (data / "countries.json").write_text(
        '[{"id": 1, "name": "New Zealand", "iso3": "NZL", "latitude": "-41.00000000",'
        ' "longitude": "174.00000000"}, {"id": 2, "name": "Atlantis", "iso3": "ATL",'
        ' "latitude": "1", "longitude": "2"}]'
    )
    divisions, countries = tmp_path / "divisions.csv", tmp_path / "countries.csv"
    script = ROOT / "scripts" / "import_admin1_points.py"
    args = [sys.executable, str(script), str(tmp_path / "wheel"), "--output", str(divisions)]
    args += ["--countries-output", str(countries)]
    subprocess.run(args, check=True, capture_output=True)
    rows = [line for line in countries.read_text().splitlines() if not line.startswith("#")]
    assert rows == ["iso3,lat,lon,name", "NZL,-41.0000,174.0000,New Zealand"]
