"""The partner of a deal, a talk or a shared file that the parser hangs on the topic's noun
("signed an agreement on energy security with Australia", "shared intelligence on the plot
with Belgium") is still the partner. A partner written on the verb is read as before.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("TOKYO — Japan signed an agreement on energy security with Australia.",
         ("AGREE", "JPN", "AUS")),
        ("PARIS — France shared intelligence on the bomb plot with Belgium.",
         ("COOPERATE", "FRA", "BEL")),
        ("ANKARA — Turkey signed a deal on grain exports with Ukraine on Friday.",
         ("AGREE", "TUR", "UKR")),
    ],
)  # fmt: skip
def test_a_partner_hung_on_the_topic_is_the_partner(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country"), dyads(text, by="country")


def test_a_partner_on_the_verb_is_read_as_before() -> None:
    found = dyads("DELHI — India discussed border security with Bangladesh.", by="country")
    assert ("CONSULT", "IND", "BGD") in found, found
