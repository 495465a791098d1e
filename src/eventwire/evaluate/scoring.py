"""Score coded articles against gold records (the rules of ``gold/FORMAT.md``).

Matching rules, per record, always one-to-one (maximum-weight assignment):

- **events**: type (or a gold alt type) + source country + target country + evidence:
  the predicted event's sentence must overlap the gold ``evidence`` (located in the
  coder's clean text; a gold event without evidence is matched without this check). A
  gold
  source/target that is ``null`` (or left out) means the event has none: a prediction
  with one does not match. A gold party given without ``country`` only requires that
  the prediction has that party. A gold ``country: null`` requires the predicted
  actor's country to be ``None``. Optional gold events are neither misses when absent
  nor false positives when a prediction matches them; the assignment first maximises
  required matches, then optional ones, then pairs that agree on status and date,
  then on sectors, then exact types over alt types.
- **events_lenient**: the same without the evidence check (the figure of earlier
  versions, kept so the two can be compared).
- **events_strict**: the same as ``events``, and ``status`` and ``date`` must match where the gold
  event gives them (a prediction without ``when`` fails a gold date).
- **fatalities** (and **counts**, the same over gold ``count``): over gold events that
  give ``fatalities``: a true positive is one matched (as for ``events``, anchored) to a
  prediction whose ``fatalities.value`` is the same number; a false positive is a matched
  prediction that gives another number (or only words, "dozens"); a miss is a gold toll
  that is not a true positive (its event unmatched, or matched to a prediction with no
  toll or a wrong one), except an optional event's left unmatched. So precision is the
  share of the numbers given that are right, recall the share of the gold tolls found
  end to end.
- **actors**: the gold name's words appear as a contiguous run in the predicted name
  or one of its mention texts (case/accent-insensitive), + country + sector where the
  gold gives them. Only people and organisations are scored: gold actor lists hold
  names, never bare countries (those are scored as places) nor the unnamed groups the
  text describes ("UK troops", "Israeli officials", "the government"), which the coder
  keeps as actors of kind ``group`` for its events.
- **places**: the gold name equals the predicted name or its surface text (up to
  case, accents and a leading "the") + country. Predicted places are first reduced to
  one per (surface form, country), as gold lists each surface form once.
- **quotes**: speaker (same containment rule; over the speaker's name, mentions and
  ``speaker_span``) + the predicted text begins with the gold ``starts`` (quote marks
  and whitespace normalised). Indirect predicted quotes (``direct=False``) are not
  scored: gold quotes are direct speech only.
- **boilerplate**: characters of the union of ``article.kept`` against the gold body
  spans, summed over records that annotate a body. An article with no ``kept`` spans
  keeps everything its ``removed`` blocks do not cover.

A :class:`~eventwire.records.Rejection` scores as empty output.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from eventwire.evaluate.assignment import assign
from eventwire.evaluate.gold import (
    GoldActor,
    GoldEvent,
    GoldParty,
    GoldPlace,
    GoldQuote,
    GoldRecord,
)
from eventwire.evaluate.names import (
    contains_name,
    fold_quotes,
    place_key,
    quote_starts_with,
    same_place_name,
    tokens,
)
from eventwire.geo.locate import CONVENTION_PREFIX
from eventwire.records import Actor, CodedArticle, Event, Place, Quote, Rejection

# Gold actor lists name people and organisations; states and unnamed groups are left out.
SCORED_ACTOR_KINDS = frozenset({"person", "organisation"})
TASKS: tuple[str, ...] = (
    "events", "events_lenient", "events_strict", "fatalities", "counts", "actors", "places",
    "quotes", "boilerplate",
)  # fmt: skip
EVENT_TASKS = frozenset({"events", "events_lenient", "events_strict", "fatalities", "counts"})
NONE = "-"  # how a missing type, sector or value is shown in tables and error kinds

_REQUIRED = 1_000_000  # weight tiers: one more required match beats anything below it
_OPTIONAL = 1_000


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and misses, with the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True, slots=True)
class FieldStat:
    """How often one field was right among items paired on a looser rule."""

    group: str
    field: str
    compared: int
    correct: int


@dataclass(frozen=True, slots=True)
class SectorStat:
    """Actor results for one sector: gold counts by gold sector, ``false_pos`` by predicted."""

    sector: str
    gold: int = 0
    found: int = 0
    sector_wrong: int = 0
    country_wrong: int = 0
    missed: int = 0
    false_pos: int = 0


@dataclass(frozen=True, slots=True)
class RecordScore:
    """The counts of one gold record, per task it annotates."""

    id: str
    rejected: bool
    tasks: Mapping[str, Counts]


@dataclass(frozen=True)
class Report:
    """Totals over all records plus the diagnostics that ``format_table`` prints."""

    records: int
    rejected: int
    tasks: Mapping[str, Counts]
    fields: tuple[FieldStat, ...] = ()
    confusion: Mapping[tuple[str, str], int] = field(default_factory=dict)
    sectors: tuple[SectorStat, ...] = ()
    errors: Mapping[str, int] = field(default_factory=dict)
    per_record: tuple[RecordScore, ...] = ()

    def most_common_errors(self, n: int = 10) -> list[tuple[str, int]]:
        """The ``n`` most frequent error kinds, most frequent first (ties by name)."""
        return sorted(self.errors.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def score(
    pairs: Sequence[tuple[GoldRecord, CodedArticle | Rejection]],
    *,
    tasks: Collection[str] | None = None,
) -> Report:
    """Score each gold record against its coder output; ``tasks`` limits what is scored."""
    wanted = _check_tasks(tasks)
    tally = _Tally()
    per_record: list[RecordScore] = []
    for gold, output in pairs:
        pred = _Prediction.of(output)
        record_counts: dict[str, Counts] = {}
        if gold.events is not None and wanted & EVENT_TASKS:
            record_counts.update(_score_events(gold.events, pred, tally))
        if gold.actors is not None and "actors" in wanted:
            record_counts["actors"] = _score_actors(gold.actors, pred, tally)
        if gold.places is not None and "places" in wanted:
            record_counts["places"] = _score_places(gold.places, pred, tally)
        if gold.quotes is not None and "quotes" in wanted:
            record_counts["quotes"] = _score_quotes(gold.quotes, pred, tally)
        if gold.body_spans is not None and "boilerplate" in wanted:
            record_counts["boilerplate"] = _score_body(gold, output)
        record_counts = {t: c for t, c in record_counts.items() if t in wanted}
        for task, counts in record_counts.items():
            tally.counts[task] = tally.counts.get(task, Counts()) + counts
        per_record.append(RecordScore(gold.id, isinstance(output, Rejection), record_counts))
    return Report(
        records=len(pairs),
        rejected=sum(1 for r in per_record if r.rejected),
        tasks={t: tally.counts[t] for t in TASKS if t in tally.counts},
        fields=tally.field_stats(),
        confusion=dict(tally.confusion),
        sectors=tally.sector_stats(),
        errors=dict(tally.errors),
        per_record=tuple(per_record),
    )


def _check_tasks(tasks: Collection[str] | None) -> frozenset[str]:
    if tasks is None:
        return frozenset(TASKS)
    unknown = set(tasks) - set(TASKS)
    if unknown:
        raise ValueError(f"unknown task(s) {sorted(unknown)}; known: {', '.join(TASKS)}")
    return frozenset(tasks)


class _Tally:
    """Mutable accumulator behind :func:`score`."""

    def __init__(self) -> None:
        self.counts: dict[str, Counts] = {}
        self.fields: dict[tuple[str, str], list[int]] = {}
        self.confusion: Counter[tuple[str, str]] = Counter()
        self.errors: Counter[str] = Counter()
        self.sectors: dict[str, Counter[str]] = {}

    def check(self, group: str, name: str, correct: bool) -> None:
        slot = self.fields.setdefault((group, name), [0, 0])
        slot[0] += 1
        slot[1] += int(correct)

    def sector(self, sector: str | None, what: str) -> None:
        self.sectors.setdefault(sector or NONE, Counter())[what] += 1

    def field_stats(self) -> tuple[FieldStat, ...]:
        return tuple(FieldStat(g, f, n, ok) for (g, f), (n, ok) in self.fields.items())

    def sector_stats(self) -> tuple[SectorStat, ...]:
        return tuple(
            SectorStat(
                sector=name,
                gold=c["gold"],
                found=c["found"],
                sector_wrong=c["sector_wrong"],
                country_wrong=c["country_wrong"],
                missed=c["missed"],
                false_pos=c["false_pos"],
            )
            for name, c in sorted(self.sectors.items())
        )


@dataclass(frozen=True, slots=True)
class _PredPlace:
    place: Place
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Prediction:
    """The parts of a coder output that are scored (empty for a rejection)."""

    events: tuple[Event, ...] = ()
    text: str = ""
    actors: tuple[Actor, ...] = ()
    actor_names: tuple[tuple[str, ...], ...] = ()
    places: tuple[_PredPlace, ...] = ()
    quotes: tuple[Quote, ...] = ()
    speaker_names: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def of(cls, output: CodedArticle | Rejection) -> _Prediction:
        if isinstance(output, Rejection):
            return cls()
        text = output.article.text
        actors = tuple(a for a in output.actors if a.kind in SCORED_ACTOR_KINDS)
        quotes = tuple(q for q in output.quotes if q.direct)
        return cls(
            events=output.events,
            text=text,
            actors=actors,
            actor_names=tuple(_actor_names(a, text) for a in actors),
            places=_unique_places(output.places, text),
            quotes=quotes,
            speaker_names=tuple(_speaker_names(q, text) for q in quotes),
        )


def _actor_names(actor: Actor, text: str) -> tuple[str, ...]:
    return (actor.name, *(m.of(text) for m in actor.mentions))


def _speaker_names(quote: Quote, text: str) -> tuple[str, ...]:
    """Names a quote's speaker goes by; none when the coder found no speaker."""
    if quote.speaker is None:
        return ()
    span = (quote.speaker_span.of(text),) if quote.speaker_span else ()
    return (*_actor_names(quote.speaker, text), *span)


