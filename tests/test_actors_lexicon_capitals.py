"""Capitals and seats of government as the countries table gives them: a row may name
several ("Brasilia|Brasília", "Amsterdam|Hague"), and each stands for its state's
government in the text."""

from __future__ import annotations

import pytest

from eventwire.actors.lexicon import default_lexicon
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def test_every_capital_and_seat_of_government_of_a_row_names_its_country() -> None:
    capitals = default_lexicon().capitals
    assert capitals.get("brasília") == capitals.get("brasilia") == "BRA"
    assert capitals.get("hague") == capitals.get("amsterdam") == "NLD"
    assert not any("|" in key for key in capitals)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Hague said it would send aid to Ghana.", "NLD"),
        ("Putrajaya rejected the claim by Singapore.", "MYS"),
        ("Naypyitaw rejected the claim by Bangladesh.", "MMR"),
    ],
)
def test_a_seat_of_government_stands_for_its_government(text: str, country: str) -> None:
    coded = code_text(text, published="2025-06-10")
    assert isinstance(coded, CodedArticle)
    assert any(a.country == country and a.sector == "GOV" for a in coded.actors)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Two-word capitals the parser may tag as a person's name.
        ("Officials said La Paz would take the dispute to the regional court.", "La Paz",
         "BOL"),
        ("The minister said Kuala Lumpur would reply to the note this week.",
         "Kuala Lumpur", "MYS"),
        ("A spokesman said Addis Ababa would not attend the summit.", "Addis Ababa", "ETH"),
    ],
)  # fmt: skip
def test_a_capital_tagged_as_a_name_is_no_person(text: str, name: str, country: str) -> None:
    coded = code_text(text, published="2025-06-10")
    assert isinstance(coded, CodedArticle)
    found = {a.name: (a.kind, a.country) for a in coded.actors}
    assert found.get(name) == ("state", country), found
