"""Rivers, seas, straits, islands, mountains and deserts (``physical.csv``): found in text
without the parser's help, placed near their own point, never in place of a town, a
division or a country of the same name. Sentences written for these tests."""

from __future__ import annotations

import csv

import pytest

from eventwire.earth import distance_km
from eventwire.geo import Gazetteer
from eventwire.geo.sources import data_dir
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _rows() -> list[dict[str, str]]:
    with (data_dir() / "physical.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_table_is_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 300
    seen: set[str] = set()
    for row in rows:
        assert row["feature"] == "region"
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
        assert not row["country"] or (len(row["country"]) == 3 and row["country"].isupper())
        for name in [row["name"], *(a for a in row["aliases"].split("|") if a)]:
            assert name.lower() not in seen, name
            seen.add(name.lower())


def test_no_feature_shadows_a_place_of_the_same_name() -> None:
    gaz = Gazetteer.build()
    for row in _rows():
        for name in [row["name"], *(a for a in row["aliases"].split("|") if a)]:
            owners = {c.source for c in gaz.candidates(name)}
            assert owners == {"landmarks"}, (name, owners)


@pytest.mark.parametrize(
    ("text", "name", "country", "point"),
    [
        ("BASRA, Iraq — Farmers say the Tigris carries less water every summer.",
         "Tigris", "IRQ", (33.3, 44.4)),
        ("ISTANBUL — Tankers queued to enter the Sea of Marmara on Monday.",
         "Sea of Marmara", "TUR", (40.7, 28.2)),
        ("JAKARTA — Heavy rain flooded towns across western Java on Tuesday.",
         "Java", "IDN", (-7.0, 110.0)),
        ("VIENNA — Barges stopped on the Danube as the river ran low.", "Danube", None,
         (45.0, 20.0)),
    ],
)  # fmt: skip
def test_a_feature_in_text_is_a_place(
    text: str, name: str, country: str | None, point: tuple[float, float]
) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    found = {p.name: p for p in coded.places}
    place = found[name]
    assert place.country == country
    assert place.lat is not None and place.lon is not None
    assert distance_km(*point, place.lat, place.lon) < 800
