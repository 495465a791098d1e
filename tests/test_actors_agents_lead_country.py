"""An unnamed agent ("the government", "farmers' unions", "church leaders") in a story with
no dateline and no dominant country belongs to the country the lead names first, when no
other country is named as often. Stories written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _countries(text: str) -> dict[str, str | None]:
    coded = code_text(text, published="2025-06-10")
    assert isinstance(coded, CodedArticle)
    return {a.name: a.country for a in coded.actors}


@pytest.mark.parametrize(
    ("text", "agent", "country"),
    [
        # one sentence naming its country once, as a news brief or a coded example comes
        ("Peruvian lawmakers voted on Monday to remove the ombudsman, and opposition "
         "parties accused the interior ministry of fraud.", "opposition parties", "PER"),
        ("Thousands of Nigerians converged on a stadium for a rally to protest the new "
         "levy, and church leaders accused the police of blocking roads.",
         "church leaders", "NGA"),
        # a headline-first story whose partner is named too, less often
        ("Malawi seeks help as floods cut the southern roads\n\n"
         "Malawi declared a state of emergency on Friday as floods cut off the south, and "
         "Malawi's army began airlifts. Zambia said it would send rescue boats, and "
         "Zambia's air force flew in food. Church leaders accused the government of "
         "ignoring warnings.", "Church leaders", "MWI"),
    ],
)  # fmt: skip
def test_an_unnamed_agent_takes_the_leads_country(text: str, agent: str, country: str) -> None:
    assert _countries(text).get(agent) == country


def test_a_lead_country_named_no_more_than_another_gives_none() -> None:
    # Ghana and Nigeria are named once each: the story's country is not plain.
    found = _countries(
        "Ghana's cocoa board raised prices on Monday after Nigeria's board cut them, and "
        "church leaders accused the police of blocking roads."
    )
    assert found.get("church leaders") is None


def test_a_dateline_still_decides() -> None:
    found = _countries(
        "ACCRA, Ghana (Reuters) — Peruvian lawmakers voted on Monday to remove the "
        "ombudsman, and opposition parties accused the interior ministry of fraud."
    )
    assert found.get("opposition parties") == "GHA"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # what the lead's subject acts on is not thereby of its country
        ("The Spanish foreign minister met the delegates on Tuesday.", "delegates"),
        # a country the lead is against is not the story's
        ("Protesters chanted anti-Swedish slogans outside the embassy.", "Protesters"),
    ],
)
def test_the_leads_object_and_a_country_opposed_take_no_country(text: str, agent: str) -> None:
    assert _countries(text).get(agent) is None


def test_a_gang_is_not_placed_by_the_lead() -> None:
    # Gangs and rebels are as often the other side's: the lead does not place them.
    found = _countries(
        "Peruvian police said on Monday that cartels had moved cocaine through the port."
    )
    assert found.get("cartels") is None