def _unique_places(places: Iterable[Place], text: str) -> tuple[_PredPlace, ...]:
    seen: set[tuple[tuple[str, ...], str | None]] = set()
    out = []
    for place in places:
        if (place.rule or "").startswith(CONVENTION_PREFIX):
            continue  # our gold lists neither nationality adjectives nor vague regions
        surface = place.span.of(text).strip() or place.name
        key = (place_key(surface), place.country)
        if key in seen:
            continue
        seen.add(key)
        out.append(_PredPlace(place, (surface, place.name)))
    return tuple(out)


def _match(n_gold: int, n_pred: int, weight: Callable[[int, int], int]) -> list[tuple[int, int]]:
    return assign([[weight(g, p) for p in range(n_pred)] for g in range(n_gold)])


def _counts(
    pairs: Sequence[tuple[int, int]], required: Sequence[bool], n_pred: int
) -> tuple[Counts, set[int], set[int]]:
    """Counts plus the unmatched required gold and unmatched prediction indices."""
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    tp = sum(1 for g, _ in pairs if required[g])
    missed = {g for g, req in enumerate(required) if req and g not in matched_gold}
    spare = set(range(n_pred)) - matched_pred
    return Counts(tp, len(spare), len(missed)), missed, spare


def _pair_leftovers(
    missed: set[int], spare: set[int], weight: Callable[[int, int], int]
) -> list[tuple[int, int]]:
    """Pair unmatched gold with unmatched predictions on a looser rule; remove them."""
    g_left, p_left = sorted(missed), sorted(spare)
    found = _match(len(g_left), len(p_left), lambda i, j: weight(g_left[i], p_left[j]))
    pairs = [(g_left[i], p_left[j]) for i, j in found]
    for i, j in pairs:
        missed.discard(i)
        spare.discard(j)
    return pairs


