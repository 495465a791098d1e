"""Direct quotes and their speakers.

A quote is a run of text between opening and closing quotation marks that holds a
clause (at least four words: scare quotes and fragments are left out). Its speaker is
the actor who is the subject of a speech verb in the narration around it ("Gantz
said", "he added", "said the minister"); a quote with no narration of its own, right
after another quote, continues that quote and is not listed again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.actors import ActorIndex
from eventwire.events.lexicon import default_event_lexicon
from eventwire.records import Actor, Quote, Span

QUOTED = re.compile(r"“([^”]{3,}?)”|\"([^\"]{3,}?)\"|«([^»]{3,}?)»", re.S)
MIN_WORDS = 4
DEFAULT_SPEECH = frozenset({"say", "add", "tell", "state", "declare", "insist", "warn", "claim",
                            "stress", "announce", "write", "note", "argue", "explain"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class QuoteResult:
    quotes: tuple[Quote, ...]
    speaker_at: dict[int, Actor]


def find_quotes(doc: Doc, actors: ActorIndex) -> QuoteResult:
    speech = default_event_lexicon().status.speech_verbs or DEFAULT_SPEECH
    text = doc.text
    quotes: list[Quote] = []
    speaker_at: dict[int, Actor] = {}
    previous: tuple[int, Actor | None] | None = None
    for match in QUOTED.finditer(text):
        group = next(g for g in range(1, 4) if match.group(g) is not None)
        start, end = match.start(group), match.end(group)
        inner = text[start:end]
        if len(inner.split()) < MIN_WORDS:
            continue
        speaker, speaker_span = _speaker(doc, match.start(), match.end(), actors, speech)
        if (
            speaker is None
            and previous is not None
            and _only_space(text, previous[0], match.start())
        ):
            speaker = previous[1]
            previous = (match.end(), speaker)
            _mark(doc, start, end, speaker, speaker_at)
            continue
        previous = (match.end(), speaker)
        _mark(doc, start, end, speaker, speaker_at)
        quotes.append(Quote(inner, Span(start, end), speaker, speaker_span, True))
    return QuoteResult(tuple(quotes), speaker_at)


def _only_space(text: str, a: int, b: int) -> bool:
    return not text[a:b].strip(" \n\t,.")


def _mark(doc: Doc, start: int, end: int, speaker: Actor | None, out: dict[int, Actor]) -> None:
    if speaker is None:
        return
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        for token in span:
            out[token.i] = speaker


def _speaker(
    doc: Doc, q_start: int, q_end: int, actors: ActorIndex, speech: frozenset[str]
) -> tuple[Actor | None, Span | None]:
    first = doc.char_span(q_start, q_end, alignment_mode="expand")
    if first is None:
        return None, None
    sent_start = first[0].sent.start
    sent_end = first[-1].sent.end
    # Narration after the closing mark may run into the next sentence ("…,” he added.).
    if sent_end < len(doc) and doc[sent_end - 1].idx < q_end + 2:
        sent_end = doc[sent_end].sent.end
    for token in doc[sent_start:sent_end]:
        if q_start <= token.idx < q_end or token.lemma_.lower() not in speech:
            continue
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        subject = _subject(token)
        if subject is None:
            continue
        actor = _actor(subject, actors)
        if actor is not None:
            return actor, Span(
                subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
            )
    return None, None


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            return c
    return None


def _actor(token: Token, actors: ActorIndex) -> Actor | None:
    for i in range(token.i, token.left_edge.i - 1, -1):
        actor = actors.at(i)
        if actor is not None:
            return actor
    return None
