"""Police, prisons, courts, a state's "authorities" and "security forces" act inside their
own state: the unnamed people they act on ("14 suspects", "dozens of students", "two
activists", "an opposition leader"), when the text places them nowhere else, are of the
force's country. Armies and border guards, which act as often on foreigners, give their
country to no one this way."""

from __future__ import annotations

import pytest

from event_dyads import dyads
from eventwire.pipeline import code_text
from eventwire.records import Actor, CodedArticle


def _actors(text: str) -> dict[str, Actor]:
    coded = code_text(text, published="2024-06-01")
    assert isinstance(coded, CodedArticle)
    return {a.name.lower(): a for a in coded.actors}


@pytest.mark.parametrize(
    ("text", "people", "country"),
    [
        ("Kenyan police arrested 14 suspects on Monday.", "suspects", "KEN"),
        ("Malawian police fired tear gas at protesters outside the stadium.", "protesters", "MWI"),
        ("Tanzanian police charged three journalists with sedition.", "journalists", "TZA"),
        ("A Zambian court sentenced two activists to five years in prison.", "activists", "ZMB"),
        ("Bolivian police detained 30 miners near the mine.", "miners", "BOL"),
        ("Chadian police fired tear gas at dozens of smugglers.", "smugglers", "TCD"),
        ("Algerian authorities detained a journalist at the airport.", "journalist", "DZA"),
        ("Nicaraguan authorities jailed a bishop and two priests.", "priests", "NIC"),
        ("Ethiopian security forces arrested 40 students in a dawn raid.", "students", "ETH"),
    ],
)
def test_the_people_a_home_force_acts_on_are_of_its_country(
    text: str, people: str, country: str
) -> None:
    actor = _actors(text)[people]
    assert (actor.country, actor.country_how) == (country, "phrase")


def test_the_act_is_coded_between_the_force_and_its_people() -> None:
    assert ("COERCE", "KEN", "KEN") in dyads(
        "Kenyan police arrested 14 suspects on Monday.", by="country"
    )


def test_a_verb_coordinated_with_the_forces_verb_shares_its_subject() -> None:
    actor = _actors("Peruvian police stopped and searched six smugglers at dawn.")["smugglers"]
    assert (actor.country, actor.country_how) == ("PER", "phrase")


@pytest.mark.parametrize(
    "text",
    [
        # An army acts abroad as often as at home.
        "Nigerian troops killed 12 militants in a raid on a camp.",
        # The people come before the force: nothing the force did places them.
        "Fourteen suspects were seen by Kenyan police on Monday.",
    ],
)
def test_no_home_force_acting_on_them_places_no_one(text: str) -> None:
    actors = _actors(text)
    assert any(a.kind == "group" and a.country in {"NGA", "KEN"} for a in actors.values())
    # The people are left unplaced: no actor at all, as an unplaced group noun is.
    assert not ({"militants", "12 militants", "suspects", "fourteen suspects"} & set(actors))


def test_a_dateline_places_them_first() -> None:
    text = "KAMPALA, Uganda (AP) — Kenyan police arrested 14 suspects on Monday."
    actor = _actors(text)["suspects"]
    assert (actor.country, actor.country_how) == ("UGA", "dateline")


def test_a_place_in_the_text_still_comes_first() -> None:
    actor = _actors("Kenyan police arrested 14 suspects in Kampala on Monday.")["suspects"]
    assert actor.country == "UGA"
