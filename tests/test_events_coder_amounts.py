"""An event noun measured by an amount ("$100 million in aid", "500 tonnes of food aid")
takes its parties from the clause that governs the amount."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Japan pledged $100 million in aid to Ukraine.", ("AID", "JPN", "UKR")),
        ("The EU sent 500 tonnes of food aid to Gaza.", ("AID", "IGO", "PSE")),
        ("Norway gave 40 million euros in assistance to Moldova.", ("AID", "NOR", "MDA")),
    ],
)
def test_an_amount_of_aid_is_aid_from_the_giver(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_an_amount_with_no_event_noun_is_no_event() -> None:
    assert dyads("Japan spent $100 million in Ukraine on new offices.", by="country") == set()


def test_the_recipient_of_a_thing_given_is_the_target() -> None:
    text = "Britain's donation of tanks to Ukraine drew praise in Kyiv."
    assert ("AID", "GBR", "UKR") in dyads(text, by="country")
