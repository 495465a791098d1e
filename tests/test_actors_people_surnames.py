"""A person named once in full is that person when only the surname comes back, even
where spaCy's small model tags the lone surname as a place, a common noun or nothing."""

from __future__ import annotations

import pytest

from event_dyads import dyads
from eventwire.nlp import common_word
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # the surname opens a later sentence as the subject
        ("Foreign Minister Mevlut Cavusoglu arrived in Brussels on Monday. Cavusoglu later "
         "spoke with the Dutch foreign minister.", ("CONSULT", "TUR", "NLD")),
        ("Minister Ayman Safadi of Jordan met Antony Blinken on Monday. Safadi urged Israel "
         "to halt the offensive.", ("REQUEST", "JOR", "ISR")),
        ("Senator Marco Rubio addressed the committee on Monday. Rubio condemned Venezuela "
         "for the arrests.", ("ACCUSE", "USA", "VEN")),
        # the surname is the object of someone else's act
        ("Senator Marco Rubio addressed the committee on Monday. Venezuela's foreign "
         "minister later accused Rubio of meddling.", ("ACCUSE", "VEN", "USA")),
    ],
)  # fmt: skip
def test_a_lone_surname_acts_for_the_person_named_in_full(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")


def _actors(text: str) -> dict[str, str | None]:
    coded = code_text(text, published="2024-03-05")
    assert isinstance(coded, CodedArticle)
    return {a.name: a.country for a in coded.actors}


def test_a_surname_inside_a_longer_name_is_not_the_person() -> None:
    text = ("Governor Kathy Hochul spoke on Monday. Crowds gathered outside Hochul Tower, "
            "and police closed the avenue.")  # fmt: skip
    coded = code_text(text, published="2024-03-05")
    assert isinstance(coded, CodedArticle)
    governor = next(a for a in coded.actors if a.name == "Kathy Hochul")
    assert [text[m.start : m.end] for m in governor.mentions] == ["Kathy Hochul"]


def test_a_country_before_an_honorific_is_not_the_persons_country() -> None:
    # "Tanzania Mr Brown": a missing comma, not a Tanzanian Mr Brown.
    text = ("Chancellor Gordon Brown toured Africa this week. After signing a debt deal "
            "with Tanzania Mr Brown said Britain would cancel more debts.")  # fmt: skip
    actors = _actors(text)
    assert actors["Gordon Brown"] == "GBR"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a leader abroad, by surname alone, in a story from elsewhere
        ("KYIV, Ukraine — Putin ordered a new offensive against Ukraine on Monday.",
         "Vladimir Putin", "RUS"),
        # a surname the small model tags as a body, opening the lead
        ("CARACAS, Venezuela — Maduro blamed the United States for the blackout.",
         "Nicolas Maduro", "VEN"),
        # another spelling of the surname, tagged as a place
        ("KYIV, Ukraine — Zelenskyy accused Russia of war crimes on Tuesday.",
         "Volodymyr Zelensky", "UKR"),
        # a surname the small model tags as a common noun, no entity at all
        ("KYIV, Ukraine (AP) — Zelenskyy condemned the attack on the embassy.",
         "Volodymyr Zelensky", "UKR"),
        ("LONDON (AP) — Starmer condemned the attack on the embassy on Friday.",
         "Keir Starmer", "GBR"),
    ],
)  # fmt: skip
def test_a_sitting_leaders_surname_alone_is_that_leader(text: str, name: str, country: str) -> None:
    assert _actors(text).get(name) == country


@pytest.mark.parametrize(
    ("text", "published", "person"),
    [
        ("SEOUL — President Lee told reporters that Seoul would expand trade with Hanoi.",
         "2025-09-02", "Lee Jae-myung"),
        ("BEIJING — President Xi told visiting European leaders that trade must stay open.",
         "2024-05-06", "Xi Jinping"),
        ("SEOUL — President Yoon told parliament that the budget would grow.", "2023-10-31",
         "Yoon Suk Yeol"),
    ],
)  # fmt: skip
def test_a_family_name_said_first_finds_its_holder(text: str, published: str, person: str) -> None:
    # Chinese and Korean names put the family name first: "President Lee" is Lee Jae-myung,
    # not Hong Kong's John Lee.
    coded = code_text(text, published=published)
    assert isinstance(coded, CodedArticle)
    assert person in {a.name for a in coded.actors}, [a.name for a in coded.actors]


def test_a_western_given_name_alias_is_no_family_name() -> None:
    # Taiwan's president is also "William Lai": "William" alone is not him.
    coded = code_text(
        "TAIPEI — William told reporters the port would reopen.", published="2025-01-10"
    )
    assert isinstance(coded, CodedArticle)
    assert "Lai Ching-te" not in {a.name for a in coded.actors}


@pytest.mark.parametrize(
    ("word", "common"),
    [("price", True), ("hunt", True), ("law", True), ("zelenskyy", False), ("starmer", False)],
)
def test_a_common_word_is_told_from_a_name(word: str, common: bool) -> None:
    """A capitalised word the tagger calls a noun is read as a surname only when no
    English word is so spelt ("Price", "Law" stay words)."""
    assert common_word(word) is common


@pytest.mark.parametrize(
    ("text", "published", "names"),
    [
        ("NEW DELHI (AP) — Modi and Putin held talks in New Delhi on Thursday.", "2025-12-05",
         {"Narendra Modi", "Vladimir Putin"}),
        ("PARIS (AP) — Macron and Scholz met in Paris on Monday.", "2023-12-05",
         {"Emmanuel Macron", "Olaf Scholz"}),
    ],
)  # fmt: skip
def test_two_surnames_joined_by_and_are_two_people(
    text: str, published: str, names: set[str]
) -> None:
    coded = code_text(text, published=published)
    assert isinstance(coded, CodedArticle)
    assert names <= {a.name for a in coded.actors}
