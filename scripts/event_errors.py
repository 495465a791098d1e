#!/usr/bin/env python3
"""List the events the coder got wrong on the tune half of the gold: each false positive
and each missed event, with its sentence, so a rule can be read against real errors.

    .venv/bin/python scripts/event_errors.py [../shared/gold/*.jsonl] [--missed] [--spare]

Only the tune half is listed: the check half is for scoring, never for reading.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from eventwire.evaluate import scoring
from eventwire.evaluate.gold import GoldEvent, GoldParty, GoldRecord, load_gold
from eventwire.evaluate.split import half_of
from eventwire.pipeline import code_text
from eventwire.records import Actor, Event

ROOT = Path(__file__).resolve().parent.parent


def _party(party: Actor | GoldParty | None) -> str:
    if party is None:
        return "-"
    return f"{party.name or '?'} ({party.country or '?'} {party.sector or '?'})"


def _sentence(text: str, event: Event) -> str:
    return " ".join(text[event.sentence.start : event.sentence.end].split())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--missed", action="store_true", help="only missed gold events")
    parser.add_argument("--spare", action="store_true", help="only false positives")
    args = parser.parse_args(argv)
    paths = args.gold or sorted((ROOT.parent / "shared" / "gold").glob("*.jsonl"))
    show_missed, show_spare = (args.missed or not args.spare), (args.spare or not args.missed)
    records = [r for r in load_gold(paths) if half_of(r.id) == "tune"]
    listing: list[str] = []
    explain = scoring._explain_event_leftovers

    def listed(
        gold: Sequence[GoldEvent],
        preds: Sequence[Event],
        missed: set[int],
        spare: set[int],
        tally: object,
    ) -> None:
        if show_missed:
            for i in sorted(missed):
                g = gold[i]
                listing.append(
                    f"  MISSED {g.type}: {_party(g.source)} -> {_party(g.target)}\n"
                    f"         {' '.join((g.evidence or '').split())[:300]}"
                )
        if show_spare:
            for j in sorted(spare):
                p = preds[j]
                listing.append(
                    f"  FP     {p.type} [{p.status}] {_party(p.source)} -> {_party(p.target)}"
                    f" | {p.trigger.start}\n         {_sentence(current[0].text, p)[:300]}"
                )
        explain(gold, preds, missed, spare, tally)  # type: ignore[arg-type]

    current: list[GoldRecord] = []
    scoring._explain_event_leftovers = listed  # type: ignore[assignment]
    for record in records:
        if record.events is None:
            continue
        current[:] = [record]
        listing.clear()
        coded = code_text(record.text, published=record.published, uri=record.id)
        scoring.score([(record, coded)], tasks={"events"})
        if listing:
            print(f"== {record.id}")
            print("\n".join(listing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
