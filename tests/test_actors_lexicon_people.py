"""Schema, consistency and fact checks for ``people.csv``, the dated lexicon of political people."""

from __future__ import annotations

import csv
import itertools
from collections import defaultdict
from datetime import date
from pathlib import Path

import pycountry
import pytest

PEOPLE = Path(__file__).parents[1] / "src/eventwire/data/lexicons/people.csv"

HEADER = ["name", "aliases", "country", "sector", "role", "start", "end"]
SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "POL", "OPP", "REB", "IGO", "CVL"})
# Non-state actors may carry no country (al-Qaeda's leaders act across many states).
COUNTRYLESS_SECTORS = frozenset({"REB", "CVL"})
EXTRA_CODES = frozenset({"IGO", "XKX"})
SMALL_ROLE_WORDS = frozenset({"of", "the", "and", "for", "to", "in", "on", "without"})
BRITISH_SPELLINGS = ("Defence", "Labour", "Organisation", "Programme")
EARLIEST = date(1940, 1, 1)
LATEST = date(2026, 12, 31)

Row = dict[str, str]
Period = tuple[date, date]


def load_rows() -> list[Row]:
    with PEOPLE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


ROWS = load_rows()


def period(row: Row) -> Period:
    """The half-open interval [start, end) of a row; an open end runs to the far future."""
    start = date.fromisoformat(row["start"])
    end = date.fromisoformat(row["end"]) if row["end"] else date.max
    return start, end


def overlaps(first: Period, second: Period) -> bool:
    return first[0] < second[1] and second[0] < first[1]


def forms(row: Row) -> list[str]:
    return [row["name"], *(alias for alias in row["aliases"].split("|") if alias)]


def coding_on(name: str, day: str) -> Row:
    """The single row for ``name`` whose period covers ``day``."""
    when = date.fromisoformat(day)
    hits = [row for row in ROWS if row["name"] == name and period(row)[0] <= when < period(row)[1]]
    assert len(hits) == 1, f"{name} on {day}: {len(hits)} rows"
    return hits[0]


def test_header() -> None:
    with PEOPLE.open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == HEADER


def test_every_row_has_all_columns_and_the_required_fields() -> None:
    for row in ROWS:
        assert None not in row and all(value is not None for value in row.values()), row
        for field in ("name", "sector", "role", "start"):
            assert row[field].strip(), (field, row)
        assert all(value == value.strip() for value in row.values()), row


def test_at_least_600_rows() -> None:
    assert len(ROWS) >= 600


def test_country_is_iso3_or_documented_code() -> None:
    for row in ROWS:
        code = row["country"]
        if not code:
            assert row["sector"] in COUNTRYLESS_SECTORS, row
        elif code not in EXTRA_CODES:
            assert pycountry.countries.get(alpha_3=code) is not None, row


def test_sector_is_allowed_and_igo_codes_agree() -> None:
    for row in ROWS:
        assert row["sector"] in SECTORS, row
        assert (row["country"] == "IGO") == (row["sector"] == "IGO"), row


def test_role_is_title_case_with_american_spelling() -> None:
    for row in ROWS:
        for word in row["role"].split(" "):
            assert word, row
            # Arabic names keep their lower-case article ("Hayat Tahrir al-Sham").
            assert word in SMALL_ROLE_WORDS or word[0].isupper() or word.startswith("al-"), row
        assert not any(spelling in row["role"] for spelling in BRITISH_SPELLINGS), row


def test_aliases_are_clean_name_forms() -> None:
    for row in ROWS:
        if not row["aliases"]:
            continue
        aliases = row["aliases"].split("|")
        assert all(alias and alias == alias.strip() for alias in aliases), row
        assert row["name"] not in aliases, row
        assert len(set(aliases)) == len(aliases), row
        assert not any(alias.lower().startswith("the ") for alias in aliases), row


def test_one_person_carries_the_same_aliases_on_every_row() -> None:
    aliases: dict[str, set[str]] = defaultdict(set)
    for row in ROWS:
        aliases[row["name"]].add(row["aliases"])
    assert {name: seen for name, seen in aliases.items() if len(seen) > 1} == {}


