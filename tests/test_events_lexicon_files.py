"""Schema checks for the event lexicon data files and the event test sentences.

These tests read only data files (no spaCy), so they run in well under a second.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from eventwire.events.lexicon import load_event_lexicon
from eventwire.records import PLOVER_TYPES, STATUSES

ROOT = Path(__file__).resolve().parents[1]
LEXICONS = ROOT / "src" / "eventwire" / "data" / "lexicons"
SENTENCES = ROOT / "tests" / "data" / "event_sentences.yaml"

REQUIRED_KEYS = {"lemma", "pos", "type", "cameo"}
OPTIONAL_KEYS = {"mode", "goldstein", "particle", "object", "target", "source", "passive_target"}
OPTIONAL_KEYS |= {
    "note",
    "verbal",
    "implied_source",
    "mutual",
    "joint",
    "named",
    "stative",
    "bare",
    "doer",
}
IMPLIED_SECTORS = {"GOV", "CVL", "MIL"}

# Dependency roles an actor may fill, plus the prepositions whose object may hold it.
SYNTACTIC_ROLES = {"dobj", "dative", "poss", "nsubj", "agent", "amod", "compound"}
PREPOSITIONS = {
    "to", "with", "on", "against", "from", "for", "between", "of", "at", "in", "over",
    "into", "by", "toward", "towards", "upon", "behind", "near", "along", "around",
    "about", "outside", "before", "off", "down", "across",
}  # fmt: skip
ALLOWED_ROLES = SYNTACTIC_ROLES | PREPOSITIONS

# The CAMEO roots each PLOVER type may use. The first root is the one in
# event_types.csv; the others are the documented exceptions listed in EVENTS.md.
CAMEO_ROOTS: dict[str, set[str]] = {
    "AGREE": {"03", "05", "08"},  # 057 sign formal agreement; 0871 truce agreements
    "CONSULT": {"04", "03"},  # 036 invitations = intent to meet
    "SUPPORT": {"05"},
    "CONCEDE": {"08"},
    "COOPERATE": {"06"},
    "AID": {"07"},
    "RETREAT": {"08"},
    "REQUEST": {"10", "02"},  # appeals (02) and demands (10)
    "ACCUSE": {"11", "09"},  # 09 investigations
    "REJECT": {"12"},
    "THREATEN": {"13"},
    "PROTEST": {"14"},
    "SANCTION": {"16"},
    "MOBILIZE": {"15"},
    "COERCE": {"17", "19"},  # 191 blockade, 192 occupation
    "ASSAULT": {"18", "19", "20", "17"},  # 1712 destruction of property
}

MODES: dict[str, set[str]] = {
    "AGREE": {"sign"},
    "CONSULT": {"visit", "meet", "phone", "host", "negotiate", "mediate"},
    "SUPPORT": {"recognize", "apologize"},
    "CONCEDE": {"release", "return", "ease", "access", "ceasefire", "yield"},
    "COOPERATE": {"economic", "military", "judicial", "intelligence"},
    "AID": {"economic", "military", "humanitarian", "protection", "asylum"},
    "RETREAT": {"withdraw", "evacuate", "surrender", "demobilize", "disarm"},
    "REQUEST": {"appeal", "ask", "demand"},
    "ACCUSE": {"accuse", "criticize", "complain", "sue", "convict", "investigate", "annul"},
    "REJECT": {"reject", "refuse", "deny", "oppose", "veto", "defy"},
    "THREATEN": {"force", "sanction", "ultimatum"},
    "PROTEST": {"demonstrate", "strike", "riot", "boycott", "obstruct"},
    "SANCTION": {"economic", "diplomatic", "expel", "embargo"},
    "MOBILIZE": {"troops", "alert", "police", "weapons", "exercise"},
    "COERCE": {"arrest", "deport", "seize", "censor", "restrict", "repress", "cyber"}
    | {"blockade", "occupy"},
    "ASSAULT": {"firearms", "explosives", "aerial", "shelling", "suicide-bombing", "kill"}
    | {"abduct", "assassinate", "torture", "mass-killing", "wmd"},
}

QUAD_CLASS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip

STATUS_KEYS = {"negated", "hypothetical", "intended", "requested", "reported", "speech_verbs"}
STATUS_KEYS |= {"verbal_objects", "obligation", "weighing", "purposive", "reluctance"}
ACTOR_CODE = re.compile(r"^(?:[A-Z]{3}|IGO)$")


def _load(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@pytest.fixture(scope="module")
def entries() -> list[dict[str, Any]]:
    data = _load(LEXICONS / "events.yaml")
    assert isinstance(data, list)
    assert all(isinstance(entry, dict) for entry in data)
    return data


@pytest.fixture(scope="module")
def event_types() -> list[dict[str, str]]:
    with (LEXICONS / "event_types.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def status_cues() -> dict[str, list[str]]:
    data = _load(LEXICONS / "status.yaml")
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def sentences() -> list[dict[str, Any]]:
    data = _load(SENTENCES)
    assert isinstance(data, list)
    return data


def _key(
    entry: dict[str, Any],
) -> tuple[str, str, str | None, tuple[str, ...], tuple[str, ...]]:
    # Two entries differ by their particle, their objects or their doers ("police raided"
    # is a search, "rebels raided" an attack).
    return (
        entry["lemma"],
        entry["pos"],
        entry.get("particle"),
        tuple(sorted(entry.get("object", []))),
        tuple(sorted(entry.get("doer", []))),
    )


# ---------------------------------------------------------------- event_types.csv


def test_event_types_cover_plover_in_order(event_types: list[dict[str, str]]) -> None:
    assert [row["type"] for row in event_types] == list(PLOVER_TYPES)
    columns = {"type", "quad_class", "cameo", "goldstein", "targetless", "description"}
    assert set(event_types[0]) == columns


def test_event_types_values(event_types: list[dict[str, str]]) -> None:
    for row in event_types:
        kind = row["type"]
        assert int(row["quad_class"]) == QUAD_CLASS[kind]
        assert re.fullmatch(r"\d\d", row["cameo"]), row
        assert row["cameo"] in CAMEO_ROOTS[kind]
        goldstein = float(row["goldstein"])
        assert -10.0 <= goldstein <= 10.0
        # cooperation scores positive, conflict negative
        assert (goldstein > 0) == (QUAD_CLASS[kind] <= 2), row
        assert len(row["description"]) > 20
        assert row["targetless"] in {"yes", "no"}


# ---------------------------------------------------------------- events.yaml


def test_entry_counts(entries: list[dict[str, Any]]) -> None:
    assert len(entries) >= 400
    per_type = Counter(entry["type"] for entry in entries)
    for kind in PLOVER_TYPES:
        assert per_type[kind] >= 12, kind


def test_every_type_has_verbs_and_nouns(entries: list[dict[str, Any]]) -> None:
    for kind in PLOVER_TYPES:
        kinds = {entry["pos"] for entry in entries if entry["type"] == kind}
        assert kinds == {"VERB", "NOUN"}, kind


def test_entry_keys_and_scalar_values(entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        assert set(entry) >= REQUIRED_KEYS, entry
        assert set(entry) <= REQUIRED_KEYS | OPTIONAL_KEYS, entry
        assert isinstance(entry["lemma"], str)
        assert re.fullmatch(r"[a-z][a-z-]*", entry["lemma"]), entry
        assert entry["pos"] in ("VERB", "NOUN"), entry
        assert entry["type"] in PLOVER_TYPES, entry
        if "goldstein" in entry:
            assert isinstance(entry["goldstein"], float), entry
            assert -10.0 <= entry["goldstein"] <= 10.0
        if "passive_target" in entry:
            assert isinstance(entry["passive_target"], bool), entry
            assert entry["pos"] == "VERB", entry
        if "note" in entry:
            assert isinstance(entry["note"], str) and entry["note"], entry
        if "verbal" in entry:
            # the speech-act reading of a trigger ("attacked the plans" is an accusation)
            assert entry["verbal"] in PLOVER_TYPES and entry["verbal"] != entry["type"], entry
        if "mutual" in entry:
            assert entry["mutual"] is True, entry  # only written where the act is two-way
        if "joint" in entry:
            # a fight of two sides as one subject: never also two-way, which codes both
            assert entry["joint"] is True and "mutual" not in entry, entry
        if "implied_source" in entry:
            # the unnamed agent's sector: police for "was arrested", crowds for "protests"
            assert entry["implied_source"] in IMPLIED_SECTORS, entry


def test_cameo_codes_match_type(entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        cameo = entry["cameo"]
        assert isinstance(cameo, str), entry  # unquoted codes lose their leading zero
        assert re.fullmatch(r"\d{2,4}", cameo), entry
        assert 1 <= int(cameo[:2]) <= 20, entry
        assert cameo[:2] in CAMEO_ROOTS[entry["type"]], entry


def test_modes_come_from_type_vocabulary(entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        if "mode" in entry:
            assert entry["mode"] in MODES[entry["type"]], entry


def test_roles_are_known(entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        for field in ("target", "source"):
            if field not in entry:
                continue
            roles = entry[field]
            assert isinstance(roles, list) and roles, entry
            # a bare `on`/`off` in YAML would load as a boolean
            assert all(isinstance(role, str) for role in roles), entry
            assert set(roles) <= ALLOWED_ROLES, entry
            assert len(set(roles)) == len(roles), entry


def test_particles_and_objects(entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        if "particle" in entry:
            assert isinstance(entry["particle"], str), entry
            # A verb's particle ("call on"), or the preposition that governs a noun ("on alert").
            assert entry["pos"] in {"VERB", "NOUN"}, entry
            assert re.fullmatch(r"[a-z]+", entry["particle"]), entry
        if "object" in entry:
            objects = entry["object"]
            assert isinstance(objects, list) and objects, entry
            assert all(isinstance(word, str) and word == word.lower() for word in objects)
            assert len(set(objects)) == len(objects), entry
            # A verb's object ("impose sanctions") or a noun's ("suspension of flights").
            assert entry["pos"] in {"VERB", "NOUN"}, entry


def test_no_duplicate_trigger_keys(entries: list[dict[str, Any]]) -> None:
    counts = Counter(_key(entry) for entry in entries)
    assert [key for key, count in counts.items() if count > 1] == []


def test_same_verb_and_particle_objects_do_not_overlap(entries: list[dict[str, Any]]) -> None:
    """`lift sanctions` must map to one type only: object lists of one verb (or of one
    noun: "supply" the verb and the noun are two triggers) are disjoint, unless the rows
    are told apart by their doers ("set fire" by a crowd is a riot, by gunmen an attack)."""
    seen: dict[tuple[str, str, str | None, tuple[str, ...]], set[str]] = {}
    for entry in entries:
        if "object" not in entry:
            continue
        doers = tuple(sorted(_expanded(entry["doer"]))) if "doer" in entry else ()
        slot = (entry["lemma"], entry["pos"], entry.get("particle"), doers)
        previous = seen.setdefault(slot, set())
        words = _expanded(entry["object"])
        overlap = previous & words
        assert not overlap, (slot, overlap)
        previous.update(words)


def _expanded(objects: list[str]) -> set[str]:
    classes = _load(LEXICONS / "object_classes.yaml")
    words: set[str] = set()
    for item in objects:
        words |= set(classes[item[1:]]) if item.startswith("@") else {item}
    return words


def test_every_object_class_named_in_events_exists(entries: list[dict[str, Any]]) -> None:
    classes = _load(LEXICONS / "object_classes.yaml")
    named = {o[1:] for e in entries for o in e.get("object", []) if o.startswith("@")}
    assert named and named <= set(classes)
    assert all(w == w.lower() and " " not in w for ws in classes.values() for w in ws)


def test_an_object_class_reaches_every_entry_that_names_it() -> None:
    lexicon = load_event_lexicon()
    sends = [
        t for t in lexicon.triggers[("send", "VERB")] if t.type == "AID" and "rocket" in t.objects
    ]
    assert sends and "launcher" in sends[0].objects and "equipment" in sends[0].objects


@pytest.mark.parametrize(
    ("lemma", "objects_include", "expected"),
    [
        ("impose", "sanction", "SANCTION"),
        ("lift", "sanction", "CONCEDE"),
        ("sign", "agreement", "AGREE"),
        ("launch", "attack", "ASSAULT"),
        ("send", "troop", "MOBILIZE"),
        ("send", "relief", "AID"),
        ("strike", "deal", "AGREE"),
        ("suspend", "aid", "SANCTION"),
        ("halt", "offensive", "CONCEDE"),
    ],
)
def test_light_verbs_change_meaning(
    entries: list[dict[str, Any]], lemma: str, objects_include: str, expected: str
) -> None:
    matches = [
        entry["type"]
        for entry in entries
        if entry["lemma"] == lemma and objects_include in _expanded(entry.get("object", []))
    ]
    assert matches == [expected]


def test_core_triggers_present(entries: list[dict[str, Any]]) -> None:
    index = {(entry["lemma"], entry["pos"], entry.get("particle")) for entry in entries}
    for trigger in [
        ("meet", "VERB", None),
        ("visit", "NOUN", None),
        ("talk", "NOUN", None),
        ("urge", "VERB", None),
        ("call", "VERB", "on"),
        ("call", "VERB", "for"),
        ("criticise", "VERB", None),
        ("arrest", "VERB", None),
        ("crack", "VERB", "down"),
        ("pull", "VERB", "out"),
        ("sanction", "NOUN", None),
        ("embargo", "NOUN", None),
        ("protest", "NOUN", None),
        ("withdrawal", "NOUN", None),
        ("aid", "NOUN", None),
        ("loan", "NOUN", None),
        ("deal", "NOUN", None),
    ]:
        assert trigger in index, trigger


# ---------------------------------------------------------------- status.yaml


def test_status_cue_lists(status_cues: dict[str, list[str]]) -> None:
    assert set(status_cues) == STATUS_KEYS
    for key, cues in status_cues.items():
        # the modal auxiliaries of obligation and the verbs of purpose and of holding
        # back are small closed classes
        least = 3 if key in {"obligation", "purposive", "reluctance"} else 8
        assert isinstance(cues, list) and len(cues) >= least, key
        assert all(isinstance(cue, str) and cue == cue.lower() and cue.strip() for cue in cues)
        assert len(set(cues)) == len(cues), key
    assert {"not", "n't", "never", "no"} <= set(status_cues["negated"])
    assert {"could", "might", "if", "unless"} <= set(status_cues["hypothetical"])
    assert {"will", "plan", "is to", "due to"} <= set(status_cues["intended"])
    assert {"urge", "call on", "demand"} <= set(status_cues["requested"])
    assert {"reportedly", "allegedly", "according to"} <= set(status_cues["reported"])
    assert {"say", "tell", "announce"} <= set(status_cues["speech_verbs"])
    assert {"should", "must"} <= set(status_cues["obligation"])


# ---------------------------------------------------------------- event_sentences.yaml


def test_sentence_file_schema(sentences: list[dict[str, Any]]) -> None:
    assert len(sentences) >= 130
    texts = [record["text"] for record in sentences]
    assert len(set(texts)) == len(texts)
    for record in sentences:
        assert set(record) == {"text", "published", "events"}, record
        assert isinstance(record["text"], str) and record["text"].strip()
        dt.date.fromisoformat(record["published"])
        assert isinstance(record["events"], list)
        for event in record["events"]:
            assert set(event) == {"type", "source", "target", "status"}, event
            assert event["type"] in PLOVER_TYPES, event
            assert event["status"] in STATUSES, event
            for side in ("source", "target"):
                code = event[side]
                assert code is None or ACTOR_CODE.match(code), event
            assert event["source"] is not None or event["target"] is not None


def test_sentence_coverage(sentences: list[dict[str, Any]]) -> None:
    empty = [record for record in sentences if not record["events"]]
    assert len(empty) >= 15
    per_type: Counter[str] = Counter()
    statuses: dict[str, set[str]] = {kind: set() for kind in PLOVER_TYPES}
    for record in sentences:
        for kind in {event["type"] for event in record["events"]}:
            per_type[kind] += 1
        for event in record["events"]:
            statuses[event["type"]].add(event["status"])
    for kind in PLOVER_TYPES:
        assert per_type[kind] >= 8, kind
        assert {"asserted", "negated", "intended"} <= statuses[kind], kind
        assert statuses[kind] & {"hypothetical", "requested", "reported"}, kind


def test_sentence_dyads_unique(sentences: list[dict[str, Any]]) -> None:
    """One event per dyad and type in a sentence."""
    for record in sentences:
        keys = [(e["type"], e["source"], e["target"]) for e in record["events"]]
        assert len(set(keys)) == len(keys), record["text"]
