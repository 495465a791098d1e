"""spaCy's rule lemmatizer with its answers kept: the same lemmas, worked out once per
distinct word rather than once per token.

The English lemmatizer's answer for a token depends only on its form, its coarse POS and
its morphology, and spaCy keeps it for the forms its suffix rules handle; but every other
token (proper nouns, singular nouns, base verbs, punctuation: most of a news text) is
worked out again each time, through several Python calls and a parse of its morphology
string, which made the lemmatizer cost about 2.5 ms an article. ``KeptLemmas`` reads the
tokens' (form, POS, morphology) from the parse's arrays, asks the wrapped lemmatizer only
about a triple it has not met, and writes the lemmas back in one array. As spaCy's own,
it leaves a lemma another component set (the attribute rules) as it is.

A word it has not met costs the lemmatizer a search of the known base forms of its POS
(up to 57 000 nouns), which spaCy keeps as a list: ``KeptLemmas`` turns the wrapped
lemmatizer's lists into sets, which answer the same membership at once.
``tests/test_lemmas.py`` checks that both give identical lemmas.
"""

from __future__ import annotations

from typing import cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from thinc.types import Ints2d

_COLUMNS = [ORTH, POS, MORPH, LEMMA]
# The lemmatizers whose answer for a token is known to depend on nothing else.
_READ_BY_WORD = (Lemmatizer, EnglishLemmatizer)
# How many distinct (form, POS, morphology) triples are kept before starting afresh
# (about 200 bytes each: 100 000 are about 20 MB).
_KEPT = 100_000


class KeptLemmas:
    """A pipeline component giving each token the lemma ``lemmatizer`` gives it."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self._lemmatizer = lemmatizer
        # (form, POS, morphology) to the lemma's hash. The string store keeps every string
        # it is given (eventwire opens no spaCy memory zone), so a kept hash stays valid.
        self._known: dict[tuple[int, int, int], int] = {}

    @classmethod
    def of(cls, lemmatizer: object) -> KeptLemmas | None:
        """The kept form of a rule-mode lemmatizer of spaCy's own (the generic or the
        English one) that leaves lemmas already set alone; None for any other (a lookup
        table, one that overwrites, a language's own rules: not reproduced)."""
        if type(lemmatizer) not in _READ_BY_WORD:
            return None
        assert isinstance(lemmatizer, Lemmatizer)
        if lemmatizer.mode != "rule" or lemmatizer.overwrite:
            return None
        _index_as_sets(lemmatizer)
        return cls(lemmatizer)

    def knows(self, word: str) -> bool:
        """Whether ``word`` is a base form the lemmatizer's index lists for a noun, verb,
        adjective or adverb: an English word, not a name."""
        lookups = self._lemmatizer.lookups
        if "lemma_index" not in lookups:
            return False
        table = lookups.get_table("lemma_index")
        return any(word in table.get(pos, ()) for pos in ("noun", "verb", "adj", "adv"))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array(_COLUMNS)
        known = self._known
        strings = doc.vocab.strings
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                found = strings.add(self._lemmatizer.lemmatize(doc[i])[0])
                if len(known) >= _KEPT:
                    known.clear()
                known[key] = found
            table[i, 3] = found
            changed = True
        if changed:
            doc.from_array([LEMMA], cast(Ints2d, table[:, 3:]))
        return doc


def _index_as_sets(lemmatizer: Lemmatizer) -> None:
    """Make the known base forms of each POS (the ``lemma_index`` table, which the rules
    only ask whether it holds a form) sets instead of lists."""
    if "lemma_index" not in lemmatizer.lookups:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for pos, forms in list(table.items()):
        if isinstance(forms, list):
            table[pos] = frozenset(forms)
