"""A name set in apposition to a noun for one person ("another passenger, NAME, said")
is a person's whatever label the NER gave it: the small model often takes such names
for places or bodies. A noun for a body or a thing does not make its name a person's.
Sentences written for these tests, with invented people; the NER's labels are set by
hand so that each test shows one labelling."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Span

from eventwire.actors import recognise
from eventwire.nlp import parse


def _people(text: str, name: str, label: str | None) -> dict[str, tuple[str | None, str | None]]:
    doc = parse(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    others = [e for e in doc.ents if e.end <= span.start or e.start >= span.end]
    doc.set_ents(others + ([Span(doc, span.start, span.end, label=label)] if label else []),
                 default="outside")  # fmt: skip
    index = recognise(doc, home_country="PAK", published=dt.date(2025, 6, 10))
    return {a.name: (a.country, a.sector) for a in index.actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Another passenger, Karam Ditta, said the gunmen stopped the train.", "Karam Ditta",
         "GPE"),
        ("A shopkeeper, Noor Ilahi, said the market had been shut for a week.", "Noor Ilahi",
         "ORG"),
        ("The spokesman, Zarar Baig, told reporters the road was open again.", "Zarar Baig",
         None),
    ],
)  # fmt: skip
def test_a_name_apposed_to_a_person_noun_is_a_person(
    text: str, name: str, label: str | None
) -> None:
    assert name in _people(text, name, label)


def test_a_name_apposed_to_a_body_noun_is_no_person() -> None:
    text = "The company, Sahel Freight, said the trucks were stuck at the border."
    assert "Sahel Freight" not in _people(text, "Sahel Freight", "GPE")
