"""Direct quotes and their speakers."""

from __future__ import annotations

from eventwire.actors import recognise
from eventwire.nlp import parse
from eventwire.quotes import find_quotes, quoted_spans


def test_quotes_pair_within_paragraphs() -> None:
    text = 'He said: "First part of it\n\n"Second part," he added.'
    spans = quoted_spans(text)
    assert [text[a:b] for a, b in spans] == ['"First part of it', '"Second part,"']


def test_speaker_from_speech_verb_and_pronoun() -> None:
    text = (
        'Foreign Secretary David Lammy said, "We will not accept this outcome at all."\n\n'
        '"Our position is clear and it will not change," he added.'
    )
    doc = parse(text)
    result = find_quotes(doc, recognise(doc))
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == ["David Lammy"] * 2
    assert result.quotes[0].text.startswith("We will not accept")


def test_fragments_and_unattributed_quotes_are_left_out() -> None:
    text = 'The minister called the plan a "product of the Cold War" on Friday.'
    doc = parse(text)
    assert find_quotes(doc, recognise(doc)).quotes == ()
