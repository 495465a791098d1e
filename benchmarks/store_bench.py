"""Store benchmark: load synthetic coded articles (no spaCy) and time the common queries.

    .venv/bin/python benchmarks/store_bench.py [--events 100000] [--batch 200]

Reports the insert rate with one transaction per document and with one per batch
of documents (``Store.write_many``), the database size per 1,000 events, the time
to recompute the event clusters, and the time of the queries analysts run most.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from eventwire.records import (
    PLOVER_TYPES,
    Actor,
    Article,
    CodedArticle,
    Event,
    Place,
    Span,
    When,
    content_hash,
)
from eventwire.store import Store

COUNTRIES = ("USA", "RUS", "CHN", "UKR", "IRN", "ISR", "FRA", "DEU", "GBR", "IND", "PAK", "TUR",
             "BRA", "MEX", "JPN", "KOR", "EGY", "SAU", "NGA", "ZAF", "KEN", "ETH", "SDN", "POL",
             "BLR", "SYR", "LBN", "VEN", "COL", "ARG")  # fmt: skip
SECTORS = ("GOV", "MIL", "OPP", "CVL", "BUS", None)
TYPES = PLOVER_TYPES
EVENTS_PER_ARTICLE = 8
START = dt.date(2024, 1, 1)


def articles(n_events: int, seed: int = 1) -> Iterator[CodedArticle]:
    """Synthetic coded articles; about one in twenty is a syndicated copy of the one before."""
    rng = random.Random(seed)
    previous: CodedArticle | None = None
    for i in range(n_events // EVENTS_PER_ARTICLE):
        if previous is not None and rng.random() < 0.05:
            yield copy_of(previous, i)
            continue
        previous = article(rng, i)
        yield previous


def article(rng: random.Random, i: int) -> CodedArticle:
    day = START + dt.timedelta(days=rng.randrange(730))
    sentences, events, actors = [], [], []
    offset = 0
    for k in range(EVENTS_PER_ARTICLE):
        a, b = rng.sample(COUNTRIES, 2)
        source = Actor(f"{a} official {rng.randrange(50)}", "person", a, rng.choice(SECTORS))
        target = Actor(f"Government of {b}", "state", b, "GOV")
        kind = rng.choice(TYPES)
        sentence = f"In story {i}, {source.name} moved to {kind.lower()} {target.name} ({k}). "
        trigger = sentence.index(kind.lower())
        place = Place("Capital", Span(offset, offset + 7), a, None, rng.uniform(-60, 60),
                      rng.uniform(-150, 150), feature="city")  # fmt: skip
        events.append(
            Event(
                type=kind,
                trigger=Span(offset + trigger, offset + trigger + len(kind)),
                sentence=Span(offset, offset + len(sentence)),
                source=source,
                target=target,
                cameo="040",
                quad_class=1,
                goldstein=1.0,
                when=When(day - dt.timedelta(days=rng.randrange(2))),
                where=place,
                confidence=0.7,
            )
        )
        actors += [source, target]
        sentences.append(sentence)
        offset += len(sentence)
    text = "".join(sentences)
    signature = tuple(rng.getrandbits(63) for _ in range(64))
    return CodedArticle(
        article=Article(
            doc_id=content_hash(text),
            uri=f"bench://{i}",
            text=text,
            url=f"https://bench.example/{i}",
            title=f"Story {i}",
            published=day,
            source=f"outlet{rng.randrange(40)}.example",
            language="en",
            signature=signature,
        ),
        actors=tuple(actors),
        events=tuple(events),
        coder_version="bench",
    )


def copy_of(original: CodedArticle, i: int) -> CodedArticle:
    text = original.article.text + " (syndicated)"
    signature = tuple(v if k % 10 else v + 1 for k, v in enumerate(original.article.signature))
    article = Article(
        doc_id=content_hash(text),
        uri=f"bench://{i}",
        text=text,
        url=f"https://copy.example/{i}",
        title=original.article.title,
        published=original.article.published,
        source=f"copy{i % 7}.example",
        language="en",
        signature=signature,
    )
    return CodedArticle(article, original.actors, original.places, original.events,
                        original.quotes, "bench")  # fmt: skip


def timed(label: str, action: Callable[[], Any], repeat: int = 3) -> Any:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    size = len(result) if isinstance(result, list) else result
    print(f"  {label:<44} {best * 1000:8.1f} ms  ({size} rows)")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=200, help="documents per transaction")
    parser.add_argument("--single", type=int, default=300, help="documents written one by one")
    parser.add_argument("--db", type=Path, help="store to create (default: a temporary file)")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = args.db or Path(folder.name) / "bench.duckdb"
    docs = list(articles(args.events))
    n_events = sum(len(d.events) for d in docs)
    print(f"{len(docs)} synthetic articles, {n_events} events, into {path}")
    with Store(path) as store:
        run = store.begin_run(["bench"], version="bench", lexicon_version="bench")
        single, rest = docs[: args.single], docs[args.single :]
        start = time.perf_counter()
        for doc in single:
            store.write(doc, run)
        took = time.perf_counter() - start
        print(f"write(), one transaction per document: {len(single) / took:8.0f} docs/s "
              f"({len(single) * EVENTS_PER_ARTICLE / took:.0f} events/s)")  # fmt: skip
        start = time.perf_counter()
        for i in range(0, len(rest), args.batch):
            store.write_many(rest[i : i + args.batch], run)
        took = time.perf_counter() - start
        print(f"write_many(), {args.batch} documents per transaction: "
              f"{len(rest) / took:8.0f} docs/s ({len(rest) * EVENTS_PER_ARTICLE / took:.0f} "
              "events/s)")  # fmt: skip
        start = time.perf_counter()
        n_clusters = store.recluster()
        print(f"recluster: {n_clusters} clusters in {time.perf_counter() - start:.1f} s")
        store._con.execute("CHECKPOINT")
    size = path.stat().st_size
    print(f"database: {size / 2**20:.1f} MiB, {size / 1024 / (n_events / 1000):.0f} KiB "
          "per 1,000 events (text, JSON records and all tables)")  # fmt: skip
    actor = docs[0].events[0].source
    assert actor is not None and actor.country is not None
    year = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    with Store(path, read_only=True) as store:
        print("queries (best of 3):")
        timed(
            f"one actor's events over a year ({actor.name!r})",
            lambda: store.query_events(actor=actor.name, since=year[0], until=year[1]),
        )
        timed(
            f"one country's events over a year ({actor.country})",
            lambda: store.query_events(country=actor.country, since=year[0], until=year[1]),
        )
        timed("counts per week per type (all)", lambda: store.counts("week"))
        timed("counts per week per type (one country)",
              lambda: store.counts("week", country=actor.country))  # fmt: skip
        timed("a dyad, both names (USA:Russia)", lambda: store.query_events(dyad=("USA", "Russia")))
        timed("clusters told by 2+ articles", lambda: store.clusters(min_articles=2))
        timed("top 100 clusters", lambda: store.clusters(limit=100))
        timed("summary()", lambda: store.summary().articles)
    folder.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
