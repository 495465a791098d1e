"""The plain-text boilerplate filter: which lines of a text are the article body.

The text is cut into units (non-empty lines) grouped in paragraphs (runs of lines between
blank lines). Each unit is judged on its own cues (``data/cues/boilerplate.yaml``) and shape
(length, share of function words, sentence punctuation); headings such as "Support our
journalism" or "Comments" in the latter part of a text open a tail region that is cut while
it keeps looking like what the heading opened; and, for raw page text, the densest run of
prose is chosen as the body. Every cut unit keeps its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from eventwire.extract.cues import Cues, TailKind, load_cues
from eventwire.extract.dateline import find_dateline
from eventwire.extract.prose import lines_with_offsets
from eventwire.records import RemovedBlock, Span

Shape = Literal["good", "near", "short"]

_WORD_RE = re.compile(r"\w+(?:['’]\w+)*")
_SENTENCE_END_RE = re.compile(r"[.!?…。]['\"”’)\]]*$")
_QUOTE_RE = re.compile(r"[\"“”]")
_ATTRIBUTION_RE = re.compile(
    r"\b(said|says|told|added|stated|announced|according to|reported|declared)\b", re.I
)
_READER_RE = re.compile(r"\b(we|our|us|you|your)\b", re.I)

# Shape thresholds (characters) and the weights used to choose the body region.
GOOD_CHARS = 80
GOOD_ANY_CHARS = 250
GOOD_STOP_SHARE = 0.28
NEAR_CHARS = 40
LATTER_PART = 0.25
MIN_GOOD_BEFORE_TAIL = 2
BIO_TAIL_UNITS = 2
LIST_RUN = 3
MIN_TITLE_PART_CHARS = 20


@dataclass(frozen=True, slots=True)
class Unit:
    """One non-empty line: its offsets (whitespace trimmed) and what the filter saw in it."""

    start: int
    end: int
    paragraph: int
    text: str
    words: int
    shape: Shape
    sentence: bool
    cue: str | None
    opener: tuple[str, TailKind] | None


@dataclass(frozen=True, slots=True)
class FilterResult:
    """Kept spans and removed blocks, both as offsets into the filtered text."""

    kept: tuple[Span, ...]
    removed: tuple[RemovedBlock, ...]


def _cue_reason(norm: str, words: int, cues: Cues) -> str | None:
    # The joined patterns rule out, in one scan each, the lines that no cue matches.
    if len(norm) <= cues.max_line_chars and (
        cues.any_line is None or cues.any_line.fullmatch(norm)
    ):
        for spec in cues.reasons:
            if any(p.fullmatch(norm) for p in spec.lines):
                return spec.reason
    if cues.any_phrase is not None and cues.any_phrase.search(norm) is None:
        return None
    best: tuple[int, str] | None = None
    for spec in cues.reasons:
        hits = sum(1 for p in spec.phrases if p.search(norm))
        if hits and (best is None or hits > best[0]):
            best = (hits, spec.reason)
    if best is None:
        return None
    hits, reason = best
    if words <= cues.phrase_max_words or hits >= cues.phrase_min_hits:
        return reason
    return None


def _opener(norm: str, cues: Cues) -> tuple[str, TailKind] | None:
    if len(norm) > 120 or (cues.any_opener is not None and not cues.any_opener.fullmatch(norm)):
        return None
    for spec in cues.reasons:
        if spec.tail is not None and any(p.fullmatch(norm) for p in spec.openers):
            return spec.reason, spec.tail
    return None


def _shape(norm: str, words: list[str], stop_share: float, use_stops: bool) -> Shape:
    chars = len(norm)
    if chars >= GOOD_ANY_CHARS:
        return "good"
    if chars >= GOOD_CHARS:
        if use_stops and stop_share >= GOOD_STOP_SHARE:
            return "good"
        if not use_stops and _SENTENCE_END_RE.search(norm):
            return "good"
    if chars >= NEAR_CHARS:
        return "near"
    return "short"


def _wrapped(before: str, line: str, stopwords: frozenset[str]) -> bool:
    """Whether ``line`` goes on the sentence ``before`` left open: plain text wrapped at
    a fixed width breaks mid-sentence, so the next line starts in lower case or the line
    before ends on a comma or a word no sentence ends on ("the", "on", "and")."""
    if not line or not before or _SENTENCE_END_RE.search(before):
        return False
    last = before.rsplit(" ", 1)[-1].lower()
    return line[0].islower() or before.endswith(",") or last in stopwords


def split_units(text: str, cues: Cues | None = None) -> list[Unit]:
    """The non-empty lines of ``text`` as classified units, in order."""
    cues = cues or load_cues()
    raw: list[tuple[int, int, int, str, list[str], int]] = []
    paragraph = 0
    blank = False
    stop_total = 0
    word_total = 0
    for line_start, line in lines_with_offsets(text):
        stripped = line.strip()
        if not stripped:
            blank = True
            continue
        if blank and raw:
            paragraph += 1
        start = line_start + (len(line) - len(line.lstrip()))
        end = line_start + len(line.rstrip())
        words = _WORD_RE.findall(stripped.lower())
        stops = sum(1 for w in words if w in cues.stopwords)
        stop_total += stops
        word_total += len(words)
        norm = " ".join(stripped.split())
        if raw and not blank and _wrapped(raw[-1][3], norm, cues.stopwords):
            # A hard-wrapped sentence ("... poor visibility at London\n airports."): one
            # unit, so its tail is not judged as a short line of its own.
            first, _, para, before, before_words, before_stops = raw[-1]
            raw[-1] = (first, end, para, f"{before} {norm}", before_words + words,
                       before_stops + stops)  # fmt: skip
        else:
            raw.append((start, end, paragraph, norm, words, stops))
        blank = False
    use_stops = word_total > 0 and stop_total / word_total >= 0.15
    units = []
    for start, end, para, norm, words, stops in raw:
        share = stops / len(words) if words else 0.0
        units.append(
            Unit(
                start=start,
                end=end,
                paragraph=para,
                text=norm,
                words=len(words),
                shape=_shape(norm, words, share, use_stops),
                sentence=bool(_SENTENCE_END_RE.search(norm)) and len(words) >= 4,
                cue=_cue_reason(norm, len(words), cues),
                opener=_opener(norm, cues),
            )
        )
    return units


def _news_signal(unit: Unit) -> bool:
    """Whether a unit reads like reporting rather than an appeal to the reader."""
    if find_dateline(unit.text) is not None:
        return True
    if _QUOTE_RE.search(unit.text) and _ATTRIBUTION_RE.search(unit.text):
        return True
    return bool(_ATTRIBUTION_RE.search(unit.text)) and not _READER_RE.search(unit.text)


def _tail_length(units: list[Unit], index: int, kind: TailKind) -> int:
    """How many units from ``index`` (the opener) on belong to the tail it opens."""
    count = 1
    for unit in units[index + 1 :]:
        if kind == "appeal" and _news_signal(unit):
            break
        if kind == "comments" and find_dateline(unit.text) is not None:
            break
        if kind == "list" and unit.shape == "good" and unit.cue is None:
            break
        if kind == "bio" and (count > BIO_TAIL_UNITS or _news_signal(unit)):
            break
        count += 1
    return count


def _tail_reasons(units: list[Unit], text_length: int) -> dict[int, str]:
    """Units cut as part of a tail region, by index, with the opener's reason."""
    cut: dict[int, str] = {}
    good_before = 0
    index = 0
    while index < len(units):
        unit = units[index]
        if (
            unit.opener is not None
            and good_before >= MIN_GOOD_BEFORE_TAIL
            and unit.start >= LATTER_PART * text_length
        ):
            reason, kind = unit.opener
            length = _tail_length(units, index, kind)
            for j in range(index, index + length):
                cut[j] = reason
            index += length
            continue
        if unit.shape == "good" and unit.cue is None:
            good_before += 1
        index += 1
    return cut