# --- events -----------------------------------------------------------------------------


def _party_ok(gold: GoldParty | None, pred: Actor | None) -> bool:
    if gold is None:
        return pred is None
    if pred is None:
        return False
    return not gold.requires("country") or pred.country == gold.country


def _sector_ok(gold: GoldParty | None, pred: Actor | None) -> bool | None:
    """None when the gold gives no sector to compare."""
    if gold is None or not gold.requires("sector"):
        return None
    return pred is not None and pred.sector == gold.sector


def _sectors_agree(g: GoldEvent, p: Event) -> int:
    return (_sector_ok(g.source, p.source) is not False) + (
        _sector_ok(g.target, p.target) is not False
    )


def _dyad_ok(g: GoldEvent, p: Event) -> bool:
    return _party_ok(g.source, p.source) and _party_ok(g.target, p.target)


def _status_ok(g: GoldEvent, p: Event) -> bool:
    return g.status is None or p.status == g.status


def _date_ok(g: GoldEvent, p: Event) -> bool:
    return g.date is None or (p.when is not None and p.when.date == g.date)


def _tier(g: GoldEvent) -> int:
    return _OPTIONAL if g.optional else _REQUIRED


def evidence_span(evidence: str, text: str) -> tuple[int, int] | None:
    """Where the gold ``evidence`` stands in the coder's text, whitespace and quote marks
    folded (the clean text may join lines or normalise spaces); None when it is absent."""
    words = [re.escape(w) for w in fold_quotes(evidence).split()]
    if not words:
        return None
    found = re.search(r"\s+".join(words), fold_quotes(text))
    return (found.start(), found.end()) if found else None


