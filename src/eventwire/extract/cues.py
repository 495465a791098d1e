"""Boilerplate cues loaded once from ``data/cues/boilerplate.yaml``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Literal, cast

from eventwire.resources import data_path, read_yaml

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
    """All boilerplate cues, with the thresholds that go with them.

    ``any_line``, ``any_phrase`` and ``any_opener`` join every reason's line, phrase and
    tail-opener patterns into one alternation each (``None`` when they cannot be joined
    safely): most lines of a story match no cue, and one scan that says so costs far less
    than one per pattern.
    """

    reasons: tuple[ReasonCues, ...]
    max_line_chars: int
    phrase_max_words: int
    phrase_min_hits: int
    stopwords: frozenset[str]
    any_line: re.Pattern[str] | None = None
    any_phrase: re.Pattern[str] | None = None
    any_opener: re.Pattern[str] | None = None


# Escapes, read as pairs so that an escaped bracket (backslash, bracket) is not taken for
# a group, and the constructs that refer to groups by number or name (backreferences,
# backslash and digit or "(?P=name)"; conditionals, "(?(1)...)"): a pattern holding one
# means something else inside an alternation of others.
_ESCAPE_OR_REFERENCE_RE = re.compile(r"\\.|\(\?P=|\(\?\(", re.DOTALL)


def _refers_to_groups(source: str) -> bool:
    return any(
        not token.startswith("\\") or token[1].isdigit()
        for token in _ESCAPE_OR_REFERENCE_RE.findall(source)
    )


def _compile(patterns: object) -> tuple[re.Pattern[str], ...]:
    if not isinstance(patterns, list):
        return ()
    return tuple(re.compile(str(p), re.IGNORECASE) for p in patterns)


def join_patterns(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One pattern that matches (or fully matches) a text where any of ``patterns`` does.

    A regular-expression alternation is that union, since each branch may match on its
    own; ``None`` when there is nothing to join, or when a pattern refers to its groups
    (numbers and names change in the alternation) or cannot be embedded (a global flag
    not at its start), so that callers fall back to testing the patterns one by one.
    """
    sources = [p.pattern for p in patterns]
    if not sources or any(_refers_to_groups(s) for s in sources):
        return None
    try:
        return re.compile("|".join(f"(?:{s})" for s in sources), re.IGNORECASE)
    except re.error:
        return None


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
        any_line=join_patterns(p for spec in reasons for p in spec.lines),
        any_phrase=join_patterns(p for spec in reasons for p in spec.phrases),
        any_opener=join_patterns(
            p for spec in reasons if spec.tail is not None for p in spec.openers
        ),
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
    data = read_yaml(data_path("cues", "boilerplate.yaml"))
    if not isinstance(data, dict):
        raise ValueError("boilerplate.yaml must hold a mapping")
    return parse_cues(data)
