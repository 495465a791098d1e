"""The converter of the field's dictionaries (scripts/import_field_dictionaries.py), on
made-up excerpts in the petrarch format, and the imported layer it feeds."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from eventwire import imported
from eventwire.actors.lexicon import load_lexicon, origin_of
from eventwire.cli import main
from eventwire.events.lexicon import load_event_lexicon
from eventwire.extract import extract
from eventwire.extract.relevance import off_topic
from eventwire.records import RawDocument, Rejection

ROOT = Path(__file__).resolve().parent.parent
EXCERPTS = Path(__file__).parent / "data" / "field_dictionaries"


def _converter() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "import_field_dictionaries", ROOT / "scripts" / "import_field_dictionaries.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    generated: dict[str, str] = _converter().generate(EXCERPTS)
    return generated


def _rows(text: str) -> list[dict[str, str]]:
    lines = [line for line in io.StringIO(text) if not line.startswith("#")]
    return list(csv.DictReader(lines))


def test_agents_take_sector_refinement_plurals_and_origin(files: dict[str, str]) -> None:
    rows = {r["title"]: r for r in _rows(files["agents.csv"])}
    assert rows["lighthouse keepers"]["sector"] == "CVL"
    assert rows["lighthouse keepers"]["origin"] == "Phoenix.agents.txt:4"
    # Only plural (group) forms: our titles name single offices with a role.
    assert "lighthouse keeper" not in rows
    assert "singular form (ours name offices one by one),LIGHTHOUSE KEEPER" in files["filtered.csv"]
    # The substitution set expands to its plural forms; COP becomes our GOV.
    assert {"harbourmen", "harbourwomen"} <= set(rows)
    assert "harbourman" not in rows and "harbourperson" not in rows
    assert (rows["harbourmen"]["sector"], rows["harbourmen"]["refinement"]) == ("GOV", "COP")
    # An irregular plural in braces; {} means the word takes no plural.
    assert rows["toll collectors"]["sector"] == "BUS"
    assert "coastguard" in rows and "coastguards" not in rows
    assert all(r["kind"] == "group" for r in rows.values())
    # Ours win: "troops" is in titles.csv. Generic words for people give no actor.
    assert "troops" not in rows and "women" not in rows
    assert "ours wins (titles.csv has this word),troops" in files["filtered.csv"]
    assert "generic word for people,women" in files["filtered.csv"]


def test_dated_people_keep_their_spells_and_default(files: dict[str, str]) -> None:
    rows = [r for r in _rows(files["people.csv"]) if r["name"] == "Harald Testesen"]
    spells = {(r["sector"], r["start"], r["end"]) for r in rows}
    # [NORGOV 050101-091231] holds to the last day inclusive: our end is the day after.
    assert ("GOV", "2005-01-01", "2010-01-01") in spells
    # The undated [NORELI] fills the time outside it, as CVL (out-of-office figures).
    assert ("CVL", "", "2005-01-01") in spells and ("CVL", "2010-01-01", "") in spells
    assert rows[0]["aliases"] == "H. Testesen"
    assert all(r["country"] == "NOR" and "Phoenix.Countries.actors.txt:" in r["origin"]
               for r in rows)  # fmt: skip
    open_ended = [r for r in _rows(files["people.csv"]) if r["name"] == "Ingrid Exampledottir"]
    # An office the source leaves open ends when the source stops knowing (2017-01-01).
    assert [(r["sector"], r["start"], r["end"]) for r in open_ended] == [
        ("MIL", "2012-03-01", "2017-01-01")
    ]


def test_organisations_map_codes_and_drop_what_misleads(files: dict[str, str]) -> None:
    rows = {r["name"]: r for r in _rows(files["organisations.csv"])}
    authority = rows["Nordic Harbour Authority"]
    assert (authority["country"], authority["sector"], authority["refinement"]) == (
        "NOR", "GOV", "COP")  # fmt: skip
    assert authority["aliases"] == "NHA"  # a short single word stays an exact acronym
    assert authority["origin"] == "Phoenix.Countries.actors.txt:10 [NORGOVCOP]"
    assert rows["Widgetcorp International"]["country"] == "NOR"  # MNC + home country
    assert rows["Widgetcorp International"]["sector"] == "BUS"
    assert rows["Global Kite Flyers Union"]["country"] == ""  # NGO: no country
    assert rows["Fjord Liberation Front"]["sector"] == "REB"
    filtered = files["filtered.csv"]
    assert "place name coded as the country,NORWAY" in filtered
    assert "single word,Testesen" in filtered
    assert "state that no longer exists,USRGOV" in filtered
    assert "Tomas Makebelieve" not in files["people.csv"]


def test_verb_patterns_become_event_entries_through_plover(files: dict[str, str]) -> None:
    entries = yaml.safe_load(files["events.yaml"])
    by_key = {(e["lemma"], tuple(e.get("object", ()))): e for e in entries}
    kite = by_key[("fling", ("glider", "kite"))]  # the synset's members
    assert (kite["type"], kite["cameo"], kite["mode"]) == ("CONCEDE", "0841", "release")
    assert kite["note"] == "CAMEO.2.0.txt:9" and kite["passive_target"] is False
    spoon = by_key[("fling", ("spoon",))]  # verb + (preposition noun)
    assert (spoon["type"], spoon["cameo"]) == ("CONSULT", "043")
    assert spoon["target"][0] == "with"
    assert len(entries) == 2
    filtered = files["filtered.csv"]
    # A verb alone is too broad; an object that is our event noun is ours to code;
    # words before the verb, several slots, and codes PLOVER lacks (010) are left out.
    assert "verb on its own (too broad),catapult [190]" in filtered
    assert "object is our event noun (our light-verb rule codes it),* TALKS" in filtered
    assert "PRIOR * WARNING" in filtered and "* NOT REASON" in filtered
    assert "CAMEO code not in CAMEO2PLOVER,010" in filtered


def test_discards_keep_scope_and_stems(files: dict[str, str]) -> None:
    rows = {r["phrase"]: r for r in _rows(files["discards.csv"])}
    assert rows["kite festival"]["scope"] == "story"
    assert rows["kite festival"]["whole_word"] == "yes"
    assert rows["sandcastle contest"]["scope"] == "sentence"
    assert "ab" not in rows


def test_conversion_is_deterministic(files: dict[str, str]) -> None:
    assert _converter().generate(EXCERPTS) == files


def test_committed_files_equal_a_fresh_conversion(shared: Path) -> None:
    fresh = _converter().generate(shared / "field-dictionaries")
    folder = ROOT / "src" / "eventwire" / "data" / "lexicons" / "imported"
    for name, text in fresh.items():
        assert (folder / name).read_text(encoding="utf-8") == text, name


def test_imported_layer_sits_under_ours_and_shows_its_origin(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(imported.IMPORTED_ENV, raising=False)
    lex = load_lexicon()
    # Ours win: our people.csv codes Tony Blair; no imported origin shows.
    assert origin_of(lex, "Tony Blair") is None
    # An imported person: dated spells and the source line that gave them.
    rows = _rows(imported.imported_path("people.csv").read_text(encoding="utf-8"))
    row = next(r for r in rows if r["start"] and r["end"] and " " in r["name"])
    key = row["name"].lower()
    assert key in lex.periods
    day = dt.date.fromisoformat(row["start"])
    entry = lex.person(row["name"], day)
    assert entry is not None and entry.origin is not None
    assert entry.origin.startswith("Phoenix.")
    monkeypatch.setenv(imported.IMPORTED_ENV, "0")
    bare = load_lexicon()
    assert key not in bare.periods
    assert len(bare.titles) < len(lex.titles)


def test_user_file_wins_over_imported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(imported.IMPORTED_ENV, raising=False)
    rows = _rows(imported.imported_path("organisations.csv").read_text(encoding="utf-8"))
    row = next(r for r in rows if " " in r["name"] and r["sector"] == "BUS")
    user = tmp_path / "mine.csv"
    user.write_text(
        f"name,aliases,country,sector,kind,role\n{row['name']},,FRA,GOV,organisation,\n"
    )
    lex = load_lexicon(user_files=[user])
    entry = lex.organisations[row["name"].lower()]
    assert (entry.country, entry.sector, entry.origin) == ("FRA", "GOV", None)


def test_code_command_shows_where_an_imported_actor_came_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(imported.IMPORTED_ENV, raising=False)
    rows = _rows(imported.imported_path("organisations.csv").read_text(encoding="utf-8"))
    row = next(r for r in rows if r["sector"] == "REB" and r["country"] and " " in r["name"])
    story = tmp_path / "story.txt"
    story.write_text(f"Fighters of the {row['name']} attacked a convoy near the border.\n" * 2)
    assert main(["code", "--origins", "--published", "2012-05-01", str(story)]) == 0
    data = json.loads(capsys.readouterr().out.splitlines()[0])
    assert data["actor_origins"][row["name"]] == row["origin"]


def test_imported_triggers_come_after_ours(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(imported.IMPORTED_ENV, raising=False)
    ours = load_event_lexicon(imported_layer=False)
    # The verb layer is opt-in (it did not hold precision on both halves).
    assert load_event_lexicon().triggers == ours.triggers
    monkeypatch.setenv(imported.IMPORTED_ENV, "all")
    both = load_event_lexicon()
    assert len(both.triggers) > len(ours.triggers)
    for key, triggers in ours.triggers.items():
        assert both.triggers[key][: len(triggers)] == triggers
    monkeypatch.setenv(imported.IMPORTED_ENV, "agents,people")
    assert load_event_lexicon().triggers == ours.triggers


def test_discard_phrases_reject_a_story_with_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(imported.IMPORTED_ENV, raising=False)
    assert off_topic("The midfielder scored twice.") is None  # opt-in: off by default
    monkeypatch.setenv(imported.IMPORTED_ENV, "agents,discards")
    match_report = "The midfielder hit the post twice before the final whistle in Madrid."
    assert off_topic(match_report) is not None
    assert off_topic("The ministers met in Madrid to discuss fishing quotas.") is None
    assert off_topic("Golf clubs") is None  # a sentence-scope phrase never rejects a story
    raw = RawDocument(uri="mem://match", content=match_report * 3)
    result = extract(raw)
    assert isinstance(result, Rejection) and result.reason == "off-topic"
    assert "Phoenix.discards.txt:" in result.detail
    monkeypatch.setenv(imported.IMPORTED_ENV, "0")
    assert off_topic(match_report) is None


def _source_line(shared: Path, origin: str) -> str:
    name, rest = origin.split(":", 1)
    number = int(rest.split()[0])
    lines = (shared / "field-dictionaries" / name).read_text(encoding="utf-8", errors="replace")
    return lines.splitlines()[number - 1]


def test_a_sample_of_committed_rows_matches_its_source_lines(shared: Path) -> None:
    folder = ROOT / "src" / "eventwire" / "data" / "lexicons" / "imported"
    people = _rows((folder / "people.csv").read_text(encoding="utf-8"))
    for row in people[:: len(people) // 40]:
        # The origin is the line of the spell: its code and (when dated) its start date.
        line = _source_line(shared, row["origin"])
        code = row["origin"].split("[")[1].rstrip("]")
        assert f"[{code}" in line, (row, line)
        if row["start"] and any(c.isdigit() for c in line.split(code, 1)[1].split("]")[0]):
            # A dated spell (not the undated default filling a gap): its first day.
            day = row["start"].replace("-", "")
            assert day[2:] in line or day in line, (row, line)
    orgs = _rows((folder / "organisations.csv").read_text(encoding="utf-8"))
    for row in orgs[:: len(orgs) // 40]:
        line = _source_line(shared, row["origin"]).upper()
        first = row["name"].upper().split()[0]
        assert first in line.replace("_", " "), (row, line)
    agents = _rows((folder / "agents.csv").read_text(encoding="utf-8"))
    for row in agents[:: len(agents) // 40]:
        line = _source_line(shared, row["origin"])
        assert row["title"].split()[0].upper()[:4] in line.upper() or "!" in line, (row, line)
    entries = yaml.safe_load((folder / "events.yaml").read_text(encoding="utf-8"))
    for entry in entries[:: len(entries) // 40]:
        line = _source_line(shared, entry["note"])
        assert f"[{entry['cameo']}" in line, (entry, line)
