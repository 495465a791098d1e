"""Blame laid in words other than "accuse": a party said to be one that "must be held
accountable" or that "bears responsibility" for a harm, and an act named a crime with the
name hung by the parser on the last noun of the act's phrase. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Afghanistan said on Monday that Pakistan must be held accountable for the air "
         "raid on Khost.", ("ACCUSE", "AFG", "PAK")),
        ('"Moscow bears full responsibility for this escalation," Lithuania\'s foreign '
         "minister said.", ("ACCUSE", "LTU", "RUS")),
        ("Sudan said Chad would bear the blame for any attack launched from its soil.",
         ("ACCUSE", "SDN", "TCD")),
        ("Lebanon's president called the Israeli drone strike on a village market near "
         "Tyre a massacre.", ("ACCUSE", "LBN", "ISR")),
        ("Kyiv's mayor called the Russian drone attack on a city power station a war crime.",
         ("ACCUSE", "UKR", "RUS")),
    ],
)  # fmt: skip
def test_blame_laid(text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(text, by="country")


def test_a_duty_is_no_blame() -> None:
    found = dyads("Peru's minister said Bolivia bears responsibility for the upkeep of the "
                  "shared highway.", by="country")  # fmt: skip
    assert not any(kind == "ACCUSE" for kind, _, _ in found), found
