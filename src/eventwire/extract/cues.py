"""Boilerplate cues loaded once from ``data/boilerplate.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal, cast

import yaml

TailKind = Literal["appeal", "list", "comments", "bio"]


@dataclass(frozen=True, slots=True)
class ReasonCues:
    """The compiled cues of one removal reason."""

    reason: str
    lines: tuple[re.Pattern[str], ...]
    phrases: tuple[re.Pattern[str], ...]
    openers: tuple[re.Pattern[str], ...]
    tail: TailKind | None


@dataclass(frozen=True, slots=True)
class Cues:
    """All boilerplate cues, with the thresholds that go with them."""

    reasons: tuple[ReasonCues, ...]
    max_line_chars: int
    phrase_max_words: int
    phrase_min_hits: int
    stopwords: frozenset[str]


def _compile(patterns: object) -> tuple[re.Pattern[str], ...]:
    if not isinstance(patterns, list):
        return ()
    return tuple(re.compile(str(p), re.IGNORECASE) for p in patterns)


def parse_cues(data: dict[str, object]) -> Cues:
    """Compile cues from the parsed YAML mapping."""
    raw_reasons = data.get("reasons")
    if not isinstance(raw_reasons, dict):
        raise ValueError("boilerplate cues need a 'reasons' mapping")
    reasons = []
    for name, spec in raw_reasons.items():
        if not isinstance(spec, dict):
            raise ValueError(f"cues for {name!r} must be a mapping")
        tail = spec.get("tail")
        if tail not in (None, "appeal", "list", "comments", "bio"):
            raise ValueError(f"unknown tail kind {tail!r} for {name!r}")
        reasons.append(
            ReasonCues(
                reason=str(name),
                lines=_compile(spec.get("lines")),
                phrases=_compile(spec.get("phrases")),
                openers=_compile(spec.get("openers")),
                tail=cast("TailKind | None", tail),
            )
        )
    return Cues(
        reasons=tuple(reasons),
        max_line_chars=int(cast("int", data.get("max_line_chars", 160))),
        phrase_max_words=int(cast("int", data.get("phrase_max_words", 30))),
        phrase_min_hits=int(cast("int", data.get("phrase_min_hits", 2))),
        stopwords=frozenset(
            str(w).lower() for w in cast("list[object]", data.get("stopwords") or [])
        ),
    )


@cache
def load_cues() -> Cues:
    """The packaged cues (read once per process)."""
    text = resources.files("eventwire").joinpath("data/boilerplate.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError("boilerplate.yaml must hold a mapping")
    return parse_cues(data)
