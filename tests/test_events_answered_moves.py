"""A move of forces with no addressee written is aimed at the foreign party whose act it
answers: the act its "after" clause tells ("scrambled jets after Chinese aircraft
approached its airspace") or what was seen before it ("after spotting Russian drones"),
the party it is sent to watch ("sent warships to shadow Chinese vessels"), else the doer
of a foreign act on the mover told just before ("Azerbaijani forces shelled Armenian
villages. Armenia mobilised its reservists"). With no foreign doer told it names no one.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "mover", "faced"),
    [
        # the clause it answers: after / as / when
        (
            "Japan scrambled fighter jets on Tuesday after Chinese military aircraft "
            "approached its airspace.",
            "JPN",
            "CHN",
        ),
        (
            "South Korea put its troops on high alert after North Korea fired two "
            "ballistic missiles.",
            "KOR",
            "PRK",
        ),
        # what it saw before it moved
        (
            "Taiwan scrambled jets on Sunday after detecting 30 Chinese military aircraft "
            "near the island.",
            "TWN",
            "CHN",
        ),
        (
            "Poland scrambled fighter jets after spotting Russian drones over its territory.",
            "POL",
            "RUS",
        ),
        # the purpose it is sent for
        ("Taiwan sent warships to shadow Chinese vessels near the island.", "TWN", "CHN"),
        # a foreign act on the mover told in the sentence before
        (
            "Azerbaijani forces shelled Armenian villages on Sunday. Armenia mobilised its "
            "reservists on Monday.",
            "ARM",
            "AZE",
        ),
        (
            "Pakistani jets bombed Afghan border posts on Sunday. Afghanistan put its "
            "border units on alert.",
            "AFG",
            "PAK",
        ),
        (
            "Venezuelan troops seized a Guyanese police post near the border. Guyana put "
            "its army on high alert.",
            "GUY",
            "VEN",
        ),
    ],
)
def test_a_move_answers_the_foreign_act(text: str, mover: str, faced: str) -> None:
    found = [tgt for k, _, src, tgt in events_by_country(text) if k == "MOBILIZE" and src == mover]
    assert found == [faced]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya deployed troops to Lamu after heavy rains flooded the town.",
        "Chile scrambled two jets after a storm knocked out radar stations.",
        "Floods hit the coast on Monday. Kenya deployed troops to Lamu.",
        "Kenyan police arrested 40 protesters in Nairobi. Kenya deployed troops to the capital.",
    ],
)
def test_no_foreign_doer_no_addressee(text: str) -> None:
    found = [tgt for k, _, _, tgt in events_by_country(text) if k == "MOBILIZE"]
    assert found and all(tgt is None for tgt in found)
