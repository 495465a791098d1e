"""An undertaking held jointly that no lexicon entry names ("began joint patrols", "set up
a joint venture with X") is material cooperation between its parties; one only planned
or described is not coded apart. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Peru and Ecuador began joint river patrols on the Putumayo on Monday to curb "
         "illegal logging.", ("COOPERATE", "PER", "ECU")),
        ("Mongolia opened a joint copper smelter with a Chinese state firm near Erdenet on "
         "Thursday.", ("COOPERATE", "MNG", "CHN")),
        ("Nigeria and Niger launched a joint operation against smugglers along their "
         "border.", ("COOPERATE", "NGA", "NER")),
        ("Ghana and Burkina Faso set up a bilateral commission on cross-border trade on "
         "Friday.", ("COOPERATE", "GHA", "BFA")),
    ],
)  # fmt: skip
def test_a_joint_undertaking_is_cooperation(text: str, dyad: tuple[str, str, str]) -> None:
    found = dyads(text, by="country")
    assert dyad in found, found


@pytest.mark.parametrize(
    "text",
    [
        # Planned: the agreement is the event, not a cooperation already under way.
        "Peru and Ecuador agreed on Monday to begin joint river patrols next year.",
        # Undone: the suspension is the event.
        "Nigeria suspended its joint patrols with Niger on Friday.",
        # A noun with no joint modifier is no undertaking.
        "Peru and Ecuador began river patrols on the Putumayo on Monday.",
    ],
)
def test_planned_undone_or_unshared_undertakings_are_no_cooperation(text: str) -> None:
    found = dyads(text, by="country")
    assert not any(kind == "COOPERATE" for kind, _, _ in found), found
