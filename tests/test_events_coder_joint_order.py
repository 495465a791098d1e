"""In a joint act named by coordinated nationality words before one noun, the party named
first is the source ("Russian and North Korean leaders signed a treaty")."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Russian and North Korean leaders signed a treaty on Friday.", ("AGREE", "RUS", "PRK")),
        ("North Korean and Russian leaders signed a treaty on Friday.", ("AGREE", "PRK", "RUS")),
        ("Kenyan and Ugandan ministers met in Nairobi on Monday.", ("CONSULT", "KEN", "UGA")),
    ],
)
def test_the_first_named_party_of_a_joint_act_is_its_source(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")
