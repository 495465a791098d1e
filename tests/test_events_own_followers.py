"""A leader's or a party's word to its own following ("urged his supporters to stay calm",
"told its members to vote no") is no event between two parties; a call to another's
following, and force used on one's own, stay events. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    "text",
    [
        "LILONGWE — Opposition leader Grace Phiri urged her supporters to go home quietly.",
        "QUITO — President Daniel Noboa asked his supporters to stay off the streets on "
        "election day.",
        "ACCRA — Opposition leader John Mensah called on his supporters to respect the ruling.",
        "NAIROBI — The Kenyan Orange Democratic Movement asked its supporters to boycott the vote.",
    ],
)
def test_a_call_to_ones_own_following_is_no_event(text: str) -> None:
    assert not any(t == "REQUEST" for t, _, _ in dyads(text)), dyads(text)


def test_a_call_to_anothers_following_is_still_a_request() -> None:
    text = ("LILONGWE — President Peter Banda urged opposition leader Grace Phiri to restrain "
            "her supporters.")  # fmt: skip
    assert ("REQUEST", "Peter Banda", "Grace Phiri") in dyads(text)


def test_a_call_to_people_of_no_owner_is_unchanged() -> None:
    text = "QUITO — The interior minister urged protesters to leave the square by dusk."
    assert any(t == "REQUEST" for t, _, _ in dyads(text, by="country")), dyads(text)