def _weight(unit: Unit, reason: str | None, in_list: bool) -> float:
    """How much a unit speaks for (positive) or against (negative) being in the body."""
    chars = len(unit.text)
    if reason is not None:
        return -(20.0 + chars)
    if unit.shape == "good":
        return float(chars) if unit.sentence else 0.5 * chars
    if unit.sentence:
        return 0.5 * chars if unit.shape == "near" else 0.2 * chars
    penalty = 10.0 + (0.3 if unit.shape == "near" else 0.5) * chars
    return -2.0 * penalty if in_list else -penalty


def _list_runs(units: list[Unit], min_run: int = LIST_RUN) -> set[int]:
    """Indices of units in runs of ``min_run`` or more non-sentence, non-prose lines."""
    found: set[int] = set()
    run: list[int] = []
    for i, unit in enumerate([*units, None]):
        if unit is not None and unit.shape != "good" and not unit.sentence:
            run.append(i)
            continue
        if len(run) >= min_run:
            found.update(run)
        run = []
    return found


def _best_region(weights: list[float]) -> tuple[int, int]:
    """The ``[first, last]`` units of the run with the highest total weight."""
    best = (0, -1)
    best_sum = 0.0
    current = 0.0
    start = 0
    for i, w in enumerate(weights):
        if current <= 0:
            current, start = w, i
        else:
            current += w
        if current > best_sum:
            best_sum, best = current, (start, i)
    return best


