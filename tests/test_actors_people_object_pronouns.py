"""Object pronouns for a person ("him", "her") refer back to a person named before, but
never to the subject of their own clause; each on sentences of our own over a real parse."""

from __future__ import annotations

import pytest

from eventwire.actors import recognise
from eventwire.nlp import parse
from eventwire.pipeline import code_text


def _referent(text: str, pronoun: str) -> str | None:
    doc = parse(text)
    index = recognise(doc)
    token = next(t for t in doc if t.lower_ == pronoun and t.dep_ != "poss")
    actor = index.at(token.i)
    return None if actor is None else actor.name


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        # across a sentence: the person the story was about
        (
            "Opposition leader Tomas Vidal spoke to reporters on Monday. Prime Minister "
            "Irene Sola criticised him in parliament the next day.",
            "him",
            "Tomas Vidal",
        ),
        # inside reported speech: the reporting subject, not the one who did it
        ("Tomas Vidal said that Irene Sola had insulted him.", "him", "Tomas Vidal"),
        # after a preposition
        (
            "Senator Maria Ortega asked for a meeting. President Luis Ferrer refused to "
            "sit down with her.",
            "her",
            "Maria Ortega",
        ),
        # the object of a participle: not the subject of the clause it hangs on
        (
            "Governor Paul Kamau was at the rally. Minister Grace Wanjiru spoke after "
            "the vote, accusing him of fraud.",
            "him",
            "Paul Kamau",
        ),
    ],
)
def test_an_object_pronoun_is_a_person_named_before(text: str, pronoun: str, name: str) -> None:
    assert _referent(text, pronoun) == name


def test_an_object_pronoun_is_not_its_own_clause_subject() -> None:
    # Irene Sola is the only person named, and she is the one who criticises: "her" is
    # someone else, whom the text does not name.
    assert _referent("Prime Minister Irene Sola criticised her on Tuesday.", "her") is None


def test_a_possessive_her_is_not_read_as_an_object() -> None:
    doc = parse("Senator Maria Ortega spoke. Her party walked out of the chamber.")
    index = recognise(doc)
    assert index.at(next(t.i for t in doc if t.text == "Her")) is None


def test_an_object_pronoun_gives_the_event_its_target() -> None:
    coded = code_text(
        "Opposition leader Tomas Vidal of Peru spoke to reporters on Monday. Peruvian "
        "Prime Minister Irene Sola accused him of lying about the budget.",
        published="2024-05-01",
    )
    accusations = [e for e in coded.events if e.type == "ACCUSE"]
    assert [(e.source and e.source.name, e.target and e.target.name) for e in accusations] == [
        ("Irene Sola", "Tomas Vidal")
    ]
