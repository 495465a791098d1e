"""A state office named with "the" and held by no one the story names ("the interior
minister", "the mayor", "the army chief") is the office of the story's home country. Offices
that serve abroad (envoys, ambassadors) are left alone, as are stories with no home.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    return {a.name: (a.country, a.sector) for a in coded.actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "codes"),
    [
        ("LUSAKA, Zambia (AP) — Minibus owners blocked the main road on Monday. The interior "
         "minister urged them to clear it.", "interior minister", ("ZMB", "GOV")),
        ("QUITO, Ecuador (AP) — Residents of the old town marched to city hall. The mayor "
         "promised to hear their complaints.", "mayor", ("ECU", "GOV")),
        ("DHAKA, Bangladesh (Reuters) — Floods cut off three districts. The army chief said "
         "soldiers would deliver food by boat.", "army chief", ("BGD", "MIL")),
    ],
)  # fmt: skip
def test_an_office_no_one_holds_in_the_text_is_the_home_countrys(
    text: str, name: str, codes: tuple[str, str]
) -> None:
    assert _people(text).get(name) == codes


def test_a_named_holder_before_is_still_the_office() -> None:
    text = ("LUSAKA, Zambia (AP) — Interior Minister Mwila Banda met union leaders on Monday. "
            "The interior minister said the talks would go on.")  # fmt: skip
    people = _people(text)
    assert people.get("Mwila Banda") == ("ZMB", "GOV")
    assert "interior minister" not in people


@pytest.mark.parametrize(
    "text",
    [
        "LUSAKA, Zambia (AP) — The envoy said the talks would resume in May.",
        "LUSAKA, Zambia (AP) — The ambassador left the capital on Monday.",
        "The interior minister said the road would reopen on Friday.",
    ],
)  # fmt: skip
def test_offices_abroad_and_stories_with_no_home_take_no_country(text: str) -> None:
    assert not any(country for country, _ in _people(text).values())


def test_the_office_by_its_head_word_is_the_one_holder_named_before() -> None:
    text = ("LUSAKA, Zambia (AP) — Interior Minister Mwila Banda met union leaders on Monday. "
            "The minister said the talks would go on.")  # fmt: skip
    people = _people(text)
    assert people.get("Mwila Banda") == ("ZMB", "GOV")
    assert "minister" not in people


@pytest.mark.parametrize(
    ("text", "name", "codes"),
    [
        ("LIMA, Peru (Reuters) — Lawmakers accused the president of lying about his "
         "finances.", "president", ("PER", "GOV")),
        ("NAIROBI, Kenya (Reuters) — Farmers praised the agriculture minister for acting "
         "fast on the drought.", "agriculture minister", ("KEN", "GOV")),
    ],
)  # fmt: skip
def test_a_gerund_after_of_or_for_names_no_owner_of_the_office(
    text: str, name: str, codes: tuple[str, str]
) -> None:
    assert _people(text).get(name) == codes


def test_an_of_phrase_naming_a_body_still_takes_the_office_away() -> None:
    text = "LIMA, Peru (Reuters) — The president of the football federation resigned."
    assert _people(text).get("president") != ("PER", "GOV")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("CARACAS, Venezuela (AP) — Police detained the opposition leader on Tuesday.",
         "opposition leader", "VEN"),
        ("MINSK, Belarus (AP) — The leader of the opposition called for new elections.",
         "leader of the opposition", "BLR"),
        ("TBILISI, Georgia (AP) — Guards turned back the opposition figure at the gate.",
         "opposition figure", "GEO"),
    ],
)  # fmt: skip
def test_an_unnamed_opposition_office_is_the_home_countrys(
    text: str, name: str, country: str
) -> None:
    assert _people(text).get(name) == (country, "OPP")


@pytest.mark.parametrize(
    ("text", "name", "codes"),
    [
        ("QUITO, Ecuador (AP) — The interior minister at a late briefing ordered the curfew "
         "lifted.", "interior minister", ("ECU", "GOV")),
        ("LUSAKA, Zambia (AP) — The army chief at the airfield welcomed the relief flights.",
         "army chief", ("ZMB", "MIL")),
    ],
)  # fmt: skip
def test_an_at_phrase_of_time_or_place_names_no_owner(
    text: str, name: str, codes: tuple[str, str]
) -> None:
    assert _people(text).get(name) == codes
