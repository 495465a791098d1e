"""Craft handed over are military aid as arms are (CAMEO's DELIVER * &AIRCRAFT, 072), and
money granted is economic aid; craft sent on their own stay a show of force. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Japan delivered 20 patrol boats to the Philippines on Monday.",
         ("AID", "JPN", "PHL")),
        ("The United States gave Ukraine four helicopters last month.",
         ("AID", "USA", "UKR")),
        ("South Korea shipped 18 armoured vehicles to Poland.", ("AID", "KOR", "POL")),
        ("China granted Cambodia 300 million dollars in development aid.",
         ("AID", "CHN", "KHM")),
        ("Kuwait granted Jordan a 500 million dollar loan.", ("AID", "KWT", "JOR")),
    ],
)  # fmt: skip
def test_handed_over_is_aid(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_craft_sent_to_a_sea_are_no_aid() -> None:
    found = dyads("Britain sent two warships to the Gulf.", by="country")
    assert not any(kind == "AID" for kind, _, _ in found), found


def test_a_court_granting_an_extension_is_no_aid() -> None:
    assert not dyads("The court granted the company an extension.")
