""" "Persona non grata" that the parser reads as a clause or a noun: the person declared
is the verb's object, and a declaration so made is an expulsion. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads
from eventwire.nlp import parse


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Moscow declared two Estonian diplomats persona non grata.",
         ("SANCTION", "RUS", "EST")),
        ("Lithuania declared a Belarusian consul persona non grata on Friday.",
         ("SANCTION", "LTU", "BLR")),
        ("The Nigerien junta declared the French ambassador persona non grata and ordered "
         "him to leave.", ("SANCTION", "NER", "FRA")),
    ],
)  # fmt: skip
def test_a_declaration_is_an_expulsion(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_the_person_declared_is_the_object() -> None:
    doc = parse("Moscow declared two Estonian diplomats persona non grata.")
    diplomats = next(t for t in doc if t.lower_ == "diplomats")
    persona = next(t for t in doc if t.lower_ == "persona")
    assert (diplomats.dep_, diplomats.head.lower_) == ("dobj", "declared")
    assert (persona.dep_, persona.pos_) == ("oprd", "ADJ")
