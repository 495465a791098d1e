"""Generated news articles for memory and scale benchmarks, from our own templates.

Every article is distinct and varied: a headline, a dateline with a city and a date, four
to nine sentences drawn from ``data/templates.yaml`` with different actors, organisations,
places, days and numbers, filler paragraphs and a boilerplate tail. Deterministic for a
given seed.

    python benchmarks/generate.py 100000 out.jsonl [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml

TEMPLATES = Path(__file__).resolve().parent / "data" / "templates.yaml"
FIRST_DAY = dt.date(2024, 1, 1)


@cache
def templates() -> dict[str, Any]:
    with open(TEMPLATES, encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def article(index: int, seed: int = 7) -> dict[str, str]:
    """Article number ``index``: a JSON-ready record (title, text, url, published, source)."""
    t = templates()
    rng = random.Random(seed * 1_000_003 + index)
    a, b = rng.sample(t["actors"], 2)
    dateline, city = rng.choice(t["places"])
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(730))
    slots = {
        "a": a[0],
        "a2": a[1],
        "b": b[0],
        "org": rng.choice(t["organisations"]),
        "place": city,
        "day": rng.choice(t["days"]),
        "n": str(rng.randrange(2, 400)),
    }
    body = []
    for sentence in rng.sample(t["sentences"], rng.randint(4, 9)):
        slots["org"] = rng.choice(t["organisations"])
        line = sentence.format(**slots)
        body.append(line[0].upper() + line[1:])
    paragraphs = []
    while body:
        take = rng.randint(1, 3)
        paragraphs.append(" ".join(body[:take]))
        body = body[take:]
        if rng.random() < 0.3:
            paragraphs.append(rng.choice(t["fillers"]))
    lead = f"{dateline}, {day:%B} {day.day}, {day.year} (Eventwire) — {paragraphs[0]}"
    headline = f"{a[2]} and {b[2]} leaders in talks as tension rises ({index})"
    tail = rng.choice(t["tails"])
    text = "\n\n".join([lead, *paragraphs[1:], tail]).strip() + "\n"
    return {
        "title": headline,
        "text": text,
        "url": f"https://news.example/{day:%Y/%m/%d}/story-{index}",
        "published": day.isoformat(),
        "source": rng.choice(["wire-a", "wire-b", "daily-c"]),
    }


def articles(n: int, seed: int = 7) -> Iterator[dict[str, str]]:
    for index in range(n):
        yield article(index, seed)


def write(n: int, path: str | Path, seed: int = 7) -> Path:
    """Write ``n`` generated articles as JSON Lines to ``path``."""
    path = Path(path)
    with open(path, "w", encoding="utf-8") as handle:
        for record in articles(n, seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write(args.n, args.out, args.seed)


if __name__ == "__main__":
    main()
