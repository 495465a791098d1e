"""The actor lexicons (countries, titles, organisations, metonyms) loaded from data files."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.records import ActorKind
from eventwire.resources import data_path, read_csv, split_values

KINDS: frozenset[str] = frozenset({"person", "organisation", "state", "group"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One coded name: what a surface form stands for."""

    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    category: str = "organisation"


@dataclass(frozen=True, slots=True)
class Title:
    """An office or collective noun, with the sector it implies."""

    sector: str
    kind: ActorKind
    role: str | None


@dataclass(frozen=True, slots=True)
class Period:
    """A person's coding while it holds: an office from ``start`` to ``end`` (open if None)."""

    entry: Entry
    start: dt.date | None
    end: dt.date | None

    def holds(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(slots=True)
class ActorLexicon:
    """Surface forms (lower-cased, or exact for acronyms) mapped to what they code to."""

    countries: dict[str, Entry] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    organisations: dict[str, Entry] = field(default_factory=dict)
    metonyms: dict[str, Entry] = field(default_factory=dict)
    people: dict[str, Entry] = field(default_factory=dict)
    periods: dict[str, list[Period]] = field(default_factory=dict)
    titles: dict[str, Title] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)

    def person(
        self, name: str, on: dt.date | None, *, text: str = "", home: str | None = None
    ) -> Entry | None:
        """A known person's coding on a date. With no date, the office the article points
        at: the one whose role the ``text`` names ("the prime minister said"), else the
        one in the article's ``home`` country, else only what all offices agree on."""
        key = key_of(name)
        if key in self.people:
            return self.people[key]
        periods = self.periods.get(key)
        if not periods:
            return None
        if on is not None:
            current = [p.entry for p in periods if p.holds(on)]
            return current[0] if current else None
        same = [p.entry for p in periods]
        lowered = text.lower()
        for pick in (
            [e for e in same if e.role and e.role.lower() in lowered],
            [e for e in same if home is not None and e.country == home],
        ):
            if pick and all(e.country == pick[0].country for e in pick):
                return _consensus(pick)
        return _consensus(same)

    def country_of(self, text: str) -> str | None:
        """ISO3 for a country name, alias, adjective or demonym as written."""
        for key in _keys(text):
            if key in self.countries:
                return self.countries[key].country
            if key in self.adjectives:
                return self.adjectives[key]
        return None


def _consensus(entries: list[Entry]) -> Entry:
    """The fields all ``entries`` agree on (the others left open)."""
    first = entries[0]
    country = first.country if all(e.country == first.country for e in entries) else None
    sector = first.sector if all(e.sector == first.sector for e in entries) else None
    role = first.role if all(e.role == first.role for e in entries) else None
    return Entry(first.name, "person", country, sector, role, "person")


def is_acronym(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in surface.strip()


def key_of(surface: str) -> str:
    """The lookup key of a surface form: exact for acronyms, lower-cased otherwise."""
    surface = " ".join(surface.split())
    return surface if is_acronym(surface) else surface.lower()


def _keys(text: str) -> Iterable[str]:
    text = " ".join(text.split())
    if text.lower().startswith("the "):
        text = text[4:]
    yield key_of(text)
    yield text.lower()


def _kind(value: str, default: ActorKind) -> ActorKind:
    if value in KINDS:
        return value  # type: ignore[return-value]
    return default


def _country(value: str) -> str | None:
    return value.upper() if value else None


def load_lexicon(folder: Path | None = None, user_files: Iterable[Path] = ()) -> ActorLexicon:
    folder = folder or data_path("lexicons")
    lex = ActorLexicon()
    for row in read_csv(folder / "countries.csv"):
        iso3 = row["iso3"].upper()
        state = Entry(row["name"], "state", iso3, None, None, "country")
        lex.country_names[iso3] = row["name"]
        for surface in [row["name"], *split_values(row.get("aliases", ""))]:
            lex.countries.setdefault(key_of(surface), state)
        for surface in split_values(row.get("adjectives", "")):
            lex.adjectives.setdefault(key_of(surface), iso3)
        if row.get("capital"):
            lex.capitals.setdefault(row["capital"].lower(), iso3)
    for row in read_csv(folder / "titles.csv"):
        title = Title(row["sector"].upper(), _kind(row["kind"], "person"), row.get("role") or None)
        lex.titles.setdefault(row["title"].lower(), title)
    for row in read_csv(folder / "organisations.csv"):
        _add_named(lex.organisations, row, "organisation", "organisation")
    for row in read_csv(folder / "metonyms.csv"):
        _add_named(lex.metonyms, row, "organisation", "metonym")
    people = folder / "people.csv"
    if people.exists():
        for row in read_csv(people):
            _add_period(lex, row)
    for path in user_files:
        add_user_file(lex, path)
    return lex


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _add_period(lex: ActorLexicon, row: dict[str, str]) -> None:
    names = split_values(row["name"])
    entry = Entry(
        names[0],
        "person",
        _country(row.get("country", "")),
        row.get("sector", "").upper() or None,
        row.get("role") or None,
        "person",
    )
    period = Period(entry, _date(row.get("start", "")), _date(row.get("end", "")))
    for surface in [*names, *split_values(row.get("aliases", ""))]:
        lex.periods.setdefault(key_of(surface), []).append(period)


def _add_named(
    table: dict[str, Entry], row: dict[str, str], default: ActorKind, category: str
) -> Entry:
    names = split_values(row["name"])
    entry = Entry(
        names[0],
        _kind(row.get("kind", ""), default),
        _country(row.get("country", "")),
        row.get("sector", "").upper() or None,
        row.get("role") or None,
        category,
    )
    for surface in [*names, *split_values(row.get("aliases", ""))]:
        table[key_of(surface)] = entry
    return entry


def add_user_file(lex: ActorLexicon, path: Path) -> None:
    """Rows of a user file (name,aliases,country,sector,kind,role) add to or override entries."""
    for row in read_csv(path):
        kind = row.get("kind", "") or "organisation"
        if kind == "person":
            _add_named(lex.people, row, "person", "user")
        elif kind == "state":
            entry = _add_named(lex.countries, row, "state", "country")
            if entry.country:
                lex.country_names.setdefault(entry.country, entry.name)
        else:
            _add_named(lex.organisations, row, "organisation", "user")


@functools.cache
def default_lexicon() -> ActorLexicon:
    return load_lexicon()
