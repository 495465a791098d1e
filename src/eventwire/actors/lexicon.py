"""The actor lexicons (countries, titles, organisations, metonyms) loaded from data files."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from eventwire import imported
from eventwire.records import ActorKind
from eventwire.resources import data_path, read_csv, read_yaml, split_values

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
    # Where an imported entry came from ("Phoenix.Countries.actors.txt:348 [AFGGOV]");
    # None for our own rows and a user's.
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class Title:
    """An office or collective noun, with the sector it implies."""

    sector: str
    kind: ActorKind
    role: str | None
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class Period:
    """A person's coding while it holds: an office from ``start`` to ``end`` (open if None)."""

    entry: Entry
    start: dt.date | None
    end: dt.date | None

    def holds(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def overlap(self, era: Era) -> int:
        """Days this period shares with ``era`` (0 when they do not meet)."""
        shared = era.narrow(Era(self.start, self.end))
        if shared is None:
            return 0
        start, end = shared.start or dt.date.min, shared.end or dt.date.max
        # Open ends count as far as today, so that an open period is not infinitely long.
        today = dt.date.today()
        return max(0, (min(end, today) - min(start, today)).days) or 1


@dataclass(frozen=True, slots=True)
class Era:
    """The dates an undated article can be from, as its text pins them: ``[start, end)``."""

    start: dt.date | None
    end: dt.date | None

    def within(self, start: dt.date | None, end: dt.date | None) -> bool:
        """True when the whole era lies inside ``[start, end)``."""
        return (start is None or (self.start is not None and start <= self.start)) and (
            end is None or (self.end is not None and self.end <= end)
        )

    def meets(self, start: dt.date | None, end: dt.date | None) -> bool:
        """True when the era and ``[start, end)`` share at least one day."""
        return self.narrow(Era(start, end)) is not None

    def narrow(self, other: Era) -> Era | None:
        """The dates both eras allow, or None when they exclude each other."""
        lo = max(self.start or dt.date.min, other.start or dt.date.min)
        hi = min(self.end or dt.date.max, other.end or dt.date.max)
        if lo >= hi:
            return None
        return Era(None if lo == dt.date.min else lo, None if hi == dt.date.max else hi)


# Sectors of a public office (or the lead of the opposition) whose holder news names by
# surname alone.
OFFICE_SECTORS = frozenset({"GOV", "MIL", "IGO", "OPP"})


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
    governing: dict[str, list[tuple[dt.date | None, dt.date | None]]] = field(default_factory=dict)
    # The sector of a governing.csv party out of government, where it is not OPP.
    out_of_office: dict[str, str] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    surnames: dict[str, set[str]] = field(default_factory=dict)
    # Surnames of the imported people too: only for the country of a titled surname, as a
    # lone word they would make a person of too many capitalised words.
    holder_surnames: dict[str, set[str]] = field(default_factory=dict)
    offices: dict[str, str] = field(default_factory=dict)
    # States whose people are named family name first (name_order.csv).
    family_first: frozenset[str] = frozenset()
    # Nouns that describe a body beside its name ("German utility X"): noun -> sector.
    descriptors: dict[str, str] = field(default_factory=dict)
    # Those of them also said of people ("music giant X"): a person's name is no body's.
    descriptors_of_people: frozenset[str] = frozenset()

    def same_office(self, first: str, second: str) -> bool:
        """:func:`same_role`, after naming each office as ``offices.csv`` does ("Premier"
        is compared as "Prime Minister")."""
        return same_role(self._office(first), self._office(second))

    def _office(self, role: str) -> str:
        return self.offices.get(role.lower(), role)

    def by_surname(self, surname: str, home: str | None, era: Era | None) -> str | None:
        """The one known person of the ``home`` country (and, if given, of the ``era``)
        with this surname: news calls only well-known people by surname alone."""
        if home is None:
            return None
        found = []
        for name in self.surnames.get(surname.lower(), ()):
            periods = self.periods.get(key_of(name), [])
            if any(
                p.entry.country == home and (era is None or era.meets(p.start, p.end))
                for p in periods
            ):
                found.append(name)
        return found[0] if len(found) == 1 else None

    def holder_by_surname(self, surname: str, day: dt.date) -> str | None:
        """The one known person with this surname in a state or intergovernmental office
        on ``day``, of any country: news calls a sitting leader or minister abroad by
        surname alone ("Putin said" in a story from Kyiv)."""
        found = {
            name
            for name in self.surnames.get(surname.lower(), ())
            for p in self.periods.get(key_of(name), [])
            if p.entry.sector in OFFICE_SECTORS and p.entry.role and p.holds(day)
        }
        return found.pop() if len(found) == 1 else None

    def surname_country(self, surname: str) -> str | None:
        """The one country (no IGO) of every office of the listed people with this surname,
        for a surname alone that names no one in office on the day ("the Biden
        administration" in 2026); None when they differ or none is listed."""
        return self._one_country(self.surnames.get(surname.lower(), ()))

    def office_country(self, surname: str, role: str) -> str | None:
        """The one country of the known people with this surname who ever held this
        office ("President Bush": all are American), else of all known people with the
        surname (the field's dictionaries often give no office); None when they differ.
        For a titled surname that the article's date places in no term."""
        periods = [
            p
            for names in (self.surnames, self.holder_surnames)
            for name in names.get(surname.lower(), ())
            for p in self.periods.get(key_of(name), [])
        ]
        holders = {
            p.entry.country
            for p in periods
            if p.entry.role and self.same_office(p.entry.role.removeprefix("Former "), role)
        }
        countries = holders or {p.entry.country for p in periods}
        return countries.pop() if len(countries) == 1 else None

    def output_sector(self, sector: str | None) -> str | None:
        """The code a lexicon sector is reported as (``LAB`` -> ``CVL``; see sectors.csv)."""
        return None if sector is None else self.outputs.get(sector, sector)

    def party_sector(self, party: str, on: dt.date | None, era: Era | None) -> str | None:
        """GOV for a party in national government on the date (or for the whole era), its
        sector out of office (OPP, or REB for the Taliban) for one out of it; None when
        the party's record or the date is not known."""
        periods = self.governing.get(party)
        if not periods:
            return None
        outside = self.outside_sector(party)
        if on is not None:
            inside = any((s is None or s <= on) and (e is None or on < e) for s, e in periods)
            return "GOV" if inside else outside
        if era is None:
            return None
        if any(era.within(s, e) for s, e in periods):
            return "GOV"
        if not any(era.meets(s, e) for s, e in periods):
            return outside
        return None

    def outside_sector(self, party: str) -> str:
        """The sector a governing.csv party has out of government: OPP unless listed."""
        return self.out_of_office.get(party, "OPP")

    def dated_sector(self, name: str, sector: str | None) -> bool:
        """Whether the date decides the sector of the body ``name`` with lexicon sector
        ``sector``: a party or movement governing.csv lists, coded by its lexicon row as a
        party (POL) or as what it is out of office."""
        return name in self.governing and sector in {"POL", self.outside_sector(name)}

    def person(
        self,
        name: str,
        on: dt.date | None,
        *,
        text: str = "",
        home: str | None = None,
        era: Era | None = None,
    ) -> Entry | None:
        """A known person's coding on a date. With no date, the office the article points
        at: the one that covers most of the ``era`` its officials date it to, else the one
        whose role the ``text`` names ("the prime minister said"), else the one in the
        article's ``home`` country, else what all offices agree on."""
        key = key_of(name)
        if key in self.people:
            return self.people[key]
        periods = self.periods.get(key)
        if not periods:
            return None
        if on is not None:
            current = [p.entry for p in periods if p.holds(on)]
            if not current:
                # On the day an office changes hands the outgoing holder still acts in it
                # ("Bremer handed over sovereignty on Monday").
                current = [p.entry for p in periods if p.end == on]
            return current[0] if current else None
        lowered = text.lower()
        # Offices the text says were left ("resigned as international development
        # secretary") are not the one it means.
        periods = [
            p for p in periods if not (p.entry.role and _named_as_past(p.entry.role, lowered))
        ] or periods
        if era is not None:
            # The era decides when one office covers at least twice as much of it as any
            # other; when it is shared more evenly ("2003 to 2014" for Blair: four years
            # as prime minister, seven as envoy), the rules below choose among the offices
            # it overlaps.
            shared = [(p.overlap(era), p) for p in periods]
            shared.sort(key=lambda pair: pair[0], reverse=True)
            days = [d for d, _ in shared if d > 0]
            ranked = [p for d, p in shared if d > 0]
            if ranked and (len(ranked) == 1 or days[0] >= 2 * days[1]):
                return ranked[0].entry
            periods = ranked or periods
        same = [p.entry for p in periods]
        for pick in (
            [e for e in same if e.role and _office_word(e.role) in lowered],
            [e for e in same if home is not None and e.country == home],
        ):
            if pick and all(e.country == pick[0].country for e in pick):
                return _consensus(pick)
        return _consensus(same)

    def nationality(self, name: str) -> str | None:
        """The country of every national office a known person held (none at an IGO), for
        a date outside all of them: Helen Clark is a New Zealander before and after."""
        return self._one_country([name])

    def _one_country(self, names: Iterable[str]) -> str | None:
        """The one country (no IGO) of every listed office of ``names``, else None."""
        countries = {
            p.entry.country
            for name in names
            for p in self.periods.get(key_of(name), [])
            if p.entry.country and p.entry.country != "IGO"
        }
        return countries.pop() if len(countries) == 1 else None

    def country_of(self, text: str) -> str | None:
        """ISO3 for a country name, alias, adjective or demonym as written."""
        for key in _keys(text):
            if key in self.countries:
                return self.countries[key].country
            if key in self.adjectives:
                return self.adjectives[key]
        return None


def _office_word(role: str) -> str:
    """How a text names an office for short: "chancellor" for "Chancellor of the
    Exchequer", "leader" for "Leader of the Opposition"."""
    return role.lower().split(" of ")[0]


# Words before an office that say it is no longer held.
PAST_CUES: tuple[str, ...] = ("former ", "ex-", "ex ", "resigned as ", "quit as ",
                              "stepped down as ", "then ")  # fmt: skip


def _named_as_past(role: str, lowered: str) -> bool:
    """True when ``lowered`` names the office only as one left ("former chancellor")."""
    word = _office_word(role)
    starts: list[int] = []
    at = lowered.find(word)
    while at >= 0:
        starts.append(at)
        at = lowered.find(word, at + 1)
    return bool(starts) and all(
        any(lowered.endswith(cue, 0, i) for cue in PAST_CUES) for i in starts
    )


def _consensus(entries: list[Entry]) -> Entry:
    """The fields all ``entries`` agree on (the others left open)."""
    first = entries[0]
    country = first.country if all(e.country == first.country for e in entries) else None
    sector = first.sector if all(e.sector == first.sector for e in entries) else None
    role = first.role if all(e.role == first.role for e in entries) else None
    return Entry(first.name, "person", country, sector, role, "person")


def same_role(first: str, second: str) -> bool:
    """True when two office names are the same office, one perhaps shortened:
    "Chancellor" and "Chancellor of the Exchequer", "Leader" and "Leader of the Opposition"."""
    a, b = first.lower().split(), second.lower().split()
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return bool(short) and long[: len(short)] == short


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


def load_lexicon(
    folder: Path | None = None, user_files: Iterable[Path] = (), *, imported_layer: bool = True
) -> ActorLexicon:
    """The lexicons of ``folder`` (default: the packaged ones), the imported layer under
    them (packaged lexicons only; see :mod:`eventwire.imported`), then each user file's
    rows."""
    packaged = folder is None
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
        # The capital, then any other seat of government news names for it ("The Hague").
        for surface in split_values(row.get("capital", "")):
            lex.capitals.setdefault(surface.lower(), iso3)
    sectors = folder / "sectors.csv"
    if sectors.exists():
        for row in read_csv(sectors):
            lex.outputs[row["code"].upper()] = row["output"].upper()
    offices = folder / "offices.csv"
    if offices.exists():
        for row in read_csv(offices):
            for name in [row["office"], *split_values(row.get("also", ""))]:
                lex.offices[name.lower()] = row["office"]
    governing = folder / "governing.csv"
    if governing.exists():
        for row in read_csv(governing):
            span = (_date(row.get("start", "")), _date(row.get("end", "")))
            lex.governing.setdefault(row["party"], []).append(span)
            if (row.get("outside") or "").strip():
                lex.out_of_office[row["party"]] = row["outside"].strip().upper()
    descriptors = folder / "descriptors.csv"
    if descriptors.exists():
        rows = list(read_csv(descriptors))
        lex.descriptors = {row["noun"].lower(): row["sector"].upper() for row in rows}
        lex.descriptors_of_people = frozenset(
            row["noun"].lower() for row in rows if (row.get("people") or "").strip() == "yes"
        )
    for row in read_csv(folder / "titles.csv"):
        title = Title(row["sector"].upper(), _kind(row["kind"], "person"), row.get("role") or None)
        lex.titles.setdefault(row["title"].lower(), title)
    for row in read_csv(folder / "organisations.csv"):
        _add_named(lex.organisations, row, "organisation", "organisation")
    for row in read_csv(folder / "metonyms.csv"):
        _add_named(lex.metonyms, row, "organisation", "metonym")
    order = folder / "name_order.csv"
    if order.exists():
        lex.family_first = frozenset(row["iso3"].upper() for row in read_csv(order))
    people = folder / "people.csv"
    if people.exists():
        for row in read_csv(people):
            _add_period(lex, row)
    _add_short_names(lex)
    if packaged and imported_layer:
        add_imported(lex)
    for path in user_files:
        add_user_file(lex, path)
    _add_singular_groups(lex)
    return lex


def singular(word: str) -> str | None:
    """The singular of a regular English plural noun ("groups", "militias", "authorities",
    "churches"), or None for a word that does not look plural."""
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return None
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    return word[:-1]


def _add_singular_groups(lex: ActorLexicon) -> None:
    """A modified group noun in the singular ("the armed group", "the separatist
    movement", "the rebel group") codes as its plural's row does, where no row of its own
    says otherwise. A bare plural's singular ("companies", "counsellors") is left out: one
    company or counsellor is not the group the row codes, and as a title before a name it
    would override the body the name is given (measured: dev actors F1 -0.9 on the tune
    half and the person-sector tests broken, for +3.4 on the check half)."""
    for key, title in list(lex.titles.items()):
        if title.kind != "group" or " " not in key:
            continue
        *head, last = key.split(" ")
        one = singular(last)
        if one is not None:
            lex.titles.setdefault(" ".join([*head, one]), title)


def add_imported(lex: ActorLexicon) -> None:
    """The imported layer's agents, organisations and people, for forms none of our own
    files already codes (ours win; a user's file, read after, wins over both)."""
    if imported.enabled("agents"):
        for row in read_csv(imported.imported_path("agents.csv")):
            title = Title(row["sector"], "group", None, row["origin"])
            lex.titles.setdefault(row["title"], title)
    taken = _known_forms(lex)
    if imported.enabled("organisations"):
        for row in read_csv(imported.imported_path("organisations.csv")):
            entry = Entry(
                row["name"],
                _kind(row["kind"], "organisation"),
                row["country"] or None,
                row["sector"] or None,
                None,
                "organisation",
                row["origin"],
            )
            for surface in [row["name"], *split_values(row["aliases"])]:
                key = key_of(surface)
                if key not in taken:
                    lex.organisations.setdefault(key, entry)
    if imported.enabled("people"):
        added: dict[str, list[Period]] = {}
        for row in read_csv(imported.imported_path("people.csv")):
            entry = Entry(
                row["name"],
                "person",
                row["country"] or None,
                row["sector"] or None,
                None,
                "person",
                row["origin"],
            )
            period = Period(entry, _date(row["start"]), _date(row["end"]))
            for surface in [row["name"], *split_values(row["aliases"])]:
                key = key_of(surface)
                if key not in taken:
                    added.setdefault(key, []).append(period)
        for key, periods in added.items():
            if key not in lex.periods:
                lex.periods[key] = periods
                name = periods[0].entry.name
                surname = _surname(name)
                if surname is not None:
                    lex.holder_surnames.setdefault(surname, set()).add(name)


def _known_forms(lex: ActorLexicon) -> set[str]:
    """Every form our own lexicons code, in any table."""
    tables: list[Iterable[str]] = [lex.countries, lex.adjectives, lex.capitals,
                                   lex.organisations, lex.metonyms, lex.people,
                                   lex.periods, lex.titles]  # fmt: skip
    return {key for table in tables for key in table}


def origin_of(lex: ActorLexicon, surface: str) -> str | None:
    """Where the lexicon row that codes ``surface`` came from: the imported source line
    and code, or None for our own rows (and unknown forms)."""
    key = key_of(surface)
    for table in (lex.people, lex.organisations, lex.metonyms, lex.countries):
        if key in table:
            return table[key].origin
    periods = lex.periods.get(key)
    if periods:
        return periods[0].entry.origin
    words = key.lower().split()
    for i in range(len(words)):  # a group: "Iraqi riot police" by its agent word
        title = lex.titles.get(" ".join(words[i:]))
        if title is not None:
            return title.origin
    return None


def _add_short_names(lex: ActorLexicon) -> None:
    """Let "Recep Erdogan" find "Recep Tayyip Erdogan": a known name of three or more
    words is also known by its first and last word, unless that short form is already
    someone's name or would fit two people."""
    short: dict[str, list[list[Period]]] = {}
    for key, periods in lex.periods.items():
        words = key.split()
        if len(words) >= 3 and key == key.lower():
            short.setdefault(f"{words[0]} {words[-1]}", []).append(periods)
    for key, found in short.items():
        names = {p[0].entry.name for p in found}
        if len(names) == 1 and key not in lex.periods and key not in lex.people:
            lex.periods[key] = found[0]


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


# Generational suffixes, which a short form of the name leaves out: "Ferdinand Marcos
# Jr." is called "Marcos".
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _surname(name: str) -> str | None:
    """The lower-case surname of a full name, None for a one-word name."""
    words = [w for w in name.lower().split() if w.strip(",") not in NAME_SUFFIXES]
    return words[-1] if len(words) > 1 else None


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
    aliases = split_values(row.get("aliases", ""))
    # Each spelling's surname names the person ("Zelenskyy" as well as "Zelensky").
    surnames = {_surname(name) for name in [names[0], *aliases]}
    if entry.country in lex.family_first and " " in names[0]:
        surnames.add(names[0].lower().split()[0])  # "Xi Jinping" is "Xi"
    for surname in surnames:
        if surname is not None:
            lex.surnames.setdefault(surname, set()).add(names[0])
    for surface in [*names, *aliases]:
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


def user_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a user actor file: CSV with a header, or YAML holding a list of
    mappings (or ``{"actors": [...]}``) with the same keys; YAML aliases may be a list."""
    if path.suffix.lower() not in {".yaml", ".yml"}:
        return list(read_csv(path))
    data = read_yaml(path)
    items = data.get("actors", []) if isinstance(data, dict) else data
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ValueError(f"{path}: expected a list of actors (name, aliases, country, ...)")
    rows = []
    for item in items:
        row = {}
        for key, value in item.items():
            if isinstance(value, list):
                value = "|".join(str(v) for v in value)
            row[str(key)] = "" if value is None else str(value).strip()
        if not row.get("name"):
            raise ValueError(f"{path}: every actor needs a name: {item}")
        rows.append(row)
    return rows


def add_user_file(lex: ActorLexicon, path: Path) -> None:
    """Rows of a user file (name,aliases,country,sector,kind,role) add to or override entries."""
    for row in user_rows(path):
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
