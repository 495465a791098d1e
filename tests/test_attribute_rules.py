"""The indexed attribute rules give exactly the tokens spaCy's own attribute ruler gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.attribute_rules import IndexedRules
from eventwire.nlp import (
    DATELINES,
    INDEXED_RULES,
    KEPT_LEMMAS,
    MODEL,
    PARAGRAPHS,
    index_attribute_rules,
    load,
)

CORPUS = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "corpus"

# Sentences that reach the model's rarer rules: two-token lemma rules, auxiliaries by
# dependency, existential "there", a space token inside a sentence, colloquial forms.
RARE = [
    "Y'all ain't gonna believe it, and we gotta let 's go , said the envoy.",
    "There is no deal and there were nothin' but delays  in the talks.",
    "The minister has been asked whether troops will be withdrawn.\n\nThey were not.",
    "Let's wait, she said; we're not done and it's 5 p.m. in Kyiv.",
]


def _tokens(doc: Doc) -> list[tuple[str, str, str, str, str, str]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def stock() -> Language:
    """The model as spaCy loads it, with the same sentence-start rules as ours."""
    nlp = spacy.load(MODEL, exclude=["senter"])
    nlp.add_pipe(PARAGRAPHS, before="parser")
    nlp.add_pipe(DATELINES, before="parser")
    return nlp


def test_our_pipeline_uses_the_indexed_rules() -> None:
    names = load().pipe_names
    assert INDEXED_RULES in names and "attribute_ruler" not in names
    assert names.index("parser") < names.index(INDEXED_RULES) < names.index(KEPT_LEMMAS)


def test_same_tokens_as_spacys_ruler(stock: Language) -> None:
    texts = RARE + [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:8]]
    ours = list(load().pipe(texts))
    theirs = list(stock.pipe(texts))
    compared = 0
    for mine, reference in zip(ours, theirs, strict=True):
        assert _tokens(mine) == _tokens(reference)
        compared += len(mine)
    assert compared > 2_000


def _ruler_pipeline() -> Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "talks"}]], {"POS": "NOUN", "LEMMA": "talk"})
    ruler.add([[{"LOWER": {"IN": ["talks", "talk"]}}]], {"POS": "VERB"})  # later: wins
    ruler.add([[{"LOWER": "peace"}, {"LOWER": {"REGEX": "^talks?$"}}]], {"LEMMA": "x"}, index=-1)
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
    return nlp


def test_later_rules_win_and_negative_indices_count_from_the_end() -> None:
    reference = _ruler_pipeline()
    indexed = _ruler_pipeline()
    index_attribute_rules(indexed)
    assert indexed.pipe_names == [INDEXED_RULES]
    text = "Peace talks resumed.  The talks failed; talk is cheap."
    assert _tokens(indexed(text)) == _tokens(reference(text))
    doc = indexed(text)
    assert [t.pos_ for t in doc if t.lower_ == "talks"] == ["VERB", "VERB"]
    assert [t.lemma_ for t in doc if t.lower_ == "talks"] == ["x", "talk"]
    assert [t.pos_ for t in doc if t.is_space] == ["SPACE"]


def test_a_ruler_it_cannot_reproduce_is_left_alone() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "peace"}, {"LOWER": "talks", "OP": "?"}]], {"POS": "NOUN"})
    assert IndexedRules.of(ruler) is None
    index_attribute_rules(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]
