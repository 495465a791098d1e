"""The reference wire story must come out with its events, actors, quotes and places."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate import load_gold, score
from eventwire.pipeline import code_text
from eventwire.records import Actor, CodedArticle, Event


@pytest.fixture(scope="module")
def coded(shared: Path) -> CodedArticle:
    text = (shared / "examples" / "wire-story-visit-and-appeal.txt").read_text(encoding="utf-8")
    result = code_text(text, published=dt.date(2020, 10, 22), uri="reference")
    assert isinstance(result, CodedArticle)
    return result


def _actor(coded: CodedArticle, surname: str) -> Actor:
    found = [a for a in coded.actors if a.name.endswith(surname)]
    assert len(found) == 1, f"expected one actor named {surname}, got {found}"
    return found[0]


def _events(coded: CodedArticle, type_: str, source: str) -> list[Event]:
    return [
        e for e in coded.events if e.type == type_ and e.source and e.source.name.endswith(source)
    ]


def test_the_appeal_is_removed_and_yields_nothing(
    coded: CodedArticle, reference_record: dict[str, Any]
) -> None:
    body_end = reference_record["body_end"]
    appeal = [b for b in coded.article.removed if b.reason == "donation-appeal"]
    text = reference_record["text"]
    assert appeal and appeal[0].start >= body_end
    assert not text[body_end : appeal[0].start].strip()
    assert max(span.end for span in coded.article.kept) == body_end
    assert max(b.end for b in appeal) >= len(reference_record["text"].rstrip())
    assert "Support Jewish Journalism" not in coded.article.text
    assert "JNS" not in coded.article.text
    assert not any("JNS" in a.name for a in coded.actors)


def test_actors_are_coded_from_the_text(coded: CodedArticle) -> None:
    gantz = _actor(coded, "Gantz")
    assert (gantz.name, gantz.country, gantz.sector, gantz.role) == (
        "Benny Gantz", "ISR", "MIL", "Defense Minister",
    )  # fmt: skip
    netanyahu = _actor(coded, "Netanyahu")
    assert (netanyahu.country, netanyahu.sector, netanyahu.role) == ("ISR", "GOV", "Prime Minister")
    esper = _actor(coded, "Esper")
    assert (esper.country, esper.sector, esper.role) == ("USA", "MIL", "Defense Secretary")
    # Every later "Gantz" and "the defense minister" resolves to the same actor.
    text = coded.article.text
    surfaces = [m.of(text) for m in gantz.mentions]
    assert surfaces.count("Gantz") >= 2 and "defense minister" in " ".join(surfaces)
    un = [a for a in coded.actors if a.name == "United Nations"]
    assert un and un[0].country == "IGO" and un[0].sector == "IGO"


def test_events(coded: CodedArticle) -> None:
    consult = _events(coded, "CONSULT", "Gantz")
    visit = [e for e in consult if e.target and e.target.country == "USA" and e.mode == "visit"]
    assert visit and visit[0].when is not None and visit[0].when.date == dt.date(2020, 10, 21)
    assert any(e.target and e.target.name.endswith("Netanyahu") for e in consult)
    meeting = [e for e in consult if e.target and e.target.name.endswith("Esper")]
    assert meeting and meeting[0].status == "intended"
    assert meeting[0].where is not None and meeting[0].where.country == "USA"
    request = [e for e in coded.events if e.type == "REQUEST"]
    assert any(
        e.source and e.source.country == "ISR" and e.target and e.target.country == "USA"
        for e in request
    )
    deals = [e for e in coded.events if e.type in {"COOPERATE", "AID", "AGREE"}]
    assert any(
        e.source and e.source.country == "IRN" and e.target and e.target.country == "PRK"
        for e in deals
    )
    sale = [
        e
        for e in deals
        if e.source and e.source.country == "USA" and e.target and e.target.country == "ARE"
    ]
    assert sale and sale[0].status == "intended"
    body_end = len(coded.article.text)
    assert all(e.sentence.end <= body_end for e in coded.events)


def test_quotes_have_gantz_as_speaker(coded: CodedArticle) -> None:
    starts = [
        "I’m embarking on a short security mission",
        "We must remember",
        "We saw what happened",
    ]
    for start in starts:
        quote = next(q for q in coded.quotes if q.text.startswith(start))
        assert quote.speaker is not None and quote.speaker.name == "Benny Gantz"


def test_places_are_geocoded(coded: CodedArticle) -> None:
    places = {p.name: p for p in coded.places}
    for name, country in (("Tel Aviv", "ISR"), ("Gaza", "PSE"), ("Pentagon", "USA")):
        assert places[name].country == country
        assert places[name].lat is not None and places[name].lon is not None


def test_every_span_points_into_the_clean_text(coded: CodedArticle) -> None:
    n = len(coded.article.text)
    spans = [m for a in coded.actors for m in a.mentions] + [p.span for p in coded.places]
    spans += [e.trigger for e in coded.events] + [q.span for q in coded.quotes]
    assert all(0 <= s.start < s.end <= n for s in spans)


def test_every_gold_actor_and_place_of_the_story_is_found(
    coded: CodedArticle, shared: Path
) -> None:
    gold = next(iter(load_gold([shared / "gold" / "dev.jsonl"])))
    report = score([(gold, coded)], tasks=("actors", "places"))
    assert report.tasks["actors"].fn == 0
    assert report.tasks["places"].fn == 0
