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

from eventwire.evaluate.gold import GoldParty, load_gold
from eventwire.evaluate.scoring import unmatched_events
from eventwire.evaluate.split import half_of
from eventwire.pipeline import code_text
from eventwire.records import Actor, CodedArticle, Event

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
    for record in load_gold(paths):
        if half_of(record.id) != "tune" or record.events is None:
            continue
        coded = code_text(record.text, published=record.published, uri=record.id)
        missed, spare = unmatched_events(record.events, coded)
        text = coded.article.text if isinstance(coded, CodedArticle) else record.text
        listing: list[str] = []
        if show_missed:
            listing += [
                f"  MISSED {g.type}: {_party(g.source)} -> {_party(g.target)}\n"
                f"         {' '.join((g.evidence or '').split())[:300]}"
                for g in missed
            ]
        if show_spare:
            listing += [
                f"  FP     {p.type} [{p.status}] {_party(p.source)} -> {_party(p.target)}\n"
                f"         {_sentence(text, p)[:300]}"
                for p in spare
            ]
        if listing:
            print(f"== {record.id}")
            print("\n".join(listing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
