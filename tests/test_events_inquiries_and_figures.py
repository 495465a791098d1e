"""Words of conflict used for something else: questions put to a person, denials of what
one did, alerts about the weather, seizing on an idea; and prisoners swapped, warplanes
sent toward a rival. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads, events_by_country


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON — Senator Ted Cruz asked Tim Morrison about concerns within the agency.",
        "WASHINGTON — Police questioned John Smith for three hours on Monday.",
        "LOS ANGELES — Residents of Los Angeles County regularly face air quality alerts.",
        "NASHVILLE — Smith seized on something and the band decided to stay there.",
    ],
)
def test_no_event_is_read_into_other_senses(text: str) -> None:
    assert events_by_country(text) == []


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("WASHINGTON — Senator Ted Cruz asked Tim Morrison to resign.",
         ("REQUEST", "Ted Cruz", "Tim Morrison")),
        ("WASHINGTON — Senator Ted Cruz asked Tim Morrison for his resignation.",
         ("REQUEST", "Ted Cruz", "Tim Morrison")),
    ],
)  # fmt: skip
def test_asking_for_something_is_still_a_request(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text)


def test_a_denial_is_not_aimed_at_the_people_in_what_is_denied() -> None:
    text = "LONDON — The minister denied meeting Russian officials in Vienna."
    assert not [d for d in dyads(text, by="country") if d[0] == "REJECT" and d[2] == "RUS"]


@pytest.mark.parametrize(
    ("text", "dyads_wanted"),
    [
        ("MOSCOW — Russia and Ukraine swapped 90 prisoners of war on Friday.",
         {("CONCEDE", "RUS", "UKR"), ("CONCEDE", "UKR", "RUS")}),
        ("TAIPEI — China sent 30 warplanes toward Taiwan.", {("MOBILIZE", "CHN", "TWN")}),
        ("TAIPEI — Beijing sent two aircraft carriers towards the island of Taiwan.",
         {("MOBILIZE", "CHN", "TWN")}),
    ],
)  # fmt: skip
def test_swaps_and_sorties(text: str, dyads_wanted: set[tuple[str, str, str]]) -> None:
    assert dyads_wanted <= dyads(text, by="country")


@pytest.mark.parametrize(
    "text",
    [
        "DES MOINES — Senator Amy Klobuchar visited Nevada and Iowa this week.",
        "SANTA FE — American Airlines offered to fly the rescued dog to Portland.",
        "TORONTO — Brock Nelson won it when he fired a shot at Matt Murray.",
    ],
)
def test_travel_at_home_cargo_and_sport_are_no_events(text: str) -> None:
    assert not [e for e in events_by_country(text) if e[0] in {"CONSULT", "AGREE", "ASSAULT"}]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("NEW DELHI — Narendra Modi visited Moscow on Monday.", ("CONSULT", "IND", "RUS")),
        ("WASHINGTON — Antony Blinken flew to Cairo on Monday.", ("CONSULT", "USA", "EGY")),
    ],
)
def test_a_visit_abroad_is_still_a_visit(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    "text",
    [
        "OTTAWA — The Canadian Food Inspection Agency is warning people not to eat the chicken.",
        "SEOUL — Seoul's health ministry cautioned residents to stay indoors during the smog.",
    ],
)
def test_a_warning_that_gives_advice_is_no_threat(text: str) -> None:
    assert not [e for e in events_by_country(text) if e[0] == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("BEIJING — China warned the United States not to interfere.",
         ("THREATEN", "CHN", "USA")),
        ("WASHINGTON — Joe Biden warned Israel not to invade Rafah.", ("THREATEN", "USA", "ISR")),
    ],
)  # fmt: skip
def test_a_warning_against_an_act_still_threatens(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")
