"""A body a common noun describes beside its name ("German utility Borkwerk", "Lumen
Freight, the Chilean shipping line") is an organisation of the noun's sector
and of the country written before the noun, whatever the NER calls the name; names no
country goes with, names the lexicons know and people are left as they were. Sentences
written for these tests."""

from __future__ import annotations

import csv

import pytest

from eventwire.actors.lexicon import load_lexicon
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle
from eventwire.resources import data_path


def _actors(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    coded = code_text(text, published="2026-03-10")
    assert isinstance(coded, CodedArticle)
    return {a.name: (a.kind, a.country, a.sector) for a in coded.actors}


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("German utility Borkwerk signed a gas deal with Qatar on Monday.",
         "Borkwerk", "DEU", "BUS"),
        ("U.S. chipmaker Novatek agreed to sell processors to India.", "Novatek", "USA", "BUS"),
        ("The Dutch shipping firm Marlog said one of its vessels had been seized.",
         "Marlog", "NLD", "BUS"),
        ("Peru sued Cordillera Haulage, the Colombian firm behind the convoy.",
         "Cordillera Haulage", "COL", "BUS"),
        ("Pacific Terra Mining, the Singapore-listed company that runs the mine, appealed.",
         "Pacific Terra Mining", "SGP", "BUS"),
        ("LIMA, Peru — Regulators fined the state-owned utility Electrosur on Monday.",
         "Electrosur", "PER", "BUS"),
        ("Kenya's largest insurer, Jubira, said it would cover the losses.",
         "Jubira", "KEN", "BUS"),
    ],
)  # fmt: skip
def test_a_described_name_is_an_organisation_of_that_sector_and_country(
    text: str, name: str, country: str, sector: str
) -> None:
    assert _actors(text).get(name) == ("organisation", country, sector)


def test_the_described_company_is_the_party_of_its_act() -> None:
    coded = code_text("Brazilian carmaker Veloz Motors rejected Chile's tariffs.",
                      published="2026-03-10")  # fmt: skip
    assert isinstance(coded, CodedArticle)
    dyads = {(e.type, e.source.country if e.source else None) for e in coded.events}
    assert ("REJECT", "BRA") in dyads


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # No country is written with the noun: nothing is made of the name here.
        ("The oil company Petrolsur signed a deal with Bolivia.", "Petrolsur"),
        # A date after the noun is no name, though a country is written with it.
        ("The German firm Monday denied the charges.", "Monday"),
    ],
)
def test_names_without_a_country_or_not_names_at_all_are_left(text: str, absent: str) -> None:
    assert _actors(text).get(absent, ("-",))[0] != "organisation"


def test_a_known_body_keeps_its_lexicon_entry() -> None:
    # Gazprom is in the organisations lexicon: the describing noun changes nothing.
    assert _actors("The Russian company Gazprom cut gas supplies to Moldova.").get(
        "Gazprom") == ("organisation", "RUS", "BUS")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # A state named before "state-run" owns the body, not the dateline's.
        ("BEIJING — Iran's state-run newspaper Kayhan accused Israel of lying.", "Kayhan",
         "IRN"),
        ("WASHINGTON — The Chinese state-owned shipbuilder Jiangnan Yards won the order.",
         "Jiangnan Yards", "CHN"),
    ],
)  # fmt: skip
def test_state_ownership_follows_the_state_named(text: str, name: str, country: str) -> None:
    assert _actors(text).get(name, ("?", None, None))[1] == country


def test_a_person_described_by_a_noun_of_fame_stays_a_person() -> None:
    # "giant" is said of people as of firms: a name the NER reads as a person's stays one.
    found = _actors("Kenyan football giant Michael Otieno met Ghana's president.")
    assert found.get("Michael Otieno", ("?",))[0] == "person"


def test_a_title_after_the_noun_makes_no_body() -> None:
    # "company chairman" says what the person is; the person stays a person.
    found = _actors("Kenyan company chairman Peter Kamau met the Ugandan president.")
    assert found.get("Peter Kamau", ("?",))[0] == "person"


def test_the_descriptor_file_names_singular_nouns_with_known_sectors() -> None:
    path = data_path("lexicons/descriptors.csv")
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    sectors = {"GOV", "MIL", "LEG", "JUD", "POL", "OPP", "REB", "IGO", "NGO", "BUS", "MED",
               "CVL", "CRM", "EDU", "HLH", "REL", "LAB", "SPY"}  # fmt: skip
    assert rows and all(r["sector"] in sectors and r["noun"].islower() for r in rows)
    assert len({r["noun"] for r in rows}) == len(rows)
    assert load_lexicon().descriptors == {r["noun"]: r["sector"] for r in rows}
    assert {r["people"] for r in rows} <= {"", "yes"}
