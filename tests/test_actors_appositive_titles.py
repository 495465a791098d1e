"""A title set off by commas codes the person it describes: the title may run on into
its own preposition, a province or city that owns it gives the country, and a
"counterpart" holds the office of the person named before. Sentences written for these
tests, with invented people."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.pipeline import code_text
from eventwire.records import Actor, CodedArticle


def _people(text: str) -> dict[str, Actor]:
    coded = code_text(text, published=dt.date(2025, 6, 10))
    assert isinstance(coded, CodedArticle)
    return {a.name: a for a in coded.actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("NAIROBI, Kenya — Somalia's state minister for foreign affairs, Abdi Warsame, said "
         "Mogadishu would never accept the deal.", "Abdi Warsame", ("SOM", "GOV")),
        ("Ghana's minister for foreign affairs, Kofi Mensah-Bonsu, flew to Lome on Monday.",
         "Kofi Mensah-Bonsu", ("GHA", "GOV")),
        ("The talks were opened by Chile's minister of foreign affairs, Ana Valdivieso.",
         "Ana Valdivieso", ("CHL", "GOV")),
    ],
)  # fmt: skip
def test_a_title_running_on_into_its_preposition(
    text: str, name: str, code: tuple[str, str]
) -> None:
    person = _people(text)[name]
    assert (person.country, person.sector) == code


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Dana Fordham, Ontario's provincial leader, said he would tax electricity exports.",
         "Dana Fordham", "CAN"),
        ("Glen Abernathy, the Texas governor, said he would send troops to the border.",
         "Glen Abernathy", "USA"),
        ("Maria Quispe, a Lima lawyer, filed the complaint on Tuesday.", "Maria Quispe", "PER"),
    ],
)  # fmt: skip
def test_a_place_before_an_appositive_title_gives_its_country(
    text: str, name: str, country: str
) -> None:
    assert _people(text)[name].country == country


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Kazakh Energy Minister Yerlan Dosov and his Uzbek counterpart, Sherzod Alimov, "
         "signed the gas deal in Astana.", "Sherzod Alimov", ("UZB", "GOV")),
        ("Indian Foreign Minister Ravi Menon met his Chinese counterpart Li Wenhao in Moscow.",
         "Li Wenhao", ("CHN", "GOV")),
        ("Israeli army chief Avi Golan spoke by phone with his Egyptian counterpart, Hassan "
         "Fahmy, on Sunday.", "Hassan Fahmy", ("EGY", "MIL")),
    ],
)  # fmt: skip
def test_a_counterpart_holds_the_office_of_the_person_before(
    text: str, name: str, code: tuple[str, str]
) -> None:
    people = _people(text)
    person = people[name]
    assert (person.country, person.sector) == code
    other = next(p for n, p in people.items() if n != name and p.role)
    assert person.role == other.role


def test_a_counterpart_of_no_named_office_is_an_official() -> None:
    person = _people("Talks went on, and the Turkish counterpart, Emre Aksoy, left early.")
    assert (person["Emre Aksoy"].country, person["Emre Aksoy"].sector) == ("TUR", "GOV")


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a group noun that owns the title's words is not the title
        ("Maria Gonzalez, a Peruvian women's rights activist, said the police must act.",
         "Maria Gonzalez", ("PER", "NGO")),
        ("Sara Lind, a Swedish children's rights campaigner, criticised the plan.",
         "Sara Lind", ("SWE", "CVL")),
    ],
)  # fmt: skip
def test_an_owning_group_noun_is_not_the_title(text: str, name: str, code: tuple[str, str]) -> None:
    person = _people(text)[name]
    assert (person.country, person.sector) == code


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jonas Berg, an adviser for EU enlargement, met the prime minister.", "Jonas Berg"),
        ("Lena Ortiz, head of UN affairs at a Lima law firm, resigned.", "Lena Ortiz"),
    ],
)  # fmt: skip
def test_a_name_that_only_describes_a_thing_is_no_body(text: str, name: str) -> None:
    person = _people(text).get(name)
    assert person is None or person.country != "IGO", person


def test_a_nationality_in_a_bodys_own_name_still_counts() -> None:
    person = _people("Rosa Keller, the president of the Swiss Farmers Union, said prices "
                     "had collapsed.")["Rosa Keller"]  # fmt: skip
    assert person.country == "CHE"