def _merge(
    units: list[Unit], indices: list[int], text: str, reasons: dict[int, str] | None
) -> list[tuple[int, int, str]]:
    """Join consecutive units of one paragraph (and one reason) into blocks."""
    blocks: list[tuple[int, int, str]] = []
    previous: int | None = None
    for i in indices:
        unit = units[i]
        reason = reasons[i] if reasons is not None else ""
        if (
            blocks
            and previous == i - 1
            and units[previous].paragraph == unit.paragraph
            and blocks[-1][2] == reason
        ):
            blocks[-1] = (blocks[-1][0], unit.end, reason)
        else:
            blocks.append((unit.start, unit.end, reason))
        previous = i
    return blocks


def _kept_spans(units: list[Unit], indices: list[int], length: int) -> tuple[Span, ...]:
    """Runs of consecutive kept units as spans, with the whitespace between them.

    Paragraph breaks inside a run stay in the body as they were in the input; a run that
    reaches the last unit also keeps the text's trailing whitespace, so a text that is all
    body is kept whole.
    """
    spans: list[Span] = []
    previous: int | None = None
    for i in indices:
        unit = units[i]
        if spans and previous == i - 1:
            spans[-1] = Span(spans[-1].start, unit.end)
        else:
            spans.append(Span(unit.start, unit.end))
        previous = i
    if spans and indices[-1] == len(units) - 1:
        spans[-1] = Span(spans[-1].start, length)
    return tuple(spans)


def _headline_units(units: list[Unit], title: str | None) -> dict[int, str]:
    """Lines before the first prose that repeat the document's title (or a part of it)."""
    if not title:
        return {}
    wanted = " ".join(title.split()).casefold()
    cut: dict[int, str] = {}
    for i, unit in enumerate(units):
        line = unit.text.casefold()
        if line == wanted or (len(line) >= MIN_TITLE_PART_CHARS and line in wanted):
            cut[i] = "headline"
        elif unit.shape == "good":
            break
    return cut


def filter_boilerplate(
    text: str,
    *,
    select_region: bool = True,
    cues: Cues | None = None,
    title: str | None = None,
) -> FilterResult:
    """Split ``text`` into body and boilerplate; offsets of both point into ``text``.

    ``select_region`` chooses the densest run of prose as the body (for raw page text); turn
    it off for text that is already a main-content extraction, where only cues and tails cut.
    ``title``, when known, removes the headline repeated above the story.
    """
    units = split_units(text, cues)
    reasons: dict[int, str] = {i: u.cue for i, u in enumerate(units) if u.cue is not None}
    reasons.update(_headline_units(units, title))
    reasons.update(_tail_reasons(units, len(text)))
    if select_region and units:
        lists = _list_runs(units)
        weights = [_weight(u, reasons.get(i), i in lists) for i, u in enumerate(units)]
        first, last = _best_region(weights)
        if last >= first and first > 0:
            head = units[first - 1]
            if first - 1 not in reasons and head.shape != "good" and len(head.text) >= 15:
                first -= 1
        for i, unit in enumerate(units):
            if (i < first or i > last) and i not in reasons:
                reasons[i] = "navigation" if unit.shape == "short" else "off-body"
            elif i in lists and i not in reasons and unit.shape == "short":
                reasons[i] = "navigation"
    kept_idx = [i for i in range(len(units)) if i not in reasons]
    removed_idx = [i for i in range(len(units)) if i in reasons]
    kept = _kept_spans(units, kept_idx, len(text))
    removed = tuple(
        RemovedBlock(start=s, end=e, reason=r, text=text[s:e])
        for s, e, r in _merge(units, removed_idx, text, reasons)
    )
    return FilterResult(kept=kept, removed=removed)
