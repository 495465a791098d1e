"""A call on "all sides" or "all parties" goes to the two parties of the dispute the story
has just told, as a call on "both sides" does. With no such dispute told, no one is
named. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "caller", "parties"),
    [
        (
            "Armenian and Azerbaijani troops exchanged fire on Monday. Russia urged all "
            "sides to hold their fire.",
            "RUS",
            {"ARM", "AZE"},
        ),
        (
            "Israel and Hezbollah exchanged fire across the border overnight. France asked "
            "all parties to keep to the truce.",
            "FRA",
            {"ISR", "LBN"},
        ),
        (
            "India and Pakistan traded accusations over the attack. The United States "
            "urged all sides to avoid escalation.",
            "USA",
            {"IND", "PAK"},
        ),
    ],
)
def test_all_parties_are_the_parties_told(text: str, caller: str, parties: set[str]) -> None:
    asked = {tgt for k, _, src, tgt in events_by_country(text) if k == "REQUEST" and src == caller}
    assert asked == parties


def test_with_no_dispute_told_no_party_is_named() -> None:
    found = events_by_country("Russia urged all sides to hold their fire.")
    assert found == [("REQUEST", "asserted", "RUS", None)]
