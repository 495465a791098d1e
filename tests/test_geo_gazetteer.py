"""The gazetteer: country names and aliases, landmarks, candidates, the disk cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.geo import Gazetteer, cache
from eventwire.geo.names import name_key, strip_article
from eventwire.geo.sources import data_dir


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("the United States", "USA"),
        ("United States", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("America", "USA"),
        ("Britain", "GBR"),
        ("UK", "GBR"),
        ("United Kingdom", "GBR"),
        ("North Korea", "PRK"),
        ("South Korea", "KOR"),
        ("the Gaza Strip", "PSE"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Burma", "MMR"),
        ("the Netherlands", "NLD"),
        ("Czech Republic", "CZE"),
        ("Russia", "RUS"),
        ("Iran", "IRN"),
        ("Syria", "SYR"),
        ("Jordan", "JOR"),
        ("Hong Kong", "HKG"),
        ("Kosovo", "XKX"),
        ("Türkiye", "TUR"),
    ],
)
def test_country_code_accepts_usual_names(gaz: Gazetteer, name: str, iso3: str) -> None:
    assert gaz.country_code(name) == iso3


@pytest.mark.parametrize("name", ["Gaza", "Israeli", "American", "Paris", "Europe", "Kashmir"])
def test_country_code_is_none_for_non_countries(gaz: Gazetteer, name: str) -> None:
    assert gaz.country_code(name) is None


def test_candidates_cover_every_kind_of_entry(gaz: Gazetteer) -> None:
    georgia = {(c.feature, c.country) for c in gaz.candidates("Georgia")}
    assert {("country", "GEO"), ("admin1", "USA")} <= georgia
    paris = [c for c in gaz.candidates("Paris") if c.feature == "city"]
    assert {c.country for c in paris} >= {"FRA", "USA"}
    assert paris[0].country == "FRA"  # cities come most populous first
    pentagon = gaz.candidates("the Pentagon")
    assert pentagon[0].feature == "landmark" and pentagon[0].country == "USA"
    assert gaz.candidates("Nowhereville-on-Nothing") == []


def test_city_aliases_from_geonames_and_landmarks(gaz: Gazetteer) -> None:
    kiev = gaz.candidates("Kiev")
    assert kiev and kiev[0].country == "UKR" and kiev[0].geonames_id == 703448
    bombay = gaz.candidates("Bombay")
    assert bombay and bombay[0].name == "Mumbai"
    fallujah = gaz.candidates("Fallujah")
    assert fallujah and fallujah[0].country == "IRQ"


def test_small_town_alternate_names_and_continents_are_not_indexed(gaz: Gazetteer) -> None:
    assert gaz.candidates("Tsunami") == []
    # A continent is only itself, a vague region: no town of its name answers for it.
    for name in ("Africa", "Asia"):
        assert [(c.feature, c.source) for c in gaz.candidates(name)] == [("region", "regions")]


def test_countries_have_positions(gaz: Gazetteer) -> None:
    usa = next(c for c in gaz.candidates("United States") if c.feature == "country")
    assert usa.lat is not None and usa.lon is not None
    assert 25 < usa.lat < 50 and -125 < usa.lon < -65
    fiji = next(c for c in gaz.candidates("Fiji") if c.feature == "country")
    assert fiji.lon is not None and abs(fiji.lon) > 170  # survives the antimeridian


def test_landmarks_table_has_required_rows(gaz: Gazetteer) -> None:
    lines = (data_dir() / "landmarks.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "name,aliases,country,lat,lon,feature,admin1,geonames_id"
    assert len(lines) - 1 >= 60
    for name, country in [
        ("Kremlin", "RUS"),
        ("Downing Street", "GBR"),
        ("White House", "USA"),
        ("West Bank", "PSE"),
        ("East Jerusalem", "PSE"),
        ("Crimea", "UKR"),
        ("Golan Heights", "SYR"),
        ("Peace Palace", "NLD"),
        ("NATO headquarters", "BEL"),
    ]:
        found = gaz.candidates(name)
        assert found and found[0].country == country, name
    kashmir = gaz.candidates("Kashmir")[0]
    assert kashmir.country is None and kashmir.feature == "region"


def test_name_key_and_article() -> None:
    assert name_key("U.S.") == "us"
    assert name_key("the  Gambia") == "gambia"
    assert name_key("Côte d’Ivoire") == "cote d'ivoire"
    assert name_key("Tel-Aviv") == "tel aviv"
    assert strip_article("the Pentagon") == ("Pentagon", 4)
    assert strip_article("Thebes") == ("Thebes", 0)


def test_disk_cache_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    assert cache.load(Gazetteer) is None
    cache.save(Gazetteer.default())
    assert list(tmp_path.glob("gazetteer-*.pickle"))
    loaded = cache.load(Gazetteer)
    # How fast the cache loads is measured by benchmarks, not asserted here.
    assert loaded is not None
    assert loaded.country_code("Britain") == "GBR"
    assert loaded.candidates("Tel Aviv")[0].country == "ISR"


def test_default_is_loaded_once(gaz: Gazetteer) -> None:
    assert Gazetteer.default() is gaz


def test_small_towns_are_kept_apart_from_the_candidates(gaz: Gazetteer) -> None:
    assert gaz.candidates("Tompkinsville") == []
    towns = gaz.towns("Tompkinsville")
    assert towns and all(t.source == "towns" and t.feature == "city" for t in towns)
    assert any((t.country, t.admin1) == ("USA", "KY") for t in towns)
    assert all(t.source != "towns" for t in gaz.towns("Zqxville") + gaz.candidates("Glasgow"))
