"""A number's "of" phrase holds the people an act is done to, and the place they are
taken from hangs on them ("evacuated 800 of its nationals from Sudan"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("India evacuated more than 800 of its nationals from Sudan on Monday.",
         ("RETREAT", "IND", "SDN")),
        ("India evacuated 800 nationals from Sudan on Monday.", ("RETREAT", "IND", "SDN")),
        ("China evacuated hundreds of its citizens from Israel.", ("RETREAT", "CHN", "ISR")),
    ],
)  # fmt: skip
def test_the_place_left_is_the_target(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")
