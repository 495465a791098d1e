"""A state's protest is a complaint lodged (ACCUSE, CAMEO 114), not a demonstration; a
crowd's protest of a policy took place and presses its own government. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("HANOI, Vietnam — Vietnam protested China's deployment of a survey ship near its "
         "coast.", ("ACCUSE", "VNM", "CHN")),
        ("SEOUL — South Korea protested to Tokyo over the new school textbooks.",
         ("ACCUSE", "KOR", "JPN")),
        ("The Estonian foreign ministry protested Russia's detention of a border guard on "
         "Friday.", ("ACCUSE", "EST", "RUS")),
        # what is protested "against" or "over", read for its doer
        ("MANILA — The Philippines protested on Tuesday against China's seizure of a "
         "fishing boat near the shoal.", ("ACCUSE", "PHL", "CHN")),
        ("ATHENS — Greece's foreign ministry protested strongly over Turkey's new naval "
         "map of the Aegean.", ("ACCUSE", "GRC", "TUR")),
    ],
)  # fmt: skip
def test_a_states_protest_is_an_accusation(text: str, dyad: tuple[str, str, str]) -> None:
    found = dyads(text, by="country")
    assert dyad in found
    assert not any(kind == "PROTEST" for kind, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # the object is the grievance
        ("LIMA, Peru — Thousands of teachers protested the pension reform on Monday.",
         ("PROTEST", "PER", "PER")),
        # a road blockade whose purpose is to protest a grievance
        ("ATHENS, Greece — Thousands of Greek farmers blocked highways to protest rising "
         "fuel costs.", ("PROTEST", "GRC", "GRC")),
    ],
)  # fmt: skip
def test_a_crowd_protesting_a_policy_presses_its_government(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")
