#!/usr/bin/env python3
"""The share of gold actors the actor lexicons know, with and without the imported layer.

    .venv/bin/python scripts/lexicon_coverage.py [--shared ../shared]

A gold actor is known when its name (without a leading "the") is a form of a country,
organisation, metonym or person in the lexicon, or ends in a known title or agent word
("Israeli officials", "riot police"). Prints one line per half of the tune/check split.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eventwire.actors.lexicon import ActorLexicon, key_of, load_lexicon
from eventwire.evaluate.split import half_of

ROOT = Path(__file__).resolve().parent.parent


def known(lex: ActorLexicon, name: str) -> bool:
    text = " ".join(name.split())
    if text.lower().startswith("the "):
        text = text[4:]
    key = key_of(text)
    for table in (lex.countries, lex.organisations, lex.metonyms, lex.people, lex.periods,
                  lex.adjectives, lex.capitals):  # fmt: skip
        if key in table or text.lower() in table:
            return True
    words = text.lower().split()
    return any(" ".join(words[i:]) in lex.titles for i in range(len(words)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    names: dict[str, list[str]] = {"tune": [], "check": []}
    for path in sorted((args.shared / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            names[half_of(record["id"])].extend(a["name"] for a in record.get("actors", []))
    lexicons = {"ours": load_lexicon(imported_layer=False), "ours+imported": load_lexicon()}
    for half, found in names.items():
        shares = [
            f"{label} {sum(known(lex, n) for n in found) / max(1, len(found)):.3f}"
            for label, lex in lexicons.items()
        ]
        print(f"{half:6} gold actors {len(found)} | known: " + " | ".join(shares))


if __name__ == "__main__":
    main()