def _anchored(
    gold: Sequence[GoldEvent], preds: Sequence[Event], text: str
) -> Callable[[int, int], bool]:
    """Whether prediction ``j``'s sentence overlaps gold event ``i``'s evidence."""
    spans = [evidence_span(g.evidence, text) if g.evidence else None for g in gold]

    def ok(i: int, j: int) -> bool:
        if gold[i].evidence is None:
            return True
        span, sent = spans[i], preds[j].sentence
        return span is not None and sent.start < span[1] and span[0] < sent.end

    return ok


def _event_weights(
    gold: Sequence[GoldEvent], preds: Sequence[Event], text: str
) -> tuple[Callable[[int, int], int], Callable[[int, int], int]]:
    """The pairing weights of the ``events_lenient`` and the (anchored) ``events`` task."""
    anchored = _anchored(gold, preds, text)

    def lenient(i: int, j: int) -> int:
        g, p = gold[i], preds[j]
        if not (g.accepts_type(p.type) and _dyad_ok(g, p)):
            return 0
        # Ties go to pairs that also agree on status and date, then on sectors, then to
        # exact types, so the diagnostics compare the most alike events.
        same_when = _status_ok(g, p) and _date_ok(g, p)
        return _tier(g) + 8 * same_when + 2 * _sectors_agree(g, p) + (p.type == g.type)

    def main(i: int, j: int) -> int:
        return lenient(i, j) if anchored(i, j) else 0

    return lenient, main


def unmatched_events(
    gold: Sequence[GoldEvent], output: CodedArticle | Rejection
) -> tuple[list[GoldEvent], list[Event]]:
    """The required gold events the ``events`` task found no match for, and the coded
    events it matched to none, paired as :func:`score` pairs them."""
    pred = _Prediction.of(output)
    _, main = _event_weights(gold, pred.events, pred.text)
    pairs = _match(len(gold), len(pred.events), main)
    _, missed, spare = _counts(pairs, [not g.optional for g in gold], len(pred.events))
    return [gold[i] for i in sorted(missed)], [pred.events[j] for j in sorted(spare)]


