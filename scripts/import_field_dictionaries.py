#!/usr/bin/env python3
"""Convert the event-data field's open dictionaries into eventwire's lexicon formats.

    .venv/bin/python scripts/import_field_dictionaries.py ../shared/field-dictionaries

Reads the PETRARCH2/Phoenix dictionaries (MIT) and the CAMEO -> PLOVER table
(CC BY-SA 4.0) from the folder given, and writes ``src/eventwire/data/lexicons/imported/``:

- ``agents.csv``: agent words ("police", "rebels") with the sector they give, in the
  columns of ``titles.csv`` (kind ``group``), singular and plural forms;
- ``organisations.csv`` and ``people.csv``: named bodies, and people with dated spells,
  in the columns of our own files;
- ``events.yaml``: verb + object and verb + preposition patterns, and verbs with a code
  of their own, as event lexicon entries with PLOVER type, mode and CAMEO code;
- ``discards.csv``: phrases that mark a sentence or story as not codeable;
- ``filtered.csv``: every row left out or overridden, with the rule that did it;
- ``LICENSE.md``: the licences and attribution the sources require.

Every generated row keeps its origin (``file:line``). The output is deterministic: run
it again on the same sources and every file is byte-identical. Rows our own lexicons
already cover are left out here (ours win at load time too). The rules are documented
in ``src/eventwire/data/lexicons/README.md`` ("Imported layer").
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry
import yaml

ROOT = Path(__file__).resolve().parent.parent
# Words a title cannot end in: Phoenix patterns that wait for a place or a body.
OPEN_ENDS = frozenset({"in", "of", "at", "to", "for", "from", "on", "with", "by"})
LEXICONS = ROOT / "src" / "eventwire" / "data" / "lexicons"
OUT = LEXICONS / "imported"

AGENTS = "Phoenix.agents.txt"
ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
VERBS = "CAMEO.2.0.txt"
PLOVER = "CAMEO2PLOVER-2021.txt"
DISCARDS = "Phoenix.discards.txt"

# Dates in the dictionaries are yymmdd or yyyymmdd; a two-digit year up to this one is
# read as 20yy (the dictionaries stop in 2016), later ones as 19yy.
LAST_TWO_DIGIT_YEAR = 20
# Single-word names up to this many letters are read as acronyms (matched in capitals only).
ACRONYM_LETTERS = 5

CODE = re.compile(r"\[([^\]]*)\]")


# ----------------------------------------------------------------------------- helpers


@dataclass
class Filtered:
    """Rows left out of the generated files, each with the rule that dropped it."""

    rows: list[tuple[str, str, str, str]] = field(default_factory=list)

    def add(self, layer: str, rule: str, item: str, origin: str) -> None:
        self.rows.append((layer, rule, item, origin))


def strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def phrase_words(phrase: str) -> str:
    """``AFGHAN_NATIONAL_ARMY_`` -> ``AFGHAN NATIONAL ARMY`` (underscores and blanks alike)."""
    words = phrase.replace("_", " ").split()
    return " ".join(words)


def display(words: str) -> str:
    """How a dictionary phrase (all capitals) is written in our files: acronyms stay in
    capitals ("IAEA", "U.N."), other words take a capital initial ("Ban Ki-Moon")."""
    if " " not in words and is_acronym_word(words):
        return words
    out = []
    for word in words.split():
        parts = [p[:1].upper() + p[1:].lower() for p in word.split("-")]
        out.append("-".join(parts))
    return " ".join(out)


def is_acronym_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return False
    if "." in word and all(len(p) <= 1 for p in word.split(".")):
        return True  # U.N., U.S.
    return len(letters) <= ACRONYM_LETTERS and all(c.isalpha() for c in word)


def lower_key(surface: str) -> str:
    """The lookup key our actor lexicon uses (exact for acronyms, else lower case)."""
    letters = [c for c in surface if c.isalpha()]
    acronym = len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in surface
    return surface if acronym else surface.lower()


def parse_date(text: str) -> dt.date | None:
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= LAST_TWO_DIGIT_YEAR else 1900 + yy
        text = f"{year}{text[2:]}"
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def csv_text(header: list[str], rows: Iterable[list[str]], preamble: str = "") -> str:
    buffer = io.StringIO()
    buffer.write(preamble)
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue()


def read_our_csv(name: str) -> list[dict[str, str]]:
    path = LEXICONS / name
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [row for row in handle if not row.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(lines)]


def split_values(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


# ----------------------------------------------------------------------------- codes


@dataclass(frozen=True)
class CodeMap:
    places: dict[str, tuple[str, str, bool]]  # code -> (country, sector, skip)
    roles: dict[str, str]  # role code -> sector ("" for refinement only)

    @classmethod
    def load(cls) -> CodeMap:
        places: dict[str, tuple[str, str, bool]] = {}
        roles: dict[str, str] = {}
        for row in read_our_csv("cameo_codes.csv"):
            if row["kind"] == "place":
                places[row["code"]] = (row["country"], row["sector"], row["skip"] == "yes")
            else:
                roles[row["code"]] = row["sector"]
        return cls(places, roles)

    def split(self, code: str) -> tuple[str | None, str | None, list[str], bool] | None:
        """``AFGGOVMIL`` -> (country AFG, sector GOV, refinements [MIL], skip). None when
        the code names no country, bloc or role we know."""
        chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
        if not chunks or any(len(c) != 3 for c in chunks):
            return None
        head = chunks[0]
        country: str | None = None
        sector: str | None = None
        skip = False
        if head in self.places:
            place, bloc_sector, skip = self.places[head]
            country, sector = place or None, bloc_sector or None
            rest = chunks[1:]
            if place == "next":
                country = None
                if rest and pycountry.countries.get(alpha_3=rest[0]) is not None:
                    country, rest = rest[0], rest[1:]
        elif head not in self.roles and pycountry.countries.get(alpha_3=head) is not None:
            country, rest = head, chunks[1:]
        else:
            rest = chunks
        refinements = []
        for chunk in rest:
            mapped = self.roles.get(chunk, "")
            if sector is None and mapped:
                sector = mapped
            else:
                refinements.append(chunk)
        if country is None and sector is None:
            return None
        return country, sector, refinements, skip


# ----------------------------------------------------------------------------- agents


def plural(word: str) -> str:
    if not word[-1:].isalpha():
        return word  # abbreviations ("LT.") take no plural
    if word.endswith("SS") or word.endswith("CH") or word.endswith("SH") or word.endswith("X"):
        return word + "ES"
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    return word + "S"


SINGULAR_SUBSTITUTES = {"MAN", "WOMAN", "PERSON", "MINISTER"}


def already_plural(word: str) -> bool:
    """Words the source gives in the plural already ("MILITANTS", "POLICEMEN")."""
    return (word.endswith("S") and not word.endswith("SS")) or word.endswith("MEN")


def convert_agents(
    source: Path, codes: CodeMap, ours: set[str], generic: set[str], filtered: Filtered
) -> str:
    """Agent words -> rows ``title,sector,kind,role,refinement,origin`` (kind ``group``):
    the plural of each word, or the word itself when it takes none ("police")."""
    subs: dict[str, list[str]] = {}
    rows: dict[str, list[str]] = {}
    lines = source.read_text(encoding="utf-8", errors="replace").splitlines()
    for number, raw in enumerate(lines, 1):
        line = strip_comment(raw)
        if not line.strip() or line.lstrip().startswith("<"):
            continue
        origin = f"{source.name}:{number}"
        sub = re.match(r"\s*(![A-Z]+!)\s*=\s*(.+)", line)
        if sub:
            subs[sub.group(1)] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        found = CODE.search(line)
        if found is None:
            filtered.add("agents", "no code", line.strip(), origin)
            continue
        code = found.group(1).strip()
        phrase_part = line[: found.start()]
        plural_forms: list[str] | None = None
        braces = re.search(r"\{([^}]*)\}", phrase_part)
        if braces:
            plural_forms = [phrase_words(p) for p in braces.group(1).split() if p.strip()]
            phrase_part = phrase_part[: braces.start()]
        phrase = phrase_part.strip()
        if not phrase:
            continue
        mapped = codes.split(code.strip("~"))
        if mapped is None or mapped[1] is None:
            filtered.add("agents", "code gives no sector", f"{phrase} [{code}]", origin)
            continue
        _, sector, refinements, _ = mapped
        marker = re.search(r"![A-Z]+!", phrase)
        forms: list[str] = []
        if marker:
            # Substitution sets list their plurals: keep the plural and collective forms.
            for word in subs.get(marker.group(0), []):
                if word in SINGULAR_SUBSTITUTES:
                    filtered.add("agents", "singular form (ours name offices one by one)",
                                 phrase.replace(marker.group(0), word), origin)  # fmt: skip
                    continue
                forms.append(phrase_words(phrase.replace(marker.group(0), word)))
        else:
            base = phrase_words(phrase)
            last = base.split()[-1]
            if base.lower() in generic:
                filtered.add("agents", "generic word for people", base.lower(), origin)
                continue
            if plural_forms == [] or already_plural(last):
                forms = [base]  # {}: a collective with no plural ("police", "air force")
            else:
                words = base.split()
                forms = plural_forms or [" ".join([*words[:-1], plural(words[-1])])]
                filtered.add("agents", "singular form (ours name offices one by one)", base,
                             origin)  # fmt: skip
        for form in forms:
            title = form.lower()
            if not title:
                continue
            if title in generic:
                filtered.add("agents", "generic word for people", title, origin)
                continue
            if title.split()[-1] in OPEN_ENDS:
                # "EMBASSY_IN": a pattern waiting for a place; as a title it would swallow
                # the preposition ("the Russian embassy in Yerevan").
                filtered.add("agents", "ends in a preposition", title, origin)
                continue
            if title in ours:
                filtered.add("agents", "ours wins (titles.csv has this word)", title, origin)
                continue
            if title in rows:
                continue
            rows[title] = [title, sector or "", "group", "", "|".join(refinements), origin]
    header = ["title", "sector", "kind", "role", "refinement", "origin"]
    preamble = (
        "# Generated by scripts/import_field_dictionaries.py from Phoenix.agents.txt "
        "(MIT; see LICENSE.md). Do not edit: override in titles.csv.\n"
    )
    return csv_text(header, (rows[k] for k in sorted(rows)), preamble)


# ----------------------------------------------------------------------------- actors


@dataclass
class ActorRecord:
    phrases: list[tuple[str, str]]  # (words, origin)
    codes: list[tuple[str, str]]  # (restriction text "CODE dates", origin)
    comment: str = ""


def read_actor_records(path: Path) -> Iterator[ActorRecord]:
    current: ActorRecord | None = None
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for number, raw in enumerate(lines, 1):
        origin = f"{path.name}:{number}"
        comment = raw.split("#", 1)[1] if "#" in raw else ""
        line = strip_comment(raw)
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("["):
            if current is not None:
                current.codes.extend((c, origin) for c in CODE.findall(stripped))
            continue
        codes = CODE.findall(stripped)
        phrase = CODE.split(stripped)[0].strip()
        if stripped.startswith("+"):
            if current is None:
                continue
            current.phrases.append((phrase_words(phrase[1:]), origin))
        else:
            if current is not None:
                yield current
            current = ActorRecord([(phrase_words(phrase), origin)], [], comment)
        if current is not None:
            current.codes.extend((c, origin) for c in codes)
            if comment and not current.comment:
                current.comment = comment
    if current is not None:
        yield current


@dataclass(frozen=True)
class Spell:
    country: str | None
    sector: str | None
    refinements: str
    start: dt.date | None
    end: dt.date | None  # first day out (the source's end day + 1)
    origin: str
    code: str


def parse_restriction(
    text: str, origin: str, codes: CodeMap, filtered: Filtered
) -> Spell | str | None:
    """One ``CODE [dates]`` restriction as a spell; "default" for an undated one is the
    spell with no dates; a string is returned for a skipped (historic) state."""
    parts = text.split()
    if not parts or parts[0] == "---":
        return None
    code, dates = parts[0], "".join(parts[1:])
    mapped = codes.split(code)
    if mapped is None:
        filtered.add("actors", "unknown code", code, origin)
        return None
    country, sector, refinements, skip = mapped
    if skip:
        return "skip"
    start: dt.date | None = None
    end: dt.date | None = None
    if dates:
        if dates.startswith(">"):
            start = parse_date(dates[1:])
            bad = start is None
        elif dates.startswith("<"):
            last = parse_date(dates[1:])
            bad = last is None
            end = last + dt.timedelta(days=1) if last else None
        elif "-" in dates:
            first, last_text = dates.split("-", 1)
            start, last = parse_date(first), parse_date(last_text)
            bad = start is None or last is None
            end = last + dt.timedelta(days=1) if last else None
        else:
            bad = True
        if bad:
            filtered.add("actors", "unreadable date", text, origin)
            return None
    return Spell(country, sector, "|".join(refinements), start, end, origin, code)


def fill_default(dated: list[Spell], default: Spell) -> list[Spell]:
    """The default code holds outside every dated spell: one row per gap."""
    bounds = sorted((s.start or dt.date.min, s.end or dt.date.max) for s in dated)
    gaps: list[tuple[dt.date | None, dt.date | None]] = []
    cursor: dt.date | None = None
    for start, end in bounds:
        if start > (cursor or dt.date.min):
            gaps.append((cursor, None if start == dt.date.min else start))
        cursor = max(cursor or dt.date.min, end)
    if cursor is None or cursor < dt.date.max:
        gaps.append((cursor, None))
    d = default
    return [
        Spell(d.country, d.sector, d.refinements, s, e, d.origin, d.code)
        for s, e in gaps
        if s is None or e is None or s < e
    ]


def iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


PERSON_SOURCES = ("countryinfo", "rulers", "leaders")


def convert_actors(
    folder: Path,
    codes: CodeMap,
    ours: dict[str, str],
    titles: set[str],
    known_until: dt.date,
    filtered: Filtered,
) -> tuple[str, str]:
    """Actor entries -> organisations rows and dated people rows."""
    orgs: dict[str, list[str]] = {}
    people: list[list[str]] = []
    person_keys: set[str] = set()
    org_keys: set[str] = set()
    for name in ACTOR_FILES:
        for record in read_actor_records(folder / name):
            _convert_record(
                record, codes, ours, titles, known_until, filtered, orgs, people,
                person_keys, org_keys,
            )  # fmt: skip
    org_header = ["name", "aliases", "country", "sector", "kind", "refinement", "origin"]
    people_header = ["name", "aliases", "country", "sector", "role", "start", "end",
                     "refinement", "origin"]  # fmt: skip
    preamble = (
        "# Generated by scripts/import_field_dictionaries.py from the Phoenix actor "
        "dictionaries (MIT; see LICENSE.md). Do not edit: override in our own files.\n"
    )
    org_text = csv_text(org_header, (orgs[k] for k in sorted(orgs)), preamble)
    people_text = csv_text(people_header, sorted(people), preamble)
    return org_text, people_text


def _convert_record(
    record: ActorRecord,
    codes: CodeMap,
    ours: dict[str, str],
    titles: set[str],
    known_until: dt.date,
    filtered: Filtered,
    orgs: dict[str, list[str]],
    people: list[list[str]],
    person_keys: set[str],
    org_keys: set[str],
) -> None:
    origin = record.phrases[0][1]
    spells: list[Spell] = []
    default: Spell | None = None
    for text, where in record.codes:
        spell = parse_restriction(text, where, codes, filtered)
        if spell == "skip":
            filtered.add("actors", "state that no longer exists", text, where)
            return
        if not isinstance(spell, Spell):
            continue
        if spell.start is None and spell.end is None:
            default = default or spell
        else:
            spells.append(spell)
    if not spells and default is None:
        filtered.add("actors", "no code", record.phrases[0][0], origin)
        return
    dated = bool(spells)
    is_person = dated or any(s in record.comment.lower() for s in PERSON_SOURCES)
    if not dated and default is not None and default.sector is None:
        # A bare country code: the name of a country, a city or a province. Our
        # countries.csv and the gazetteer cover these; a province is not a state actor.
        filtered.add("actors", "place name coded as the country", record.phrases[0][0], origin)
        return
    cleaned = [(_clean_phrase(w), where) for w, where in record.phrases]
    for words, where in cleaned:
        owner = ours.get(lower_key(display(words))) if words else None
        if owner in NAMED_FILES:
            # Our own files know this actor: every form of the entry stays out, so that
            # its other forms cannot code the actor differently from our row.
            filtered.add("actors", f"ours wins ({owner})", display(words), where)
            return
    surfaces: list[str] = []
    for words, where in cleaned:
        if not words:
            continue
        surface = display(words)
        key = lower_key(surface)
        if key in ours:
            filtered.add("actors", f"ours wins ({ours[key]})", surface, where)
            continue
        if " " not in surface and not is_acronym_word(words):
            # One word, not an acronym: a surname or a common word ("Abbas", "Ghor").
            filtered.add("actors", "single word", surface, where)
            continue
        if key in person_keys or key in org_keys:
            filtered.add("actors", "form already imported", surface, where)
            continue
        if not is_person and _ends_in_title(surface.lower(), titles):
            # "Kosovar Prime Minister": a title our title rule codes, with the person
            # it names when the text gives one.
            filtered.add("actors", "ends in one of our person titles", surface, where)
            continue
        surfaces.append(surface)
    if not surfaces:
        return
    keys = [lower_key(s) for s in surfaces]
    name, aliases = surfaces[0], "|".join(surfaces[1:])
    if is_person:
        person_keys.update(keys)
        # An office open-ended in the source ("[ISRGOV >090331]") was held when the
        # dictionary was last revised; after that the source knows nothing.
        closed = [
            Spell(s.country, s.sector, s.refinements, s.start, known_until, s.origin, s.code)
            if s.end is None and s.start is not None and s.start < known_until
            else s
            for s in spells
        ]
        rows = closed + (fill_default(spells, default) if default and spells else [])
        if not spells and default is not None:
            rows = [default]
        for s in sorted(rows, key=lambda s: (s.start or dt.date.min, s.end or dt.date.max)):
            people.append([name, aliases, s.country or "", s.sector or "", "", iso(s.start),
                           iso(s.end), s.refinements, f"{s.origin} [{s.code}]"])  # fmt: skip
    else:
        assert default is not None
        org_keys.update(keys)
        orgs[key_sort(name)] = [name, aliases, default.country or "", default.sector or "",
                                "organisation", default.refinements,
                                f"{origin} [{default.code}]"]  # fmt: skip


NAMED_FILES = ("organisations.csv", "metonyms.csv", "people.csv")


def _ends_in_title(lowered: str, titles: set[str]) -> bool:
    words = lowered.split()
    return any(" ".join(words[i:]) in titles for i in range(len(words)))


def _clean_phrase(words: str) -> str:
    """A dictionary phrase without parenthesised acronyms, stray ``+`` or a leading "the"."""
    words = re.sub(r"\([^)]*\)", " ", words)
    words = " ".join(w for w in words.split() if w != "+")
    if words.upper().startswith("THE "):
        words = words[4:]
    return words


def key_sort(name: str) -> str:
    return f"{name.lower()}\t{name}"


def our_actor_forms() -> dict[str, str]:
    """Every surface form our own actor lexicons know, with the file that has it."""
    forms: dict[str, str] = {}
    for row in read_our_csv("countries.csv"):
        for s in [row["name"], *split_values(row.get("aliases", ""))]:
            forms.setdefault(lower_key(s), "countries.csv")
        for s in [*split_values(row.get("adjectives", "")), *split_values(row.get("capital", ""))]:
            forms.setdefault(lower_key(s), "countries.csv")
    for name in ("organisations.csv", "metonyms.csv", "people.csv"):
        for row in read_our_csv(name):
            for s in [*split_values(row["name"]), *split_values(row.get("aliases", ""))]:
                forms.setdefault(lower_key(s), name)
    for row in read_our_csv("titles.csv"):
        forms.setdefault(row["title"].lower(), "titles.csv")
    return forms


# ----------------------------------------------------------------------------- verbs


@dataclass(frozen=True)
class Plover:
    type: str
    mode: str


def read_plover(path: Path) -> dict[str, Plover]:
    table: dict[str, Plover] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = strip_comment(raw)
        if ":" not in line:
            continue
        code, rest = line.split(":", 1)
        parts = [p.strip() for p in rest.split(",")]
        if not parts[0]:
            continue
        mode = parts[1].replace(" ", "") if len(parts) > 1 else ""
        table.setdefault(code.strip(), Plover(parts[0], mode))
    return table


def plover_of(code: str, table: dict[str, Plover]) -> Plover | None:
    """The PLOVER row of a CAMEO code, or of its nearest parent code."""
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


@dataclass
class VerbBlock:
    code: str
    verbs: list[tuple[str, str | None, str | None, str]]  # (lemma, particle, own code, origin)
    patterns: list[tuple[str, str, str, str]]  # (pattern, code, comment verb, origin)


def read_verbs(path: Path) -> tuple[dict[str, list[str]], list[VerbBlock]]:
    synsets: dict[str, list[str]] = {}
    blocks: list[VerbBlock] = []
    current_set: str | None = None
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for number, raw in enumerate(lines, 1):
        origin = f"{path.name}:{number}"
        comment = raw.split("#", 1)[1].strip() if "#" in raw else ""
        line = strip_comment(raw)
        if not line.strip():
            continue
        if line.startswith("&"):
            current_set = line.split()[0]
            synsets[current_set] = []
            continue
        if line.startswith("+") and current_set is not None and not blocks:
            synsets[current_set].append(line[1:].strip())
            continue
        if line.startswith("---"):
            found = CODE.search(line)
            code = found.group(1).strip() if found else "---"
            blocks.append(VerbBlock(code, [], []))
            current_set = None
            continue
        if line.startswith("~") or not blocks:
            if line.startswith("+") and current_set is not None:
                synsets[current_set].append(line[1:].strip())
            continue
        block = blocks[-1]
        if line.startswith("- "):
            found = CODE.search(line)
            if found:
                block.patterns.append((line[2 : found.start()].strip(), found.group(1).strip(),
                                       comment.split()[0] if comment else "", origin))  # fmt: skip
            continue
        word_part = re.sub(r"\{[^}]*\}", " ", line)
        found = CODE.search(word_part)
        own = found.group(1).strip() if found else None
        word = CODE.split(word_part)[0].strip()
        if not word or " " in word:
            continue
        if "+" in word and not word.startswith("+"):
            continue  # pre-verb compounds (WIRE_+TAP): the parser rarely finds them
        parts = word.lstrip("+").split("_")
        lemma, particle = parts[0].lower(), " ".join(parts[1:]).lower() or None
        block.verbs.append((lemma, particle, own, origin))
    return synsets, blocks


def object_heads(item: str, synsets: dict[str, list[str]]) -> list[str]:
    """The head nouns an object slot allows: a word, the last word of ``{A B}``, or the
    members of a ``&SYNSET``."""
    item = item.strip("{}() ")
    words = item.split()
    if not words:
        return []
    head = words[-1]
    if head.startswith("&"):
        members = synsets.get(head)
        if members is None:
            return []
        heads = []
        for member in members:
            word = member.rstrip("_").split("_")[-1]
            if word.isalpha():
                heads.append(word.lower())
        return heads
    return [head.lower()] if head.isalpha() else []


def parse_pattern(text: str) -> tuple[list[str], str | None] | None:
    """A pattern's post-verb part as (object words or synsets, preposition) when it has
    nothing before the verb; None for patterns we do not convert."""
    if not text.startswith("*"):
        return None
    rest = text[1:].strip()
    if not rest:
        return None
    prep: str | None = None
    noun: str | None = None
    tokens = re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", rest)
    if len(tokens) != 1:
        return None  # several slots: too specific to keep without its syntax
    token = tokens[0]
    if token.startswith("("):
        inner = re.findall(r"\{[^}]*\}|\S+", token[1:-1])
        prep = inner[0].lower()
        noun = " ".join(inner[1:]) or None
    else:
        noun = token
    if noun is not None and noun.upper() != noun:
        return None
    if noun is not None and noun.split()[0].strip("{") in {"NOT", "NO"}:
        return None
    return ([noun] if noun else []), prep


def singulars(noun: str) -> set[str]:
    """The forms a regular plural may come from ("talks" -> "talk", "parties" -> "party")."""
    forms = {noun}
    if noun.endswith("ies"):
        forms.add(noun[:-3] + "y")
    if noun.endswith("es"):
        forms.add(noun[:-2])
    if noun.endswith("s"):
        forms.add(noun[:-1])
    return forms


def convert_verbs(
    folder: Path,
    plover: dict[str, Plover],
    ours: set[tuple[str, str]],
    our_nouns: set[str],
    filtered: Filtered,
) -> str:
    """Verb + object patterns -> event entries. A verb alone, or a verb with only a
    preposition, is left out (measured: such entries add false events); so is an object
    that is one of our event nouns, which our light-verb rule already codes."""
    synsets, blocks = read_verbs(folder / VERBS)
    entries: dict[tuple[str, str | None, str], dict[str, Any]] = {}
    taken: dict[tuple[str, str | None, str], str] = {}  # (lemma, particle, object) -> code
    for block in blocks:
        block_verbs = {v[0] for v in block.verbs}
        for text, raw_code, verb, origin in block.patterns:
            code = raw_code.split(":")[0]
            if not code.isdigit():
                continue
            parsed = parse_pattern(text)
            if parsed is None:
                filtered.add("verbs", "pattern with words before the verb or several slots",
                             text, origin)  # fmt: skip
                continue
            nouns, prep = parsed
            lemma = verb.lower() if verb.lower() in block_verbs else None
            lemmas = [lemma] if lemma else sorted(block_verbs)
            heads = sorted({h for n in nouns for h in object_heads(n, synsets)})
            if nouns and not heads:
                filtered.add("verbs", "object synset not defined", text, origin)
                continue
            if not heads:
                filtered.add("verbs", "verb with no object noun (too broad)", text, origin)
                continue
            light = [h for h in heads if singulars(h) & our_nouns]
            if light:
                filtered.add("verbs", "object is our event noun (our light-verb rule codes it)",
                             f"{text}: {' '.join(light)}", origin)  # fmt: skip
                heads = [h for h in heads if h not in light]
                if not heads:
                    continue
            info = plover_of(code, plover)
            if info is None:
                filtered.add("verbs", "CAMEO code not in CAMEO2PLOVER", code, origin)
                continue
            for lem in lemmas:
                particle = prep if not heads else None
                if (lem, "VERB") in ours:
                    filtered.add("verbs", "ours wins (events.yaml has this verb)",
                                 f"{lem} {text}", origin)  # fmt: skip
                    continue
                for obj in heads or [""]:
                    slot = (lem, particle, obj)
                    if slot in taken:
                        if taken[slot] != code:
                            filtered.add("verbs", f"same words, other code (kept {taken[slot]})",
                                         f"{lem} {text} [{code}]", origin)  # fmt: skip
                        continue
                    taken[slot] = code
                    key = (lem, particle, code)
                    entry = entries.setdefault(key, {
                        "lemma": lem, "pos": "VERB", "type": info.type, "cameo": code,
                        "mode": info.mode, "particle": particle, "objects": [],
                        "prep": prep, "origin": origin})  # fmt: skip
                    if obj:
                        entry["objects"].append(obj)
        for lemma, _, own, origin in block.verbs:
            if own is not None and own.isdigit():
                filtered.add("verbs", "verb on its own (too broad)", f"{lemma} [{own}]", origin)
    lines = [
        "# Generated by scripts/import_field_dictionaries.py from CAMEO.2.0.txt (MIT) through",
        "# CAMEO2PLOVER-2021.txt (CC BY-SA 4.0); see LICENSE.md. Do not edit: override in",
        "# events.yaml (ours are read first and win). `note` holds the source line.",
    ]
    for key in sorted(entries, key=lambda k: (k[0], k[1] or "", k[2])):
        e = entries[key]
        objects = sorted(set(e["objects"]))
        fields = [f"lemma: {e['lemma']}", "pos: VERB", f"type: {e['type']}",
                  f'cameo: "{e["cameo"]}"']  # fmt: skip
        if e["mode"]:
            fields.append(f"mode: {e['mode']}")
        if e["particle"]:
            fields.append(f'particle: "{e["particle"]}"')
        if objects:
            fields.append(f"object: [{', '.join(objects)}]")
        prep = e["prep"]
        targets = ["dobj", "dative"] if not objects else []
        if prep:
            targets.append(str(prep))
        for p in ("to", "with", "against", "on"):
            if p not in targets and objects:
                targets.append(p)
        fields.append(f"target: [{', '.join(_yaml_word(t) for t in targets)}]")
        if objects:
            fields.append("passive_target: false")
        fields.append(f'note: "{e["origin"]}"')
        lines.append("- {" + ", ".join(fields) + "}")
    return "\n".join(lines) + "\n"


def _yaml_word(word: str) -> str:
    return f'"{word}"' if word in {"on", "off", "yes", "no"} else word


# ----------------------------------------------------------------------------- discards


def convert_discards(source: Path, filtered: Filtered) -> str:
    rows: dict[str, list[str]] = {}
    lines = source.read_text(encoding="utf-8", errors="replace").splitlines()
    for number, raw in enumerate(lines, 1):
        line = strip_comment(raw).strip()
        if not line or line.startswith("<"):
            continue
        origin = f"{source.name}:{number}"
        scope = "story" if line.startswith("+") else "sentence"
        phrase = line.lstrip("+").strip()
        whole = phrase.endswith("_")
        words = " ".join(phrase.rstrip("_").replace("_", " ").split()).lower()
        if len(words) < 3:
            filtered.add("discards", "too short to match safely", phrase, origin)
            continue
        if words in rows:
            continue
        rows[words] = [words, scope, "yes" if whole else "no", origin]
    preamble = (
        "# Generated by scripts/import_field_dictionaries.py from Phoenix.discards.txt "
        "(MIT; see LICENSE.md). whole_word=no matches the phrase as a word start (a stem).\n"
    )
    return csv_text(["phrase", "scope", "whole_word", "origin"],
                    (rows[k] for k in sorted(rows)), preamble)  # fmt: skip


# ----------------------------------------------------------------------------- main


LICENSE_TEXT = """# Licences of the imported lexicons

