"""The event lexicon: triggers per PLOVER type, type defaults, and status cues (all data files)."""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire import imported
from eventwire.resources import data_path, read_csv, read_yaml

VERB_SOURCE = ("nsubj", "agent")
NOUN_SOURCE = ("poss", "amod", "compound", "by")


@dataclass(frozen=True, slots=True)
class TypeInfo:
    type: str
    quad_class: int
    cameo: str
    goldstein: float
    targetless: bool = False


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry: a word (with optional particle/object) that states an event."""

    lemma: str
    pos: str
    type: str
    cameo: str
    mode: str | None = None
    goldstein: float | None = None
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    target: tuple[str, ...] = ("dobj",)
    source: tuple[str, ...] = VERB_SOURCE
    passive_target: bool = True
    verbal: str | None = None
    implied_source: str | None = None
    mutual: bool = False
    joint: bool = False
    named: bool = False
    stative: bool = False
    bare: str | None = None
    doers: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        return (2 if self.objects or self.doers else 0) + (1 if self.particle else 0)


@dataclass(frozen=True, slots=True)
class StatusCues:
    negated: frozenset[str]
    hypothetical: frozenset[str]
    intended: frozenset[str]
    requested: frozenset[str]
    reported: frozenset[str]
    speech_verbs: frozenset[str]
    verbal_objects: frozenset[str] = frozenset()
    obligation: frozenset[str] = frozenset()
    weighing: frozenset[str] = frozenset()
    purposive: frozenset[str] = frozenset()
    reluctance: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class EventLexicon:
    types: dict[str, TypeInfo]
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]
    status: StatusCues

    def speech_request(self, token: str, kind: str = "REQUEST") -> Trigger:
        """ "X said Y should ...": the speech verb states a REQUEST addressed to Y (an
        ACCUSE for "should have done": blame for what was not done)."""
        info = self.types[kind]
        return Trigger(token, "VERB", kind, info.cameo, target=(), passive_target=False)


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _objects(
    entry: dict[str, Any], classes: dict[str, frozenset[str]], key: str = "object"
) -> frozenset[str]:
    """An entry's object (or ``doer``) words, with each ``@class`` replaced by the words of
    that class in ``object_classes.yaml`` ("@arms": weapon, missile, launcher, ...)."""
    words: set[str] = set()
    for item in _as_tuple(entry.get(key)):
        word = item.lower()
        if word.startswith("@"):
            if word[1:] not in classes:
                raise ValueError(f"events.yaml: unknown object class {item!r} ({entry['lemma']})")
            words |= classes[word[1:]]
        else:
            words.add(word)
    return frozenset(words)


def _object_classes(path: Path) -> dict[str, frozenset[str]]:
    raw = read_yaml(path) if path.exists() else None
    return {str(k).lower(): frozenset(str(w).lower() for w in v) for k, v in (raw or {}).items()}


def _trigger(entry: dict[str, Any], classes: dict[str, frozenset[str]] | None = None) -> Trigger:
    pos = str(entry["pos"]).upper()
    default_source = VERB_SOURCE if pos == "VERB" else NOUN_SOURCE
    default_target = ("dobj",) if pos == "VERB" else ("of",)
    goldstein = entry.get("goldstein")
    return Trigger(
        lemma=str(entry["lemma"]).lower(),
        pos=pos,
        type=str(entry["type"]).upper(),
        cameo=str(entry.get("cameo", "")),
        mode=entry.get("mode"),
        goldstein=float(goldstein) if goldstein is not None else None,
        particle=entry.get("particle"),
        objects=_objects(entry, classes or {}),
        target=_as_tuple(entry.get("target")) or default_target,
        source=_as_tuple(entry.get("source")) or default_source,
        passive_target=bool(entry.get("passive_target", pos == "VERB")),
        verbal=str(entry["verbal"]).upper() if entry.get("verbal") else None,
        implied_source=str(entry["implied_source"]).upper()
        if entry.get("implied_source")
        else None,
        mutual=bool(entry.get("mutual", False)),
        joint=bool(entry.get("joint", False)),
        named=bool(entry.get("named", False)),
        stative=bool(entry.get("stative", False)),
        bare=str(entry["bare"]).upper() if entry.get("bare") else None,
        doers=_objects(entry, classes or {}, "doer"),
    )


def _cues(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(v).lower() for v in _as_tuple(raw.get(key)))


def load_event_lexicon(
    folder: Path | None = None, extra: tuple[Path, ...] = (), *, imported_layer: bool = True
) -> EventLexicon:
    packaged = folder is None
    folder = folder or data_path("lexicons")
    types = {
        row["type"]: TypeInfo(
            row["type"],
            int(row["quad_class"]),
            row["cameo"],
            float(row["goldstein"]),
            targetless=row.get("targetless", "no").strip().lower() == "yes",
        )
        for row in read_csv(folder / "event_types.csv")
    }
    grouped: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
    classes = _object_classes(folder / "object_classes.yaml")
    for path in (folder / "events.yaml", *extra):
        for entry in read_yaml(path) or []:
            trigger = _trigger(entry, classes)
            grouped[(trigger.lemma, trigger.pos)].append(trigger)
    triggers = {
        key: tuple(sorted(values, key=lambda t: -t.specificity)) for key, values in grouped.items()
    }
    if packaged and imported_layer and imported.enabled("events"):
        _add_imported(triggers, imported.imported_path("events.yaml"))
    raw = read_yaml(folder / "status.yaml") or {}
    status = StatusCues(
        negated=_cues(raw, "negated"),
        hypothetical=_cues(raw, "hypothetical"),
        intended=_cues(raw, "intended"),
        requested=_cues(raw, "requested"),
        reported=_cues(raw, "reported"),
        speech_verbs=_cues(raw, "speech_verbs"),
        verbal_objects=_cues(raw, "verbal_objects"),
        obligation=_cues(raw, "obligation"),
        weighing=_cues(raw, "weighing"),
        purposive=_cues(raw, "purposive"),
        reluctance=_cues(raw, "reluctance"),
    )
    return EventLexicon(types, triggers, status)


def _add_imported(triggers: dict[tuple[str, str], tuple[Trigger, ...]], path: Path) -> None:
    """The imported layer's entries, tried after all of ours for the same word."""
    grouped: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
    for entry in read_yaml(path) or []:
        trigger = _trigger(entry)
        grouped[(trigger.lemma, trigger.pos)].append(trigger)
    for key, values in grouped.items():
        ordered = tuple(sorted(values, key=lambda t: -t.specificity))
        triggers[key] = triggers.get(key, ()) + ordered


@functools.cache
def default_event_lexicon() -> EventLexicon:
    return load_event_lexicon()
