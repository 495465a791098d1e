"""Hand-built records for the store tests, and a driver that writes many of them.

Run as a script (``python tests/store_driver.py DB N``) it stores N documents,
every seventh one as a rejection, one transaction each, skipping what is stored,
printing each index it wrote; the kill-and-resume test SIGKILLs it at random
moments and runs it again.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence

from datasketch import MinHash

from eventwire.records import (
    Actor,
    Article,
    CodedArticle,
    Event,
    Place,
    Quote,
    Rejection,
    Span,
    When,
    content_hash,
)
from eventwire.store import Store

DAY = dt.date(2024, 3, 4)


def signature(text: str, num_perm: int = 64) -> tuple[int, ...]:
    """A MinHash signature over word 3-grams, like the extractor's."""
    words = text.lower().split()
    minhash = MinHash(num_perm=num_perm)
    for i in range(max(1, len(words) - 2)):
        minhash.update(" ".join(words[i : i + 3]).encode("utf-8"))
    return tuple(int(v) for v in minhash.hashvalues)


def actor(name: str, country: str | None, sector: str | None = "GOV", **kw: object) -> Actor:
    return Actor(name=name, kind="state", country=country, sector=sector, **kw)  # type: ignore[arg-type]


def event_in(
    text: str,
    trigger: str,
    type_: str,
    source: Actor | None,
    target: Actor | None,
    *,
    day: dt.date | None = DAY,
    place: Place | None = None,
    status: str = "asserted",
) -> Event:
    """An event whose trigger is the first occurrence of ``trigger`` in ``text``."""
    start = text.index(trigger)
    sentence_start = text.rfind(".", 0, start) + 1
    sentence_end = text.find(".", start) + 1 or len(text)
    return Event(
        type=type_,
        trigger=Span(start, start + len(trigger)),
        sentence=Span(sentence_start, sentence_end),
        source=source,
        target=target,
        cameo="040",
        quad_class=1,
        goldstein=1.0,
        status=status,  # type: ignore[arg-type]
        when=When(day) if day else None,
        where=place,
        confidence=0.8,
    )


def coded(
    text: str,
    *,
    uri: str = "mem://doc",
    url: str | None = None,
    source: str | None = "wire.example",
    published: dt.date | None = DAY,
    events: Sequence[Event] = (),
    actors: Sequence[Actor] = (),
    places: Sequence[Place] = (),
    quotes: Sequence[Quote] = (),
    with_signature: bool = True,
) -> CodedArticle:
    article = Article(
        doc_id=content_hash(text),
        uri=uri,
        text=text,
        url=url,
        title=text.split(".")[0],
        published=published,
        published_how="meta",
        source=source,
        language="en",
        signature=signature(text) if with_signature else (),
    )
    return CodedArticle(
        article=article,
        actors=tuple(actors),
        places=tuple(places),
        events=tuple(events),
        quotes=tuple(quotes),
        coder_version="test",
    )


def numbered(i: int) -> CodedArticle | Rejection:
    """The i-th document of the driver's stream."""
    text = (
        f"Story {i}. The government of France met officials of Germany in Paris on talks "
        f"number {i}. Ministers said the meeting {i} went well and plans would follow."
    )
    if i % 7 == 3:
        return Rejection(uri=f"mem://{i}", reason="too-short", detail="test", doc_id=f"rej{i}")
    france, germany = actor("France", "FRA"), actor("Germany", "DEU")
    paris = Place("Paris", Span(text.index("Paris"), text.index("Paris") + 5), "FRA", 2988507)
    return coded(
        text,
        uri=f"mem://{i}",
        url=f"https://news.example/{i}",
        actors=(france, germany),
        places=(paris,),
        events=(
            event_in(text, "met", "CONSULT", france, germany, place=paris),
            event_in(text, "said", "SUPPORT", germany, france),
        ),
        quotes=(Quote(text="the meeting went well", span=Span(0, 5), speaker=germany),),
    )


def doc_id_of(item: CodedArticle | Rejection) -> str:
    if isinstance(item, Rejection):
        assert item.doc_id is not None
        return item.doc_id
    return item.article.doc_id


def main(argv: Sequence[str]) -> int:
    path, count = argv[0], int(argv[1])
    with Store(path) as store:
        run_id = store.begin_run([path], version="test", lexicon_version="test")
        done = skipped = 0
        for i in range(count):
            item = numbered(i)
            if store.seen(doc_id_of(item)):
                skipped += 1
                continue
            store.write(item, run_id)
            done += 1
            print(i, flush=True)  # progress, read by the kill-and-resume test
        store.end_run(run_id, coded=done, rejected=0, skipped=skipped)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