def _score_events(gold: Sequence[GoldEvent], pred: _Prediction, tally: _Tally) -> dict[str, Counts]:
    preds = pred.events
    required = [not g.optional for g in gold]
    lenient, main = _event_weights(gold, preds, pred.text)

    def strict(i: int, j: int) -> int:
        ok = _status_ok(gold[i], preds[j]) and _date_ok(gold[i], preds[j])
        return main(i, j) if ok else 0

    pairs = _match(len(gold), len(preds), main)
    counts, missed, spare = _counts(pairs, required, len(preds))
    lenient_counts, _, _ = _counts(_match(len(gold), len(preds), lenient), required, len(preds))
    strict_counts, _, _ = _counts(_match(len(gold), len(preds), strict), required, len(preds))
    _explain_event_pairs(gold, preds, pairs, tally)
    for _ in _pair_leftovers(missed, spare, lambda i, j: 1 if lenient(i, j) else 0):
        tally.errors["event in the wrong sentence"] += 1
    _explain_event_leftovers(gold, preds, missed, spare, tally)
    _event_fields(gold, preds, tally)
    scored = {"events": counts, "events_lenient": lenient_counts, "events_strict": strict_counts}
    for task, field_name in (("fatalities", "fatalities"), ("counts", "count")):
        if any(getattr(g, field_name) is not None for g in gold):
            scored[task] = _score_tallies(gold, preds, pairs, field_name)
    return scored


def _score_tallies(
    gold: Sequence[GoldEvent],
    preds: Sequence[Event],
    pairs: Sequence[tuple[int, int]],
    field_name: str,
) -> Counts:
    """The rule of the module docstring, over the anchored ``events`` pairs."""
    tp = fp = 0
    matched = {g for g, _ in pairs}
    for g, p in pairs:
        expected, found = getattr(gold[g], field_name), getattr(preds[p], field_name)
        if expected is None or found is None:
            continue
        if found.value == expected:
            tp += 1
        else:
            fp += 1
    given = sum(
        1
        for i, g in enumerate(gold)
        if getattr(g, field_name) is not None and (not g.optional or i in matched)
    )
    return Counts(tp, fp, given - tp)


def _explain_event_pairs(
    gold: Sequence[GoldEvent], preds: Sequence[Event], pairs: Sequence[tuple[int, int]], t: _Tally
) -> None:
    group = "events matched on type + dyad"
    for i, j in pairs:
        g, p = gold[i], preds[j]
        if g.optional:
            continue
        t.confusion[(g.type, p.type)] += 1
        for side, gp, pp in (("source", g.source, p.source), ("target", g.target, p.target)):
            ok = _sector_ok(gp, pp)
            if ok is not None:
                t.check(group, f"{side} sector", ok)
        if g.status is not None:
            t.check(group, "status", _status_ok(g, p))
            if not _status_ok(g, p):
                t.errors[f"event status wrong: {g.status}->{p.status}"] += 1
        if g.date is not None:
            t.check(group, "date", _date_ok(g, p))
            if not _date_ok(g, p):
                t.errors["event date missing" if p.when is None else "event date wrong"] += 1


def _explain_event_leftovers(
    gold: Sequence[GoldEvent], preds: Sequence[Event], missed: set[int], spare: set[int], t: _Tally
) -> None:

    def dyad(i: int, j: int) -> int:
        return 1 if _dyad_ok(gold[i], preds[j]) else 0

    for i, j in _pair_leftovers(missed, spare, dyad):
        g, p = gold[i], preds[j]
        t.confusion[(g.type, p.type)] += 1
        t.errors[f"event type wrong: {g.type}->{p.type}"] += 1

    def typed(i: int, j: int) -> int:
        g, p = gold[i], preds[j]
        if not g.accepts_type(p.type):
            return 0
        return 4 + 2 * _party_ok(g.source, p.source) + (p.type == g.type)

    for i, j in _pair_leftovers(missed, spare, typed):
        g, p = gold[i], preds[j]
        for side, gp, pp in (("source", g.source, p.source), ("target", g.target, p.target)):
            if not _party_ok(gp, pp):
                t.errors[_party_error(side, gp, pp)] += 1
    for i in sorted(missed):
        t.confusion[(gold[i].type, NONE)] += 1
        t.errors[f"missed event: type {gold[i].type}"] += 1
    for j in sorted(spare):
        t.confusion[(NONE, preds[j].type)] += 1
        t.errors[f"FP event: type {preds[j].type}"] += 1


