""" "Suspects" name the people an arrest or a charge is about: a party to the event, of the
article's country unless their phrase gives another. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the object of an arrest
        ("QUITO, Ecuador (AP) — Police arrested four suspects at a warehouse on Sunday.",
         ("COERCE", "ECU", "ECU")),
        # the subject of an agentless passive
        ("LUSAKA, Zambia (Reuters) — Five suspects were detained at the border on Monday.",
         ("COERCE", "ZMB", "ZMB")),
        # a nationality before them
        ("NAIROBI, Kenya (Reuters) — Kenyan police arrested two Somali suspects on Friday.",
         ("COERCE", "KEN", "SOM")),
    ],
)  # fmt: skip
def test_suspects_are_the_target_of_an_arrest(text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(text, by="country")
