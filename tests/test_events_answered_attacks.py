"""A move of forces with no addressee, told just after a foreign party's act against the
mover's country, answers that party: "Azerbaijani forces shelled Armenian villages.
Armenia mobilised its reservists" is MOBILIZE Armenia -> Azerbaijan. With no such act
told, it names no one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "mover", "faced"),
    [
        (
            "Azerbaijani forces shelled Armenian villages on Sunday. Armenia mobilised its "
            "reservists on Monday.",
            "ARM",
            "AZE",
        ),
        (
            "Chinese coast guard ships fired water cannon at a Philippine vessel on Monday. "
            "The Philippines put its navy on alert.",
            "PHL",
            "CHN",
        ),
        (
            "Venezuelan troops seized a Guyanese police post near the border. Guyana put "
            "its army on high alert.",
            "GUY",
            "VEN",
        ),
    ],
)
def test_the_move_answers_the_act_just_told(text: str, mover: str, faced: str) -> None:
    found = [tgt for k, _, src, tgt in events_by_country(text) if k == "MOBILIZE" and src == mover]
    assert found == [faced]


@pytest.mark.parametrize(
    "text",
    [
        "Floods hit the coast on Monday. Kenya deployed troops to Lamu.",
        "Kenyan police arrested 40 protesters in Nairobi. Kenya deployed troops to the capital.",
    ],
)
def test_no_foreign_act_told_no_addressee(text: str) -> None:
    found = [tgt for k, _, src, tgt in events_by_country(text) if k == "MOBILIZE"]
    assert found == [None]