def _party_error(side: str, gold: GoldParty | None, pred: Actor | None) -> str:
    if gold is None:
        return f"event {side} spurious (gold has none)"
    if pred is None:
        return f"event {side} missing"
    return f"event {side} country wrong"


def _event_fields(gold: Sequence[GoldEvent], preds: Sequence[Event], t: _Tally) -> None:
    """Field accuracy over a looser pairing: required gold events matched on type only."""
    req = [g for g in gold if not g.optional]

    def agreement(g: GoldEvent, p: Event) -> int:
        return sum(
            (
                _party_ok(g.source, p.source),
                _party_ok(g.target, p.target),
                _status_ok(g, p),
                _date_ok(g, p),
            )
        )

    def typed(i: int, j: int) -> int:
        g, p = req[i], preds[j]
        if not g.accepts_type(p.type):
            return 0
        return 100 + 10 * agreement(g, p) + (p.type == g.type)

    group = "events matched on type only"
    for i, j in _match(len(req), len(preds), typed):
        g, p = req[i], preds[j]
        for side, gp, pp in (("source", g.source, p.source), ("target", g.target, p.target)):
            if gp is None or gp.requires("country"):
                t.check(group, f"{side} country", _party_ok(gp, pp))
            ok = _sector_ok(gp, pp)
            if ok is not None:
                t.check(group, f"{side} sector", ok)
        if g.status is not None:
            t.check(group, "status", _status_ok(g, p))
        if g.date is not None:
            t.check(group, "date", _date_ok(g, p))


# --- actors, places, quotes ----------------------------------------------------------------


def _value_ok(required: bool, gold: str | None, pred: str | None) -> bool:
    return not required or gold == pred


def _score_actors(gold: Sequence[GoldActor], pred: _Prediction, t: _Tally) -> Counts:
    actors, names = pred.actors, pred.actor_names

    def name_ok(i: int, j: int) -> bool:
        return contains_name(names[j], gold[i].name)

    def country_ok(i: int, j: int) -> bool:
        return _value_ok(gold[i].requires("country"), gold[i].country, actors[j].country)

    def sector_ok(i: int, j: int) -> bool:
        return _value_ok(gold[i].requires("sector"), gold[i].sector, actors[j].sector)

    def full(i: int, j: int) -> int:
        if not (name_ok(i, j) and country_ok(i, j) and sector_ok(i, j)):
            return 0
        return 10 + (tokens(actors[j].name) == tokens(gold[i].name))

    def by_name(i: int, j: int) -> int:
        if not name_ok(i, j):
            return 0
        return 10 + 2 * country_ok(i, j) + 2 * sector_ok(i, j)

    for g in gold:
        t.sector(g.sector, "gold")
    pairs = _match(len(gold), len(actors), full)
    counts, missed, spare = _counts(pairs, [True] * len(gold), len(actors))
    for i, _ in pairs:
        t.sector(gold[i].sector, "found")
    for gi, pj in _pair_leftovers(missed, spare, by_name):
        g, a = gold[gi], actors[pj]
        if not sector_ok(gi, pj):
            t.errors[f"actor sector wrong: {g.sector or NONE}->{a.sector or NONE}"] += 1
            t.sector(g.sector, "sector_wrong")
        if not country_ok(gi, pj):
            t.errors["actor country missing" if a.country is None else "actor country wrong"] += 1
            t.sector(g.sector, "country_wrong")
    for i in missed:
        t.errors[f"missed actor: sector {gold[i].sector or NONE}"] += 1
        t.sector(gold[i].sector, "missed")
    for j in spare:
        t.errors[f"FP actor: sector {actors[j].sector or NONE}"] += 1
        t.sector(actors[j].sector, "false_pos")
    for i, j in _match(len(gold), len(actors), by_name):
        if gold[i].requires("country"):
            t.check("actors matched on name", "country", country_ok(i, j))
        if gold[i].requires("sector"):
            t.check("actors matched on name", "sector", sector_ok(i, j))
    return counts


