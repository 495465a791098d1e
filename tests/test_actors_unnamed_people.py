"""People the text describes in plain words ("two men", "teenagers", "the managers") are
parties to events, placed as other unnamed agents are: by their phrase, an earlier
mention, the dateline or the article's country; and an office is placed by the body its
"for"/"of"/"at" phrase names or by the holder named before it. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # plain words for people, the object of an arrest
        ("ACCRA, Ghana (AP) — Police arrested three men and a woman at the port on Friday.",
         ("COERCE", "GHA", "GHA")),
        # the object of a shooting
        ("DHAKA, Bangladesh (Reuters) — Soldiers shot two teenagers at a checkpoint on Sunday.",
         ("ASSAULT", "BGD", "BGD")),
        # people by their trade, with an "of" phrase that names no place
        ("LIMA, Peru (AP) — Police detained two managers of a mining firm on Monday.",
         ("COERCE", "PER", "PER")),
        # a nationality in the phrase still wins
        ("KINSHASA, Congo (Reuters) — Police detained three Belgian pilgrims in Goma.",
         ("COERCE", "COD", "BEL")),
    ],
)  # fmt: skip
def test_described_people_are_parties(text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(text, by="country")


def test_the_same_people_again_are_where_they_were_placed() -> None:
    """ "the men" are the two men arrested before, whatever place their clause names."""
    coded = code_text(
        "ACCRA, Ghana — Police arrested two men at the port on Sunday. Officials said the "
        "men had been hiding in a hotel in Lome, Togo.",
        published="2025-03-05",
    )
    assert isinstance(coded, CodedArticle)
    assert {a.country for a in coded.actors if a.name == "men"} == {"GHA"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("A spokesman for Chad's interior ministry accused the rebels of attacking a convoy.",
         ("ACCUSE", "TCD", "TCD")),
        ("An adviser of the Ugandan president accused Kenyan traders of smuggling sugar.",
         ("ACCUSE", "UGA", "KEN")),
    ],
)  # fmt: skip
def test_an_office_belongs_to_the_body_its_phrase_names(
    text: str, event: tuple[str, str, str]
) -> None:
    assert event in dyads(text, by="country")


def test_the_office_after_a_named_holder_is_that_holder() -> None:
    text = (
        "Norwegian special envoy Lars Moen met Sudan's army chief in Port Sudan on Monday. "
        "The army said it had asked the envoy to press the rival force to reopen the roads."
    )
    assert ("REQUEST", "SDN", "NOR") in dyads(text, by="country")


def test_another_office_is_not_the_holder_before() -> None:
    coded = code_text(
        "Defence Minister Amos Kibet met the Ugandan envoy in Nairobi on Monday. The prime "
        "minister said the talks had gone well.",
        published="2025-03-05",
    )
    assert isinstance(coded, CodedArticle)
    kibet = next(a for a in coded.actors if a.name == "Amos Kibet")
    said = coded.article.text.index("The prime minister")
    assert all(m.start != said + len("The ") for m in kibet.mentions)
    assert all(not (m.start <= said + 4 < m.end) for m in kibet.mentions)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # one person by their calling, the object of a detention
        ("QUITO, Ecuador (AP) — Ecuadorean police detained an opposition leader on Tuesday.",
         ("COERCE", "ECU", "ECU")),
        # the subject of a passive
        ("MINSK, Belarus (AP) — A reporter was jailed for six years by a court in Minsk.",
         ("COERCE", "BLR", "BLR")),
        # a court's sentence, the court placed by its phrase
        ("HANOI, Vietnam (AP) — A court in Hanoi sentenced a blogger to nine years in "
         "prison on Monday.", ("COERCE", "VNM", "VNM")),
    ],
)  # fmt: skip
def test_one_person_acted_on_is_a_party(text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(text, by="country")


@pytest.mark.parametrize(
    "text",
    [
        # "a" on a speaker, and on a craft: no party placed
        "QUITO, Ecuador (AP) — A journalist asked the minister about the fuel prices.",
        "TALLINN, Estonia (AP) — Estonian naval forces detained an oil tanker on Monday.",
    ],
)
def test_a_speaker_or_a_craft_introduced_by_a_is_not_a_person_placed(text: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    names = {a.name.lower() for a in coded.actors}
    assert not names & {"journalist", "oil tanker", "tanker"}, names
