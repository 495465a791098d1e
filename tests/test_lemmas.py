"""The kept lemmas are exactly the lemmas spaCy's own lemmatizer gives."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.lemmas import KeptLemmas
from eventwire.nlp import KEPT_LEMMAS, MODEL, keep_lemmas, load

CORPUS = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "corpus"

# Forms the rules reach in every way: irregular verbs and nouns (exceptions), regular
# suffixes, base forms, proper nouns, punctuation and spaces, numbers, a lemma the
# attribute rules set ("'s" as "be"), and words no table knows.
WORDS = [
    "The geese were fleeing; mice ran, and the children's feet hurt.",
    "She's been studying the analyses of crises  since 2019 -- didn't they say?",
    "Zorblaxians flibbered the quuxes, wronglier than the grumpiest Vantablacks.",
    "Ministers met, talks resumed and the talks' outcomes were better than expected.",
]


def _lemmas(doc: Doc) -> list[tuple[str, str]]:
    return [(t.text, t.lemma_) for t in doc]


def _stock() -> Language:
    return spacy.load(MODEL, exclude=["senter"])


def test_same_lemmas_as_spacys_lemmatizer() -> None:
    texts = WORDS + [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:10]]
    reference = [_lemmas(d) for d in _stock().pipe(texts)]
    kept = _stock()
    keep_lemmas(kept)
    assert "lemmatizer" not in kept.pipe_names and KEPT_LEMMAS in kept.pipe_names
    for _ in range(2):  # the second pass answers from what the first kept
        assert [_lemmas(d) for d in kept.pipe(texts)] == reference
    assert sum(len(r) for r in reference) > 3_000


def test_our_pipeline_keeps_lemmas() -> None:
    names = load().pipe_names
    assert KEPT_LEMMAS in names and "lemmatizer" not in names
    assert names.index("tagger") < names.index(KEPT_LEMMAS)


def test_a_lemmatizer_it_cannot_reproduce_is_left_alone() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert KeptLemmas.of(nlp.get_pipe("lemmatizer")) is None
    keep_lemmas(nlp)
    assert nlp.pipe_names == ["lemmatizer"]
    assert KeptLemmas.of(object()) is None
