"""The two parses the pipeline repairs before any stage reads them (``repairs.py``): a
main verb read as a clause on its subject, and an object told as a free relative
("what appeared to be ..."). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from event_dyads import events_by_country
from eventwire.nlp import parse


def _token(text: str, word: str) -> Token:
    return next(t for t in parse(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        (
            "Norway, whose envoys brokered the 2019 truce, urged Eritrea to free the sailors.",
            "urged",
            "Norway",
        ),
        (
            "Chile, which chairs the regional forum this year, condemned the shelling.",
            "condemned",
            "Chile",
        ),
        ("Spokeswoman Ines Marquardt called the proposal reckless.", "called", "Marquardt"),
        ("The southern bloc SADC condemned the putsch.", "condemned", "SADC"),
    ],
)
def test_a_main_verb_read_as_a_clause_on_its_subject_is_the_main_verb(
    text: str, verb: str, subject: str
) -> None:
    doc = parse(text)
    token = next(t for t in doc if t.text == verb)
    assert token.dep_ == "ROOT"
    assert next(t for t in doc if t.text == subject).head.i == token.i


@pytest.mark.parametrize(
    ("text", "word", "dep"),
    [
        # A real relative clause, a passive participle and a clause with its own subject
        # keep their reading.
        ("The ferry seized by the coastguard last week was released.", "seized", "acl"),
        ("The pact Ghana signed in 2019 lapsed in May.", "signed", "relcl"),
        ("The talks, which opened in Oslo, collapsed on Friday.", "opened", "relcl"),
    ],
)
def test_real_clauses_on_a_noun_keep_their_reading(text: str, word: str, dep: str) -> None:
    assert _token(text, word).dep_ == dep


@pytest.mark.parametrize(
    ("text", "verb", "thing"),
    [
        (
            "SEOUL — The North fired what appeared to be a cruise missile into the sea.",
            "fired",
            "missile",
        ),
        ("The navy seized what it called a smuggling vessel off the coast.", "seized", "vessel"),
        (
            "Rebels downed what officials described as a cargo drone near the airport.",
            "downed",
            "drone",
        ),
    ],
)
def test_the_thing_a_free_relative_names_is_the_verb_s_object(
    text: str, verb: str, thing: str
) -> None:
    token = _token(text, thing)
    assert token.dep_ == "dobj"
    assert token.head.text == verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ADDIS ABABA, Ethiopia (AP) — Kenya, whose troops patrol the border, urged "
            "Ethiopia on Monday to reopen the crossing.",
            ("REQUEST", "asserted", "KEN", "ETH"),
        ),
        (
            "TOKYO (AP) — North Korea launched what appeared to be a cruise missile over "
            "the sea on Tuesday. Japan called the launch a grave provocation.",
            ("ACCUSE", "asserted", "JPN", "PRK"),
        ),
    ],
)
def test_repaired_sentences_code_their_events(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in events_by_country(text)