The files in this folder are generated by `scripts/import_field_dictionaries.py` from
the event-data field's open dictionaries. They are facts (names, codes, dates, verb
phrases) converted into eventwire's formats; each row names the source line it came from.

## agents.csv, organisations.csv, people.csv, events.yaml, discards.csv

From the PETRARCH2 / Phoenix dictionaries (`Phoenix.agents.txt`,
`Phoenix.Countries.actors.txt`, `Phoenix.International.actors.txt`,
`Phoenix.MilNonState.actors.txt`, `Phoenix.discards.txt`, `CAMEO.2.0.txt`),
openeventdata/petrarch2 at commit 676801c, `petrarch2/data/dictionaries/`.
Built by the Computational Event Data System project and the Open Event Data Alliance.

    The MIT License (MIT)

    Copyright (c) 2014 Open Event Data Alliance

    Permission is hereby granted, free of charge, to any person obtaining a copy
    of this software and associated documentation files (the "Software"), to deal
    in the Software without restriction, including without limitation the rights
    to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
    copies of the Software, and to permit persons to whom the Software is
    furnished to do so, subject to the following conditions:

    The above copyright notice and this permission notice shall be included in
    all copies or substantial portions of the Software.

    THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
    IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
    FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
    AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
    LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
    OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
    THE SOFTWARE.

