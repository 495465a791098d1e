"""A move of forces with no addressee written is aimed at the foreign party whose act it
answers ("scrambled jets after Chinese aircraft approached its airspace") or that it is
sent to watch ("sent warships to shadow Chinese vessels"). A clause with no foreign doer
gives it none. Sentences written for these tests."""

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
        # the purpose it is sent for
        ("Taiwan sent warships to shadow Chinese vessels near the island.", "TWN", "CHN"),
    ],
)
def test_a_move_answers_the_foreign_act(text: str, mover: str, faced: str) -> None:
    found = [tgt for k, _, src, tgt in events_by_country(text) if k == "MOBILIZE" and src == mover]
    assert found == [faced]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya deployed troops to Lamu after heavy rains flooded the town.",
        "Nigeria deployed soldiers to Maiduguri after Nigerian gunmen attacked a market.",
    ],
)
def test_no_foreign_doer_no_addressee(text: str) -> None:
    found = [(src, tgt) for k, _, src, tgt in events_by_country(text) if k == "MOBILIZE"]
    assert all(tgt is None for _, tgt in found)
