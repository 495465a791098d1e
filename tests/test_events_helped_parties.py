"""A purpose clause "to help X" names whom a gift or a sending of forces is for: aid to X.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Germany pledged 120 million euros to help Jordan cope with the cost of hosting "
         "refugees.", ("AID", "DEU", "JOR")),
        ("Brazil sent four firefighting aircraft and 40 specialists to help Bolivia battle "
         "wildfires.", ("AID", "BRA", "BOL")),
        ("Rwanda sent 1,000 troops to help Mozambique fight insurgents in the north.",
         ("AID", "RWA", "MOZ")),
        # the owner of what the clause's verb acts on
        ("Qatar pledged $300 million to help rebuild Lebanon's power stations.",
         ("AID", "QAT", "LBN")),
        ("Norway gave 40 million crowns to help restore Somalia's water network.",
         ("AID", "NOR", "SOM")),
    ],
)  # fmt: skip
def test_help_names_the_recipient(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_help_for_ones_own_forces_is_no_aid() -> None:
    found = dyads("Russia deployed troops to help its own border guards.", by="country")
    assert not any(kind == "AID" for kind, _, _ in found), found
