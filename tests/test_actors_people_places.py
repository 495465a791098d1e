"""A province, state or city before a title gives the titled person its country."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Ontario Premier Doug Ford said the province would add a levy on power exports.",
         "Doug Ford", "CAN"),
        ("Texas Governor Greg Abbott criticised the federal government on Monday.",
         "Greg Abbott", "USA"),
        ("Queensland Premier David Crisafulli met the Japanese ambassador in Brisbane.",
         "David Crisafulli", "AUS"),
    ],
)  # fmt: skip
def test_a_division_before_the_title_gives_the_country(text: str, name: str, country: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    person = next(a for a in coded.actors if a.name == name)
    assert person.country == country


def test_a_division_two_countries_share_gives_no_country_of_its_own() -> None:
    # Punjab is a province of Pakistan and a state of India: the title alone does not say.
    coded = code_text("Punjab Chief Minister Arjun Malhotra opened a new road.",
                      published="2025-03-05")  # fmt: skip
    assert isinstance(coded, CodedArticle)
    person = next(a for a in coded.actors if a.name == "Arjun Malhotra")
    assert person.country not in {"PAK", "IND"} or person.country_how != "text"


def test_a_word_inside_a_longer_place_name_is_no_division() -> None:
    # "East" alone is a region of Cameroon; "Montreal East" is a town in Quebec.
    coded = code_text("Montreal East Mayor Lucie Tremblay agreed to reopen the road.",
                      published="2025-03-05")  # fmt: skip
    assert isinstance(coded, CodedArticle)
    person = next(a for a in coded.actors if a.name == "Lucie Tremblay")
    assert person.country != "CMR"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Troops entered the villages of Kfar Kila and Markaba at dawn.", "Kfar Kila"),
        ("Aid convoys reached the border town of Mae Sot late on Friday.", "Mae Sot"),
        ("Fighting spread to the district of Abu Kamal overnight.", "Abu Kamal"),
        ("Residents fled the township of Hlaing Tharyar after the raid.", "Hlaing Tharyar"),
    ],
)  # fmt: skip
def test_the_name_of_a_settlement_is_no_person(text: str, place: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    assert not any(a.kind == "person" and place in a.name for a in coded.actors)


def test_a_person_after_a_settlement_phrase_is_still_a_person() -> None:
    coded = code_text(
        "The mayor of the town of Riverton, Maria Okafor, said the count was fair.",
        published="2025-03-05",
    )
    assert isinstance(coded, CodedArticle)
    assert any(a.kind == "person" and a.name == "Maria Okafor" for a in coded.actors)