def _score_places(gold: Sequence[GoldPlace], pred: _Prediction, t: _Tally) -> Counts:
    places = pred.places

    def name_ok(i: int, j: int) -> bool:
        return same_place_name(places[j].names, gold[i].name)

    def country_ok(i: int, j: int) -> bool:
        return _value_ok(gold[i].requires("country"), gold[i].country, places[j].place.country)

    def full(i: int, j: int) -> int:
        return 1 if name_ok(i, j) and country_ok(i, j) else 0

    def by_name(i: int, j: int) -> int:
        return 1 if name_ok(i, j) else 0

    pairs = _match(len(gold), len(places), full)
    counts, missed, spare = _counts(pairs, [True] * len(gold), len(places))
    for _, j in _pair_leftovers(missed, spare, by_name):
        wrong = places[j].place.country
        t.errors["place country missing" if wrong is None else "place country wrong"] += 1
    t.errors.update("missed place" for _ in missed)
    t.errors.update("FP place" for _ in spare)
    for i, j in _match(len(gold), len(places), by_name):
        if gold[i].requires("country"):
            t.check("places matched on name", "country", country_ok(i, j))
    return counts


def _score_quotes(gold: Sequence[GoldQuote], pred: _Prediction, t: _Tally) -> Counts:
    quotes, speakers = pred.quotes, pred.speaker_names

    def speaker_ok(i: int, j: int) -> bool:
        want = gold[i].speaker
        return want is None or contains_name(speakers[j], want)

    def opening_ok(i: int, j: int) -> bool:
        return quote_starts_with(quotes[j].text, gold[i].starts)

    def full(i: int, j: int) -> int:
        return 1 if speaker_ok(i, j) and opening_ok(i, j) else 0

    pairs = _match(len(gold), len(quotes), full)
    counts, missed, spare = _counts(pairs, [True] * len(gold), len(quotes))
    for _, j in _pair_leftovers(missed, spare, lambda i, j: 1 if opening_ok(i, j) else 0):
        no_speaker = quotes[j].speaker is None
        t.errors["quote speaker missing" if no_speaker else "quote speaker wrong"] += 1
    for _ in _pair_leftovers(missed, spare, lambda i, j: 1 if speaker_ok(i, j) else 0):
        t.errors["quote opening wrong"] += 1
    t.errors.update("missed quote" for _ in missed)
    t.errors.update("FP quote" for _ in spare)
    opened = _match(len(gold), len(quotes), lambda i, j: 1 if opening_ok(i, j) else 0)
    for i, j in opened:
        if gold[i].speaker is not None:
            t.check("quotes matched on opening", "speaker", speaker_ok(i, j))
    return counts


# --- boilerplate -----------------------------------------------------------------------------


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    total, i, j = 0, 0, 0
    while i < len(a) and j < len(b):
        total += max(0, min(a[i][1], b[j][1]) - max(a[i][0], b[j][0]))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def kept_spans(output: CodedArticle | Rejection, length: int) -> list[tuple[int, int]]:
    """The merged spans of the input that the coder kept as body (none for a rejection)."""
    if isinstance(output, Rejection):
        return []
    article = output.article
    if article.kept:
        return _merge((s.start, s.end) for s in article.kept)
    cut = _merge((b.start, b.end) for b in article.removed)
    keep, pos = [], 0
    for start, end in cut:
        keep.append((pos, start))
        pos = end
    keep.append((pos, length))
    return _merge(keep)


def _score_body(gold: GoldRecord, output: CodedArticle | Rejection) -> Counts:
    truth = _merge(gold.body_spans or ())
    kept = kept_spans(output, len(gold.text))
    both = _overlap(truth, kept)
    size = sum(e - s for s, e in truth)
    return Counts(tp=both, fp=sum(e - s for s, e in kept) - both, fn=size - both)