## events.yaml (PLOVER type and mode)

The PLOVER type and mode of each verb entry come from the CAMEO to PLOVER conversion
table `CAMEO2PLOVER-2021.txt` (PLOVER manual draft 0.8, 17 September 2021, edited by
Philip Schrodt), openeventdata/PLOVER at commit 5e0c24f, licensed under the Creative
Commons Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/). The type and mode columns of
`events.yaml` are an adaptation of that table and are shared under the same licence.
"""


def generate(folder: Path) -> dict[str, str]:
    """Every generated file's name and text."""
    codes = CodeMap.load()
    filtered = Filtered()
    titles = {row["title"].lower() for row in read_our_csv("titles.csv")}
    files: dict[str, str] = {}
    rules = yaml.safe_load((LEXICONS / "import_rules.yaml").read_text(encoding="utf-8"))
    generic = {str(w).lower() for w in rules["generic_agents"]}
    files["agents.csv"] = convert_agents(folder / AGENTS, codes, titles, generic, filtered)
    forms = our_actor_forms()
    person_titles = {
        r["title"].lower() for r in read_our_csv("titles.csv") if r["kind"] == "person"
    }
    known_until = dt.date.fromisoformat(str(rules["open_spells_end"]))
    files["organisations.csv"], files["people.csv"] = convert_actors(
        folder, codes, forms, person_titles, known_until, filtered
    )
    plover = read_plover(folder / PLOVER)
    ours_events = _our_event_keys()
    our_nouns = _our_bare_event_nouns()
    files["events.yaml"] = convert_verbs(folder, plover, ours_events, our_nouns, filtered)
    files["discards.csv"] = convert_discards(folder / DISCARDS, filtered)
    counts = Counter((layer, rule) for layer, rule, _, _ in filtered.rows)
    summary = "".join(f"#   {layer}: {rule}: {n}\n" for (layer, rule), n in sorted(counts.items()))
    files["filtered.csv"] = csv_text(
        ["layer", "rule", "item", "origin"],
        (list(row) for row in sorted(filtered.rows)),
        "# Generated by scripts/import_field_dictionaries.py: every source row left out of\n"
        "# (or overridden in) the imported files, and the rule that did it. Counts:\n" + summary,
    )
    files["LICENSE.md"] = LICENSE_TEXT
    return files


def _our_bare_event_nouns() -> set[str]:
    """Our event nouns that code in any phrase: a noun entry that asks for a modifier
    ("a phone call") leaves the other uses of the word ("issued a call") to the CAMEO rows."""
    entries = yaml.safe_load((LEXICONS / "events.yaml").read_text(encoding="utf-8")) or []
    return {
        str(e["lemma"]).lower()
        for e in entries
        if str(e["pos"]).upper() == "NOUN" and not e.get("object")
    }


def _our_event_keys() -> set[tuple[str, str]]:
    entries = yaml.safe_load((LEXICONS / "events.yaml").read_text(encoding="utf-8")) or []
    return {(str(e["lemma"]).lower(), str(e["pos"]).upper()) for e in entries}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the folder of the field's dictionaries")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a generated file differs")  # fmt: skip
    args = parser.parse_args(argv)
    files = generate(args.folder)
    stale = []
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in sorted(files.items()):
        path = args.out / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
            continue
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {text.count(chr(10))} lines")
    if stale:
        print("stale: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
