"""Long bodies are coded in bounded segments whose spans still point into the whole text."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from eventwire.pipeline import code_documents, load
from eventwire.records import CodedArticle, RawDocument, Span
from eventwire.segments import segment_bounds, shifted

PARAGRAPHS = (
    "The defence minister of Kenya met the Ethiopian ambassador in Nairobi on Monday.",
    "Police in Lagos arrested twelve protesters after the rally, officials said.",
    '"We will not accept these terms," the prime minister told reporters in Ottawa.',
    "Rebels shelled the town of Goma overnight, and the army sent troops to the area.",
    "The United Nations urged both governments to return to talks in Geneva next week.",
)


def long_text(repeats: int) -> str:
    return "\n\n".join(p for _ in range(repeats) for p in PARAGRAPHS) + "\n"


def test_bounds_cover_the_text_and_cut_at_blank_lines() -> None:
    text = long_text(6)
    bounds = segment_bounds(text, 500)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
    assert all(end - start <= 500 for start, end in bounds)
    assert all(text[end - 2 : end] == "\n\n" for _, end in bounds[:-1])


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("One sentence here. Another one there. " * 40, 100),  # no blank line: sentence ends
        ("word " * 300, 64),  # no sentence end: spaces
        ("x" * 1000, 64),  # nothing: anywhere
    ],
)
def test_bounds_of_texts_without_paragraphs(text: str, limit: int) -> None:
    bounds = segment_bounds(text, limit)
    assert "".join(text[s:e] for s, e in bounds) == text
    assert all(0 < e - s <= limit for s, e in bounds)


def test_shifted_moves_every_span_at_any_depth() -> None:
    @dataclasses.dataclass(frozen=True)
    class Inner:
        span: Span
        spans: tuple[Span, ...]

    @dataclasses.dataclass(frozen=True)
    class Outer:
        inner: Inner
        maybe: Span | None

    value = Outer(Inner(Span(1, 2), (Span(3, 4),)), None)
    assert shifted(value, 10) == Outer(Inner(Span(11, 12), (Span(13, 14),)), None)


def spans_of(coded: CodedArticle) -> list[tuple[str, str, str]]:
    text = coded.article.text
    found = [("place", p.name, text[p.span.start : p.span.end]) for p in coded.places]
    found += [("quote", "", text[q.span.start : q.span.end]) for q in coded.quotes]
    found += [("trigger", e.type, text[e.trigger.start : e.trigger.end]) for e in coded.events]
    return sorted(found)


def test_a_body_over_spacys_limit_is_coded_in_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    text = long_text(8)
    whole = next(code_documents([RawDocument(uri="whole", content=text)]))
    assert isinstance(whole, CodedArticle)
    monkeypatch.setattr(load(), "max_length", 1000)  # the body is three times longer
    document = RawDocument(uri="long", content=text)
    (coded,) = code_documents([document], segment_chars=800)
    assert isinstance(coded, CodedArticle)
    assert coded.article.text == whole.article.text
    # The same places, quotes and events, each at the same offsets of the whole text.
    assert [(p.name, p.span) for p in coded.places] == [(p.name, p.span) for p in whole.places]
    # The same quotes, but for one whose speaker is named in the segment before (a
    # coreference that spans two segments is not joined).
    bounds = segment_bounds(text, 800)

    def segment(offset: int) -> int:
        return next(i for i, (start, end) in enumerate(bounds) if start <= offset < end)

    kept = {q.span for q in coded.quotes}
    assert kept <= {q.span for q in whole.quotes}
    for quote in whole.quotes:
        if quote.span not in kept:
            assert quote.speaker_span is not None
            assert segment(quote.speaker_span.start) < segment(quote.span.start)
    # The whole-text coder folds repeats of one event into one; segments keep a repeat
    # in another segment: every event of the whole is found, and nothing new in kind.
    assert {(e.type, e.trigger) for e in whole.events} <= {
        (e.type, e.trigger) for e in coded.events
    }
    assert {s for s in spans_of(coded) if s[0] != "quote"} == {
        s for s in spans_of(whole) if s[0] != "quote"
    }
    for event in coded.events:
        assert event.sentence.start <= event.trigger.start < event.trigger.end <= event.sentence.end
    # Actors' country can differ (a segment does not see the whole story's context).
    for actor in coded.actors:
        assert all(coded.article.text[m.start : m.end].strip() for m in actor.mentions)
    # An actor named in every segment is one actor; events point at the merged actors.
    ids = {a.actor_id for a in coded.actors}
    assert len(ids) == len(coded.actors)
    parties = [p for e in coded.events for p in (e.source, e.target) if p is not None]
    # (or are a state the text implies but never names: "shelled the town of Goma")
    assert all(p in coded.actors or (p.kind == "state" and not p.mentions) for p in parties)
