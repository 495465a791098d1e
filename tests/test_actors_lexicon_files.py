"""Schema and consistency checks for the actor lexicons in ``src/eventwire/data/lexicons``."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import pycountry
import pytest

LEXICONS = Path(__file__).parents[1] / "src/eventwire/data/lexicons"


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SECTORS = words("GOV MIL LEG JUD POL OPP REB IGO NGO BUS MED CVL CRM EDU HLH REL LAB SPY")
# Codes that are not ISO 3166-1 alpha-3 but are documented in README.md.
EXTRA_CODES = frozenset({"XKX", "IGO"})
# Surface forms that deliberately appear in two files (a metonym overrides a capital).
CROSS_FILE_OVERRIDES = frozenset({"brussels"})
# Forms the coder would match inside ordinary prose; none may be a lexicon entry.
COMMON_WORDS = words(
    """a am an as at be by do go he if in is it me my no of on or so to up us we
    who let may can will man male sun dawn times mirror express observer independent
    guardian economist total shell apple amazon intel meta fed respect reform unison
    unite liberty amnesty solidarity vox state party press commission lords diet
    sputnik wagner council assembly court house government league union
    front alliance change hope home left right labor nation people public"""
)
SMALL_ROLE_WORDS = frozenset({"of", "the", "and", "for", "to", "in", "on", "without"})
BRITISH_SPELLINGS = ("Defence", "Labour", "Organisation", "Councillor", "Programme")

UN_MEMBERS = words(
    """AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
    BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI
    CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
    FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
    IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
    LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM
    NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT
    KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
    ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV
    UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE"""
)

COLUMNS = {
    "countries.csv": ["iso3", "name", "aliases", "adjectives", "capital"],
    "titles.csv": ["title", "sector", "kind", "role"],
    "organisations.csv": ["name", "aliases", "country", "sector", "kind"],
    "metonyms.csv": ["name", "country", "sector", "kind"],
}
REQUIRED = {
    "countries.csv": ["iso3", "name"],
    "titles.csv": ["title", "sector", "kind"],
    "organisations.csv": ["name", "sector", "kind"],
    "metonyms.csv": ["name", "country", "sector", "kind"],
}

Row = dict[str, str]


def load(filename: str) -> list[Row]:
    with (LEXICONS / filename).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == COLUMNS[filename], filename
        return list(reader)


def split(value: str) -> list[str]:
    return value.split("|") if value else []


def is_valid_code(code: str) -> bool:
    return code in EXTRA_CODES or pycountry.countries.get(alpha_3=code) is not None


def surface_forms(filename: str, row: Row) -> Iterator[str]:
    """Every string in a row that the coder matches against text."""
    if filename == "countries.csv":
        yield row["name"]
        for column in ("aliases", "adjectives", "capital"):
            yield from split(row[column])
    elif filename == "organisations.csv":
        yield row["name"]
        yield from split(row["aliases"])
    elif filename == "metonyms.csv":
        yield from split(row["name"])
    else:
        yield row["title"]


def row_key(filename: str, row: Row) -> str:
    return row["iso3"] if filename == "countries.csv" else row.get("name") or row["title"]


@pytest.fixture(scope="module")
def tables() -> dict[str, list[Row]]:
    return {name: load(name) for name in COLUMNS}


@pytest.mark.parametrize("filename", sorted(COLUMNS))
def test_required_values_present_and_clean(filename: str) -> None:
    for row in load(filename):
        for column in REQUIRED[filename]:
            assert row[column], (filename, row)
        for column, value in row.items():
            assert value == value.strip(), (filename, column, value)
            assert "||" not in value and not value.startswith("|") and not value.endswith("|")
        for form in surface_forms(filename, row):
            assert form and form == form.strip(), (filename, row)
            assert not form.lower().startswith("the "), (filename, form)


@pytest.mark.parametrize("filename", sorted(COLUMNS))
def test_surface_forms_are_unique_within_a_file(filename: str) -> None:
    owner: dict[str, str] = {}
    for row in load(filename):
        key = row_key(filename, row)
        for form in {f.casefold() for f in surface_forms(filename, row)}:
            assert owner.setdefault(form, key) == key, (
                f"{filename}: {form!r} in {owner[form]} and {key}"
            )


@pytest.mark.parametrize("filename", ["countries.csv", "metonyms.csv", "organisations.csv"])
def test_no_name_is_a_common_english_word(filename: str) -> None:
    """Names are matched without context, so none may be an everyday word.

    Titles are exempt: they are generic nouns by design and only count next to a name or a
    nationality.
    """
    for row in load(filename):
        for form in surface_forms(filename, row):
            is_acronym = not any(ch.islower() for ch in form)
            if not is_acronym:
                assert form.casefold() not in COMMON_WORDS, (filename, form)


def test_countries_have_valid_unique_codes(tables: dict[str, list[Row]]) -> None:
    codes = [row["iso3"] for row in tables["countries.csv"]]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert code != "IGO" and is_valid_code(code), code


def test_every_un_member_observer_and_extra_is_present(tables: dict[str, list[Row]]) -> None:
    assert len(UN_MEMBERS) == 193
    codes = {row["iso3"] for row in tables["countries.csv"]}
    assert codes >= UN_MEMBERS
    assert {"PSE", "VAT", "TWN", "XKX", "HKG", "ESH"} <= codes


def test_un_members_and_observers_have_a_capital(tables: dict[str, list[Row]]) -> None:
    for row in tables["countries.csv"]:
        if row["iso3"] in UN_MEMBERS | {"PSE", "VAT"}:
            assert row["capital"], row["iso3"]


def test_key_country_forms(tables: dict[str, list[Row]]) -> None:
    rows = {row["iso3"]: row for row in tables["countries.csv"]}
    assert {"U.S.", "US", "USA", "America"} <= set(split(rows["USA"]["aliases"]))
    assert {"American", "Americans"} <= set(split(rows["USA"]["adjectives"]))
    assert rows["GBR"]["name"] == "United Kingdom"
    assert {"Britain", "UK", "U.K.", "Great Britain"} <= set(split(rows["GBR"]["aliases"]))
    assert {"British", "Briton", "Britons"} <= set(split(rows["GBR"]["adjectives"]))
    assert "DPRK" in split(rows["PRK"]["aliases"])
    assert "Côte d'Ivoire" in split(rows["CIV"]["aliases"])
    assert "Emirati" in split(rows["ARE"]["adjectives"])
    assert "Beijing" in split(rows["CHN"]["capital"])
    assert "Washington" in split(rows["USA"]["capital"])


def test_titles(tables: dict[str, list[Row]]) -> None:
    rows = tables["titles.csv"]
    assert len(rows) >= 260
    for row in rows:
        assert row["title"] == row["title"].lower(), row
        assert row["sector"] in SECTORS, row
        assert row["kind"] in {"person", "group", "organisation"}, row
        if row["kind"] != "person":
            assert row["role"] == "", row
            continue
        assert row["role"], row
        for word in row["role"].split():
            assert word[0].isupper() or word in SMALL_ROLE_WORDS or word.startswith("d'"), row
        assert not any(british in row["role"] for british in BRITISH_SPELLINGS), row


def test_title_spelling_variants_share_a_role(tables: dict[str, list[Row]]) -> None:
    by_title = {row["title"]: row for row in tables["titles.csv"]}
    for british, american in [
        ("defence minister", "defense minister"),
        ("defence secretary", "defense secretary"),
        ("labour minister", "labor minister"),
    ]:
        assert by_title[british]["role"] == by_title[american]["role"]
        assert by_title[british]["sector"] == by_title[american]["sector"]
    assert by_title["defense minister"]["sector"] == "MIL"
    assert by_title["defense minister"]["role"] == "Defense Minister"
    assert by_title["foreign minister"]["sector"] == "GOV"
    assert by_title["troops"]["kind"] == "group"


def test_organisations(tables: dict[str, list[Row]]) -> None:
    rows = tables["organisations.csv"]
    assert len(rows) >= 200
    for row in rows:
        assert row["sector"] in SECTORS, row
        assert row["kind"] == "organisation", row
        assert row["country"] == "" or is_valid_code(row["country"]), row
        assert (row["country"] == "IGO") == (row["sector"] == "IGO"), row


def test_organisation_facts(tables: dict[str, list[Row]]) -> None:
    by_form = {
        form: row
        for row in tables["organisations.csv"]
        for form in surface_forms("organisations.csv", row)
    }

    def coded(form: str) -> tuple[str, str]:
        return by_form[form]["country"], by_form[form]["sector"]

    assert coded("EU") == ("IGO", "IGO")
    assert coded("WTO") == ("IGO", "IGO")
    assert coded("IDF") == ("ISR", "MIL")
    assert coded("Hamas") == ("PSE", "REB")
    assert coded("Amnesty International") == ("", "NGO")
    assert coded("Tories") == ("GBR", "POL")
    assert coded("Channel 12") == ("ISR", "MED")


def test_metonyms(tables: dict[str, list[Row]]) -> None:
    rows = tables["metonyms.csv"]
    for row in rows:
        assert row["sector"] in SECTORS, row
        assert row["kind"] in {"organisation", "state"}, row
        assert is_valid_code(row["country"]), row
    by_form = {form: row for row in rows for form in split(row["name"])}
    assert (by_form["Pentagon"]["country"], by_form["Pentagon"]["sector"]) == ("USA", "MIL")
    assert by_form["Kremlin"]["country"] == "RUS"
    assert by_form["No 10"]["country"] == "GBR"


def test_no_form_names_two_actors_across_files(tables: dict[str, list[Row]]) -> None:
    owner: dict[str, str] = {}
    for filename, rows in tables.items():
        for row in rows:
            key = f"{filename}:{row_key(filename, row)}"
            for form in {f.casefold() for f in surface_forms(filename, row)}:
                if form in CROSS_FILE_OVERRIDES:
                    continue
                previous = owner.setdefault(form, key)
                same_file = previous.split(":", 1)[0] == filename
                assert same_file or previous == key, f"{form!r}: {previous} and {key}"


def test_acronyms_are_at_least_two_characters(tables: dict[str, list[Row]]) -> None:
    """All-caps forms are matched case-sensitively; a one-letter one would match initials."""
    for filename, rows in tables.items():
        for row in rows:
            for form in surface_forms(filename, row):
                if not any(ch.islower() for ch in form):
                    assert sum(ch.isalnum() for ch in form) >= 2, (filename, form)


# -- sectors.csv and governing.csv ------------------------------------------------------

OUTPUT_SECTORS = words("GOV MIL LEG JUD POL OPP REB IGO NGO BUS MED CVL")


def _plain_rows(filename: str) -> tuple[list[str], list[dict[str, str]]]:
    with (LEXICONS / filename).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(line for line in handle if not line.startswith("#"))
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def test_sectors_file_maps_every_sector_to_an_output_code() -> None:
    columns, rows = _plain_rows("sectors.csv")
    assert columns == ["code", "output", "meaning"]
    assert {row["code"] for row in rows} == SECTORS
    for row in rows:
        assert row["output"] in OUTPUT_SECTORS, row
        assert row["meaning"], row
        if row["code"] in OUTPUT_SECTORS:
            assert row["output"] == row["code"], row


def test_governing_periods_name_parties_and_do_not_overlap() -> None:
    columns, rows = _plain_rows("governing.csv")
    assert columns == ["party", "start", "end", "outside"]
    _, organisations = _plain_rows("organisations.csv")
    sectors = {row["name"]: row["sector"] for row in organisations}
    spans: dict[str, list[tuple[dt.date, dt.date]]] = {}
    outside: dict[str, set[str]] = {}
    for row in rows:
        # A party (POL), or a movement whose own row gives its sector out of office.
        assert sectors.get(row["party"]) in {"POL", row["outside"]}, row
        assert row["outside"] in {"", "REB"}, row
        outside.setdefault(row["party"], set()).add(row["outside"])
        start = dt.date.fromisoformat(row["start"])
        end = dt.date.fromisoformat(row["end"]) if row["end"] else dt.date.max
        assert start < end, row
        spans.setdefault(row["party"], []).append((start, end))
    for party, periods in spans.items():
        periods.sort()
        for (_, end), (start, _) in itertools.pairwise(periods):
            assert end <= start, party
    assert (dt.date(1997, 5, 2), dt.date(2010, 5, 11)) in spans["Labour Party"]
    assert all(len(kinds) == 1 for kinds in outside.values()), outside


def test_offices_name_roles_the_lexicons_use_each_in_one_row() -> None:
    columns, rows = _plain_rows("offices.csv")
    assert columns == ["office", "also"]
    _, titles = _plain_rows("titles.csv")
    _, people = _plain_rows("people.csv")
    roles = {row["role"] for row in titles} | {row["role"] for row in people}
    seen: set[str] = set()
    for row in rows:
        names = [row["office"], *row["also"].split("|")]
        for name in names:
            assert name in roles, name
            assert name.lower() not in seen, name
            seen.add(name.lower())
