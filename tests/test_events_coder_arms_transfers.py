"""Arms handed from one state to another are military AID, whether a verb says it or a
noun for the handing over does ("the transfer of arms to X", "weapons deliveries to X")."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Iran has supplied Russia with drones, officials said.", ("AID", "IRN", "RUS")),
        ("Officials said Belarus shipped artillery shells to Russia.", ("AID", "BLR", "RUS")),
        ("Officials condemned North Korea's transfer of arms to Russia.", ("AID", "PRK", "RUS")),
        ("The United States resumed the supply of missiles to Ukraine.", ("AID", "USA", "UKR")),
        ("Germany halted arms deliveries to Turkey.", ("SANCTION", "DEU", "TUR")),
    ],
)
def test_arms_handed_over_are_military_aid(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_goods_other_than_arms_stay_trade() -> None:
    found = dyads("Brazil shipped soybeans to China on Monday.", by="country")
    assert not any(kind == "AID" for kind, _, _ in found)


def test_relief_delivered_is_humanitarian_aid() -> None:
    text = "Qatar delivered fuel to Gaza through the Rafah crossing."
    assert ("AID", "QAT", "PSE") in dyads(text, by="country")
