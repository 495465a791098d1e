"""An exercise or drill a verb of its doers puts on ("the navy launched three days of
drills", "troops began exercises") took place and stands alone as a show of force; held
at home it addresses no one, and held by the forces of several countries together it is
military cooperation among them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads, events_by_country


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("TEHRAN (Reuters) - Iran's navy launched three days of drills in the Gulf of Oman "
         "on Saturday.", "IRN"),
        ("TASHKENT (AP) - Some 5,000 Uzbek troops began week-long exercises near the city of "
         "Termez on Monday.", "UZB"),
        ("BEIJING (Reuters) - China's army conducted live-fire drills on Tuesday.", "CHN"),
    ],
)  # fmt: skip
def test_a_staged_exercise_is_a_show_of_force_addressed_to_no_one(text: str, source: str) -> None:
    found = [(s, o) for t, _, s, o in events_by_country(text) if t == "MOBILIZE"]
    assert found == [(source, None)], found


@pytest.mark.parametrize(
    "text",
    [
        "Police said the drills held last year had gone well.",
        "Officials described the exercises as routine.",
    ],
)
def test_an_exercise_only_named_is_no_event(text: str) -> None:
    assert not any(t == "MOBILIZE" for t, _, _, _ in events_by_country(text))


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The United States, South Korea and Japan began a three-day air exercise on "
         "Wednesday.", {("USA", "KOR"), ("USA", "JPN")}),
        ("Indian, Australian and Japanese warships began naval exercises in the Bay of "
         "Bengal.", {("IND", "AUS"), ("IND", "JPN")}),
        ("French and Egyptian warships launched ten days of naval exercises in the "
         "Mediterranean.",
         {("FRA", "EGY")}),
    ],
)  # fmt: skip
def test_an_exercise_of_several_countries_is_cooperation_among_them(
    text: str, pairs: set[tuple[str, str]]
) -> None:
    found = {frozenset((s, o)) for t, s, o in dyads(text, by="country") if t == "COOPERATE"}
    assert {frozenset(p) for p in pairs} <= found, found
