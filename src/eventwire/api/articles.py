"""A coded article as the API shows it: its text, every coded span, its events with evidence."""

from __future__ import annotations

from collections.abc import Mapping

from eventwire.api.models import (
    ActorOut,
    CodedArticleOut,
    CodedEventOut,
    Evidence,
    Mark,
    PartyOut,
    PlaceOut,
    QuoteOut,
    SpanOut,
    TallyOut,
    TextSpan,
)
from eventwire.records import Actor, CodedArticle, Event, Place, Span, Tally


def coded_article_out(
    coded: CodedArticle, event_ids: Mapping[int, str] | None = None
) -> CodedArticleOut:
    """The API shape of ``coded``; ``event_ids`` maps event ordinals to stored ids."""
    article = coded.article
    text = article.text
    ids = event_ids or {}
    events = [_event_out(text, event, ids.get(i)) for i, event in enumerate(coded.events)]
    return CodedArticleOut(
        doc_id=article.doc_id,
        uri=article.uri,
        url=article.url,
        title=article.title,
        source=article.source,
        published=article.published,
        language=article.language,
        coder_version=coded.coder_version or None,
        text=text,
        spans=article_spans(coded, ids),
        events=events,
        actors=[_actor_out(text, actor, i) for i, actor in enumerate(coded.actors)],
        places=[_place_out(text, place) for place in coded.places],
        quotes=[
            QuoteOut(
                quote_id=f"Q{i}",
                text=quote.text,
                span=_text_span(text, quote.span),
                direct=quote.direct,
                speaker=_party(quote.speaker),
            )
            for i, quote in enumerate(coded.quotes)
        ],
    )


def article_spans(coded: CodedArticle, event_ids: Mapping[int, str] | None = None) -> list[SpanOut]:
    """Every coded span of the article, sorted by start (longest first), without repeats."""
    ids = event_ids or {}
    spans: dict[tuple[int, int, str], SpanOut] = {}

    def add(span: Span | None, kind: str, label: str, ref: str | None) -> None:
        if span is None or span.end <= span.start:
            return
        key = (span.start, span.end, kind)
        if key in spans and kind != "trigger":
            return
        if key in spans:  # two events on one trigger word: list both
            old = spans[key]
            label = f"{old.label}; {label}"
            ref = f"{old.ref} {ref}" if old.ref and ref else old.ref or ref
        spans[key] = SpanOut(start=span.start, end=span.end, kind=kind, label=label, ref=ref)  # type: ignore[arg-type]

    for i, actor in enumerate(coded.actors):
        for mention in actor.mentions:
            add(mention, "actor", _actor_label(actor), actor.actor_id or f"A{i}")
    for place in coded.places:
        add(place.span, "place", _place_label(place), None)
    for i, event in enumerate(coded.events):
        add(event.trigger, "trigger", f"{event.type} ({event.status})", ids.get(i) or f"E{i}")
        if event.when is not None and event.when.span is not None:
            add(event.when.span, "date", f"{event.when.date.isoformat()} ({event.when.how})", None)
        parties: tuple[tuple[Span | None, Actor | None], ...] = (
            (event.source_span, event.source),
            (event.target_span, event.target),
        )
        for span, party in parties:
            if party is not None:
                add(span, "actor", _actor_label(party), party.actor_id or None)
    for i, quote in enumerate(coded.quotes):
        speaker = quote.speaker.name if quote.speaker else "unknown speaker"
        add(quote.span, "quote", f"{'quote' if quote.direct else 'reported'}: {speaker}", f"Q{i}")
    return sorted(spans.values(), key=lambda s: (s.start, -s.end, s.kind))


