"""Fleeing is a retreat only for armed bodies: rebels fleeing a town yield ground, where
civilians fleeing fighting or a deposed leader fleeing the capital do no political act.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    "text",
    [
        "The rebels fled the town of Bunia as Congolese troops advanced.",
        "M23 rebels fled Goma on Sunday as Congolese troops closed in.",
        "Houthi fighters fled the port of Hodeidah after Saudi air strikes.",
    ],
)
def test_armed_bodies_fleeing_retreat(text: str) -> None:
    assert any(k == "RETREAT" for k, *_ in events_by_country(text)), events_by_country(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Sudanese fled the fighting in Darfur to Chad.",
        "The former prime minister fled Dhaka for India in August.",
        "Villagers fled the town of Bunia as Congolese troops advanced.",
    ],
)
def test_civilians_or_a_fallen_leader_fleeing_do_not_retreat(text: str) -> None:
    assert not any(k == "RETREAT" for k, *_ in events_by_country(text)), events_by_country(text)
