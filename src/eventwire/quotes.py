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
from spacy.tokens import Span as SpacySpan

from eventwire.actors import ActorIndex
from eventwire.events.arguments import clause_subject
from eventwire.events.lexicon import default_event_lexicon
from eventwire.records import Actor, Quote, Span

PARAGRAPH = re.compile(r"\n\s*\n")
# The marks that close a quote each opening mark begins. Wire copy mixes straight and
# curly marks ("If fentanyl ends, ... will come off,”), so either closes a quote either
# opened; but a straight mark inside a curly quote that a curly mark closes later in the
# paragraph opens a quote within the quote (“The so-called "peace plan" is ...,”).
DOUBLE_CLOSERS = frozenset({"”", '"'})
OPENERS = {"“": DOUBLE_CLOSERS, '"': DOUBLE_CLOSERS, "«": frozenset({"»"})}
MIN_WORDS = 4
DEFAULT_SPEECH = frozenset({"say", "add", "tell", "state", "declare", "insist", "warn", "claim",
                            "stress", "announce", "write", "note", "argue", "explain"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class QuoteResult:
    quotes: tuple[Quote, ...]
    speaker_at: dict[int, Actor]


def find_quotes(doc: Doc, actors: ActorIndex, *, text: str | None = None) -> QuoteResult:
    """The quotations of ``doc`` with their speakers among ``actors``. ``text``, when
    given, must be ``doc.text``, such as the string the caller parsed: spaCy joins
    ``doc.text`` from every token anew on each access."""
    speech = default_event_lexicon().status.speech_verbs or DEFAULT_SPEECH
    text = doc.text if text is None else text
    quotes: list[Quote] = []
    speaker_at: dict[int, Actor] = {}
    previous: tuple[int, Actor | None] | None = None
    for q_start, q_end in quoted_spans(text):
        start, end = q_start + 1, q_end - (1 if text[q_end - 1] in '”»"' else 0)
        inner = text[start:end].strip()
        if len(inner.split()) < MIN_WORDS or not _is_speech(text, q_start, inner):
            continue
        speaker, speaker_span = _speaker(doc, text, q_start, q_end, actors, speech)
        if speaker is None and previous is not None and _only_space(text, previous[0], q_start):
            # A continuation of the last quote: the same speaker, not listed again.
            speaker = previous[1]
            previous = (q_end, speaker)
            _mark(doc, start, end, speaker, speaker_at)
            continue
        previous = (q_end, speaker)
        if speaker is None:
            continue
        _mark(doc, start, end, speaker, speaker_at)
        quotes.append(Quote(text[start:end], Span(start, end), speaker, speaker_span, True))
    return QuoteResult(tuple(quotes), speaker_at)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Quotation spans (marks included), paired within paragraphs. News style leaves a quote
    open at a paragraph's end when the next paragraph continues it; such a quote ends there."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for paragraph in PARAGRAPH.split(text):
        begin = text.index(paragraph, begin) if paragraph else begin
        open_at: int | None = None
        closers: frozenset[str] = frozenset()
        for i, char in enumerate(paragraph):
            if open_at is None and char in OPENERS:
                open_at, closers = i, OPENERS[char]
            elif open_at is not None and char in closers:
                if char == '"' and paragraph[open_at] == "“" and _closed_later(paragraph, i):
                    continue  # an inner quote: the curly mark after it closes this one
                spans.append((begin + open_at, begin + i + 1))
                open_at = None
        if open_at is not None:
            spans.append((begin + open_at, begin + len(paragraph.rstrip())))
        begin += len(paragraph)
    return spans


def _closed_later(paragraph: str, i: int) -> bool:
    """Whether a curly closing mark comes after position ``i`` before any curly opening
    mark: the quote open at ``i`` ends there, not at ``i``."""
    rest = paragraph[i + 1 :]
    close, reopen = rest.find("”"), rest.find("“")
    return close >= 0 and (reopen < 0 or close < reopen)


def _is_speech(text: str, q_start: int, inner: str) -> bool:
    """Full-clause speech opens a sentence or follows a colon or comma; "a 'product of the
    Cold War'" inside running prose is a fragment."""
    before = text[:q_start].rstrip(" ")
    if not before or before[-1] in "\n:,.?!—-–":
        return True
    return inner[:1].isupper() and len(inner.split()) >= 8


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
    doc: Doc, text: str, q_start: int, q_end: int, actors: ActorIndex, speech: frozenset[str]
) -> tuple[Actor | None, Span | None]:
    first = doc.char_span(q_start, q_end, alignment_mode="expand")
    if first is None:
        return None, None
    sent_start = first[0].sent.start
    sent_end = first[-1].sent.end
    # Narration after the closing mark may run into the next sentence ("…,” he added.);
    # after a quote that ends its own sentence ("… of when.”), a capital opens a new one
    # ("Authorities said ...") that tells of something else.
    if (
        sent_end < len(doc)
        and doc[sent_end - 1].idx < q_end + 2
        and _runs_on(doc, text, sent_end, q_start, q_end)
    ):
        sent_end = doc[sent_end].sent.end
    found = _narrator(doc[sent_start:sent_end], q_start, q_end, actors, speech)
    if found[0] is None and first[0].i == sent_start and sent_start > 0:
        # A quote that is a whole sentence with no narration of its own, right after a
        # sentence that attributes speech ("Mr Blair warned." / "..., Mr Mandelson said."),
        # is that speaker's next quote.
        previous = doc[sent_start - 1].sent
        if not previous.text.strip():
            previous = doc[previous.start - 1].sent if previous.start > 0 else previous
        found = _narrator(previous, q_start, q_end, actors, speech)
    return found


def _runs_on(doc: Doc, text: str, next_start: int, q_start: int, q_end: int) -> bool:
    """Whether the sentence the parser starts at ``next_start``, right after a quote
    ending at ``q_end``, is that quote's narration: the quote does not end with a full
    stop, or the sentence opens with a lowercase word ("he added")."""
    inner = text[q_start:q_end].rstrip("”\"»' ")
    return not inner.endswith(".") or doc[next_start].is_lower


def _narrator(
    tokens: SpacySpan, q_start: int, q_end: int, actors: ActorIndex, speech: frozenset[str]
) -> tuple[Actor | None, Span | None]:
    """The actor who is the subject of a speech verb among ``tokens``, outside the quote
    (a participle takes its clause's subject: 'sent his congratulations, saying: "..."').
    The sentence's main verb goes first: in "the gunmen asked them to leave, he said" the
    speaker is whoever "he" is, not the gunmen who asked."""
    for token in sorted(tokens, key=lambda t: t.dep_ != "ROOT"):
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
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"}:
        return clause_subject(verb)
    return None


def _actor(token: Token, actors: ActorIndex) -> Actor | None:
    """The actor a speech verb's subject names: a person in apposition first ("Erdogan's
    communication chief, Fahrettin Altun, tweeted"), then the subject's own words, right
    to left."""
    for c in token.children:
        named = actors.at(c.i) if c.dep_ == "appos" else None
        if named is not None and named.kind == "person":
            return named
    for i in range(token.i, token.left_edge.i - 1, -1):
        actor = actors.at(i)
        if actor is not None:
            return actor
    return None