def evidence(
    sentence: tuple[int, int],
    text: str,
    parts: Mapping[str, tuple[int | None, int | None]],
) -> Evidence:
    """The sentence ``text`` (at ``sentence`` in the article) with ``parts`` marked.

    ``parts`` maps a role (trigger, source, target, date, place) to article offsets;
    parts outside the sentence are left out.
    """
    start, end = sentence
    marks = []
    for role, (a, b) in parts.items():
        if a is None or b is None or not (start <= a < b <= end):
            continue
        marks.append(
            Mark(start=a - start, end=b - start, role=role, text=text[a - start : b - start])  # type: ignore[arg-type]
        )
    marks.sort(key=lambda m: (m.start, -m.end))
    return Evidence(start=start, end=end, text=text, marks=marks)


def _event_out(text: str, event: Event, event_id: str | None) -> CodedEventOut:
    when = event.when
    place = event.where
    sentence = event.sentence
    parts = {
        "trigger": (event.trigger.start, event.trigger.end),
        "source": _offsets(event.source_span),
        "target": _offsets(event.target_span),
        "date": _offsets(when.span if when else None),
        "place": _offsets(place.span if place else None),
    }
    return CodedEventOut(
        event_id=event_id,
        type=event.type,
        mode=event.mode,
        cameo=event.cameo,
        quad_class=event.quad_class,
        goldstein=event.goldstein,
        status=event.status,
        confidence=event.confidence,
        source=_party(event.source),
        target=_party(event.target),
        others=[p for p in (_party(a) for a in event.others) if p is not None],
        trigger=_text_span(text, event.trigger),
        sentence=_text_span(text, sentence),
        source_span=_maybe_span(text, event.source_span),
        target_span=_maybe_span(text, event.target_span),
        date=when.date if when else None,
        date_precision=when.precision if when else None,
        date_span=_maybe_span(text, when.span if when else None),
        place=_place_out(text, place) if place else None,
        evidence=evidence((sentence.start, sentence.end), sentence.of(text), parts),
        fatalities=_tally_out(event.fatalities),
        count=_tally_out(event.count),
    )


def _tally_out(tally: Tally | None) -> TallyOut | None:
    if tally is None:
        return None
    return TallyOut(
        value=tally.value, text=tally.text, start=tally.span.start, end=tally.span.end,
        at_least=tally.at_least, high=tally.high,
    )  # fmt: skip


def _offsets(span: Span | None) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span else (None, None)


def _text_span(text: str, span: Span) -> TextSpan:
    return TextSpan(start=span.start, end=span.end, text=span.of(text))


def _maybe_span(text: str, span: Span | None) -> TextSpan | None:
    return _text_span(text, span) if span is not None else None


def _party(actor: Actor | None) -> PartyOut | None:
    if actor is None:
        return None
    return PartyOut(
        actor_id=actor.actor_id or None,
        name=actor.name,
        kind=actor.kind,
        country=actor.country,
        sector=actor.sector,
        role=actor.role,
        country_how=actor.country_how,
    )


def _actor_out(text: str, actor: Actor, position: int) -> ActorOut:
    return ActorOut(
        actor_id=actor.actor_id or f"A{position}",
        name=actor.name,
        kind=actor.kind,
        country=actor.country,
        sector=actor.sector,
        role=actor.role,
        country_how=actor.country_how,
        mentions=[_text_span(text, m) for m in actor.mentions],
    )


def _place_out(text: str, place: Place) -> PlaceOut:
    return PlaceOut(
        name=place.name,
        country=place.country,
        geonames_id=place.geonames_id,
        lat=place.lat,
        lon=place.lon,
        admin1=place.admin1,
        feature=place.feature,
        span=_text_span(text, place.span),
    )


def _actor_label(actor: Actor) -> str:
    codes = " ".join(c for c in (actor.country, actor.sector) if c)
    role = f", {actor.role}" if actor.role else ""
    return f"{actor.name}{role}" + (f" [{codes}]" if codes else "")


def _place_label(place: Place) -> str:
    where = ", ".join(p for p in (place.admin1, place.country) if p)
    return place.name + (f" ({where})" if where else "")
