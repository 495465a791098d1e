"""A definite act noun points back first at an act told with the noun's own word
("Egypt offered to host talks ... welcomed the offer"), then at one of its kind; a noun
for an offer or a plan points at an offer, never at another deed told nearer. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Egypt offered to host talks with Ethiopia over the dam. Addis Ababa welcomed the "
         "offer.", ("SUPPORT", "ETH", "EGY")),
        ("Israel halted aid deliveries into Gaza on Sunday. Egypt condemned the policy.",
         ("ACCUSE", "EGY", "ISR")),
        ("Serbia expelled a Croatian diplomat on Monday. On Tuesday Hungary offered to "
         "mediate. Zagreb welcomed the offer.", ("SUPPORT", "HRV", "HUN")),
    ],
)  # fmt: skip
def test_the_noun_points_at_its_own_act(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_an_offer_is_no_other_deed() -> None:
    found = dyads("Serbia expelled a Croatian diplomat on Monday. Zagreb welcomed the offer.",
                  by="country")  # fmt: skip
    assert ("SUPPORT", "HRV", "SRB") not in found, found