def test_dates_parse_and_start_precedes_end() -> None:
    for row in ROWS:
        start = date.fromisoformat(row["start"])
        assert EARLIEST <= start <= LATEST, row
        if row["end"]:
            end = date.fromisoformat(row["end"])
            assert start < end <= LATEST, row


def test_no_duplicate_rows() -> None:
    keys = [(row["name"], row["start"]) for row in ROWS]
    assert len(keys) == len(set(keys))


def test_no_overlapping_periods_for_one_person() -> None:
    by_name: dict[str, list[Period]] = defaultdict(list)
    for row in ROWS:
        by_name[row["name"]].append(period(row))
    clashes: list[tuple[str, Period, Period]] = []
    for name, periods in by_name.items():
        ordered = sorted(periods)
        clashes.extend((name, a, b) for a, b in itertools.pairwise(ordered) if overlaps(a, b))
    assert clashes == []


def test_no_form_names_two_people_at_the_same_time() -> None:
    holders: dict[str, dict[str, list[Period]]] = defaultdict(lambda: defaultdict(list))
    for row in ROWS:
        for form in forms(row):
            holders[form.lower()][row["name"]].append(period(row))
    clashes: list[tuple[str, str, str]] = []
    for form, people in holders.items():
        names = sorted(people)
        for i, first in enumerate(names):
            for second in names[i + 1 :]:
                if any(overlaps(a, b) for a in people[first] for b in people[second]):
                    clashes.append((form, first, second))
    assert clashes == []


@pytest.mark.parametrize(
    ("name", "day", "country", "sector", "role"),
    [
        ("Tony Blair", "2004-11-03", "GBR", "GOV", "Prime Minister"),
        ("Michael Howard", "2004-06-15", "GBR", "OPP", "Leader of the Opposition"),
        ("Kofi Annan", "2004-06-15", "IGO", "IGO", "UN Secretary-General"),
        ("Benny Gantz", "2020-10-22", "ISR", "MIL", "Defense Minister"),
        ("Mark Esper", "2020-10-22", "USA", "MIL", "Defense Secretary"),
        ("Benjamin Netanyahu", "2020-10-22", "ISR", "GOV", "Prime Minister"),
        ("Gordon Brown", "2004-11-03", "GBR", "GOV", "Chancellor of the Exchequer"),
        ("Gordon Brown", "2009-01-01", "GBR", "GOV", "Prime Minister"),
        ("Jack Straw", "2005-02-14", "GBR", "GOV", "Foreign Secretary"),
        ("Mahmoud Abbas", "2005-02-14", "PSE", "GOV", "President"),
        ("Charles Kennedy", "2005-02-14", "GBR", "OPP", "Leader of the Liberal Democrats"),
        ("Ismail Haniyeh", "2020-01-01", "PSE", "REB", "Hamas Political Bureau Chief"),
        ("Geoff Hoon", "2003-03-20", "GBR", "MIL", "Defense Secretary"),
        ("John Kerry", "2004-08-01", "USA", "OPP", "Presidential Candidate"),
        ("Vladimir Putin", "2010-01-01", "RUS", "GOV", "Prime Minister"),
        ("Ban Ki-moon", "2010-01-01", "IGO", "IGO", "UN Secretary-General"),
        ("Nelson Mandela", "2005-01-01", "ZAF", "CVL", "Former President"),
        ("Pope Benedict XVI", "2010-01-01", "VAT", "CVL", "Pope"),
    ],
)
def test_spot_facts(name: str, day: str, country: str, sector: str, role: str) -> None:
    row = coding_on(name, day)
    assert (row["country"], row["sector"], row["role"]) == (country, sector, role)


def test_a_person_out_of_office_has_no_row_then() -> None:
    # Gordon Brown's Chancellorship and premiership meet without overlap, and Liz Truss
    # held no office between leaving Number 10 and the end of coverage.
    assert coding_on("Gordon Brown", "2007-06-27")["role"] == "Prime Minister"
    with pytest.raises(AssertionError):
        coding_on("Liz Truss", "2023-01-01")


def test_transliterations_are_listed() -> None:
    zelensky = coding_on("Volodymyr Zelensky", "2022-03-01")
    assert {"Volodymyr Zelenskyy", "Volodymyr Zelenskiy"} <= set(zelensky["aliases"].split("|"))
    assert "George W Bush" in coding_on("George W. Bush", "2003-03-20")["aliases"].split("|")
