"""A meeting noun after "in" or "during" on a verb: the verb's addressee is the
other party ("told X in a phone call", "assured X during talks")."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Indian Prime Minister Narendra Modi told Chinese President Xi Jinping during talks "
         "in Kazan that peace on the border was needed.", "Narendra Modi", "Xi Jinping"),
        ("Ethiopian Prime Minister Abiy Ahmed told Kenyan President William Ruto in a phone "
         "conversation that the dam would open in May.",
         "Abiy Ahmed", "William Ruto"),
        ("Brazilian President Lula da Silva assured Argentine President Javier Milei during a "
         "meeting in Brasilia that trade would resume.", "Lula da Silva", "Javier Milei"),
    ],
)  # fmt: skip
def test_the_verbs_addressee_is_the_other_party(text: str, source: str, target: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    pairs = {(e.source.name, e.target.name) for e in coded.events
             if e.type == "CONSULT" and e.source and e.target}  # fmt: skip
    assert (source, target) in pairs, pairs


def test_two_speakers_with_one_addressee_are_not_each_others_target() -> None:
    coded = code_text(
        "U.S. President Donald Trump spoke on Friday. Mexican President Claudia Sheinbaum and "
        "Canadian Prime Minister Justin Trudeau told Trump in phone conversations that "
        "border crossings had fallen.",
        published="2025-03-05",
    )
    assert isinstance(coded, CodedArticle)
    pairs = {(e.source.name, e.target.name) for e in coded.events
             if e.type == "CONSULT" and e.source and e.target}  # fmt: skip
    assert {("Claudia Sheinbaum", "Donald Trump"), ("Justin Trudeau", "Donald Trump")} <= pairs
    assert ("Claudia Sheinbaum", "Justin Trudeau") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto held a phone call with Ethiopian Prime Minister Abiy "
        "Ahmed on Monday.",
        "In a video call, Kenyan President William Ruto told Ethiopian Prime Minister Abiy "
        "Ahmed that the border would reopen.",
    ],
)
def test_a_phone_or_video_call_is_a_consultation(text: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    pairs = {frozenset((e.source.name, e.target.name)) for e in coded.events
             if e.type == "CONSULT" and e.source and e.target}  # fmt: skip
    assert frozenset(("William Ruto", "Abiy Ahmed")) in pairs, pairs


def test_a_call_for_something_is_no_consultation() -> None:
    coded = code_text("Kenyan President William Ruto renewed his call for a ceasefire with "
                      "Ethiopian officials.", published="2025-03-05")  # fmt: skip
    assert isinstance(coded, CodedArticle)
    assert not any(e.type == "CONSULT" for e in coded.events)


def test_a_call_with_a_news_outlet_is_an_interview() -> None:
    coded = code_text("Kenyan President William Ruto said in a phone call with the BBC that "
                      "the talks would resume.", published="2025-03-05")  # fmt: skip
    assert isinstance(coded, CodedArticle)
    assert not any(e.type == "CONSULT" for e in coded.events)
