"""A court that annuls or judges unlawful an act of state judges whoever made it: the
measure's owner where the text names one, else the court's own government. A court
abroad, or an act that is no measure of the state, names no government."""

from __future__ import annotations

import pytest

from event_dyads import dyads, events_by_country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "PRETORIA — South Africa's Constitutional Court on Friday struck down a presidential "
            "decree that shut community radio stations.",
            "ZAF",
        ),
        (
            "ANKARA — Turkey's top administrative court overturned the curfew order in the "
            "eastern provinces.",
            "TUR",
        ),
        (
            "LIMA — Peru's Constitutional Tribunal annulled a regulation that let police detain "
            "journalists without a warrant.",
            "PER",
        ),
        (
            "NAIROBI — Kenya's High Court ruled on Monday that the ban on street vendors was "
            "unconstitutional.",
            "KEN",
        ),
    ],
)
def test_a_court_annulling_an_act_of_state_accuses_its_government(text: str, country: str) -> None:
    found = events_by_country(text)
    assert ("ACCUSE", "asserted", country, country) in found, found


def test_the_measures_named_maker_is_the_one_judged() -> None:
    coded = events_by_country(
        "BRASILIA — Brazil's Supreme Court struck down the Argentine government's ban on "
        "Brazilian beef imports at the border crossing."
    )
    assert ("ACCUSE", "asserted", "BRA", "ARG") in coded, coded
    assert all(target != "BRA" for t, _, _, target in coded if t == "ACCUSE"), coded


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI — Kenya's High Court ruled on Friday that the nurses' strike was illegal.",
        "MANILA — A Philippine court overturned the conviction of a radio journalist.",
    ],
)
def test_no_government_is_judged_for_an_act_that_is_no_measure_of_the_state(text: str) -> None:
    found = dyads(text)
    assert not any(target and target.endswith("authorities") for _, _, target in found), found
