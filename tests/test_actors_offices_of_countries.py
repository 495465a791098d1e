"""An office "of" a country is held by one person of that country ("the prime minister of
India", "the emir of Qatar"); a sitting leader's surname that the parser tags as nothing
is still that leader; a name written in lower case is no name. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _people(text: str, published: str = "2024-05-01") -> dict[str, tuple[str | None, str | None]]:
    coded = code_text(text, published=published)
    assert isinstance(coded, CodedArticle)
    return {a.name: (a.country, a.sector) for a in coded.actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("DELHI — The prime minister of India praised Pakistan.", "prime minister of India", "IND"),
        ("WASHINGTON — The envoy thanked the emir of Qatar for his help.", "emir of Qatar", "QAT"),
        ("LONDON — The talks were attended by the foreign minister of Iran.",
         "foreign minister of Iran", "IRN"),
        ("KYIV — The Minister of Defence of Ukraine met NATO officials.",
         "Minister of Defence of Ukraine", "UKR"),
    ],
)  # fmt: skip
def test_an_office_of_a_country_is_its_holder(text: str, name: str, country: str) -> None:
    assert _people(text).get(name, (None, None))[0] == country


def test_an_office_of_something_else_is_no_one_placed() -> None:
    people = _people("LONDON — The minister of state for trade resigned on Monday.")
    assert not any(country for country, _ in people.values())


@pytest.mark.parametrize(
    "text",
    [
        "PARIS — Macron met the king of Jordan on Tuesday.",
        "MADRID — The talks with Macron ended early.",
    ],
)
def test_an_untagged_surname_of_a_sitting_leader_is_that_leader(text: str) -> None:
    assert _people(text).get("Emmanuel Macron") == ("FRA", "GOV")


def test_a_surname_inside_a_longer_name_is_no_person() -> None:
    assert "Emmanuel Macron" not in _people("PARIS — Macron Street was closed on Sunday.")


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON — The president pardoned his last turkey on Wednesday.",
        "LONDON — The museum showed a set of fine bone china from the 1800s.",
    ],
)
def test_a_name_in_lower_case_is_no_country(text: str) -> None:
    coded = code_text(text, published="2024-05-01")
    assert isinstance(coded, CodedArticle)
    assert not {a.country for a in coded.actors} & {"TUR", "CHN"}
