"""The spaCy pipeline: loaded once, with every component a coding stage reads."""

from __future__ import annotations

from eventwire.nlp import INDEXED_RULES, KEPT_LEMMAS, UNUSED_PIPES, load, parse, parse_many


def test_loaded_once_per_process() -> None:
    assert load() is load()


def test_keeps_what_the_stages_read() -> None:
    nlp = load()
    for pipe in ("tok2vec", "tagger", "parser", INDEXED_RULES, KEPT_LEMMAS, "ner"):
        assert pipe in nlp.pipe_names
    assert not set(UNUSED_PIPES) & set(nlp.pipe_names)
    doc = parse("Kenyan President William Ruto met Ethiopian leaders in Nairobi on Tuesday.")
    met = next(t for t in doc if t.text == "met")
    assert met.lemma_ == "meet" and met.pos_ == "VERB" and met.dep_ == "ROOT"
    assert {e.label_ for e in doc.ents} >= {"PERSON", "GPE", "DATE"}
    assert len(list(doc.sents)) == 1


def test_parse_many_keeps_order() -> None:
    texts = ["Troops withdrew from the border.", "Protesters marched in Lagos.", "Talks ended."]
    docs = list(parse_many(texts, batch_size=2))
    assert [d.text for d in docs] == texts
