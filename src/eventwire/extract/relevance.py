"""Stories that are not political news: the field's discard phrases (sports results,
entertainment), converted into ``data/lexicons/imported/discards.csv``.

A phrase of scope ``story`` makes the whole story uncodeable: :func:`off_topic` names it,
and :func:`eventwire.extract.extract` stores the story as an ``off-topic`` rejection with
the phrase and its source line. Phrases of scope ``sentence`` mark one sentence only
(:func:`sentence_discard`). Matching ignores case; a phrase with ``whole_word=no`` is a
stem ("golf" finds "golfing"), one with ``yes`` must end at a word boundary. The filter is
part of the imported layer: ``EVENTWIRE_IMPORTED_LEXICONS=0`` (or a list of parts without
``discards``) switches it off.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from eventwire import imported
from eventwire.resources import read_csv


@dataclass(frozen=True, slots=True)
class Discards:
    """One compiled pattern per scope, and each phrase's source line."""

    story: re.Pattern[str] | None
    sentence: re.Pattern[str] | None
    origins: dict[str, str]


def _pattern(rows: list[dict[str, str]]) -> re.Pattern[str] | None:
    if not rows:
        return None
    # Longest first, so that the alternation reports the longest phrase at a position.
    parts = [
        re.escape(r["phrase"]).replace(r"\ ", r"\s+") + (r"\b" if r["whole_word"] == "yes" else "")
        for r in sorted(rows, key=lambda r: (-len(r["phrase"]), r["phrase"]))
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE)


@functools.cache
def load_discards() -> Discards:
    rows = list(read_csv(imported.imported_path("discards.csv")))
    story = [r for r in rows if r["scope"] == "story"]
    sentence = [r for r in rows if r["scope"] == "sentence"]
    origins = {r["phrase"]: r["origin"] for r in rows}
    return Discards(_pattern(story), _pattern(sentence), origins)


def _found(pattern: re.Pattern[str] | None, text: str, discards: Discards) -> str | None:
    if pattern is None:
        return None
    match = pattern.search(text)
    if match is None:
        return None
    phrase = " ".join(match.group(0).lower().split())
    return f"It names {phrase!r} ({discards.origins.get(phrase, 'discards.csv')})."


def off_topic(text: str) -> str | None:
    """Why the story is not codeable (a sentence for the rejection's detail), or None."""
    if not imported.enabled("discards"):
        return None
    discards = load_discards()
    return _found(discards.story, text, discards)


def sentence_discard(sentence: str) -> str | None:
    """Why one sentence is not codeable, or None (not used by the coder yet)."""
    if not imported.enabled("discards"):
        return None
    discards = load_discards()
    return _found(discards.sentence, sentence, discards)
