"""A show of force held jointly ("joint air drills", "combined exercises with X") is
military cooperation between the partners (CAMEO 062, PLOVER COOPERATE); alone it is
still a MOBILIZE toward whoever it is aimed at."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("South Korean and U.S. fighter jets staged a joint air drill over the Yellow Sea.",
         ("COOPERATE", "KOR", "USA")),
        ("Japan held joint naval exercises with the Philippines in the South China Sea.",
         ("COOPERATE", "JPN", "PHL")),
        ("The Indian navy conducted joint exercises on Monday with the French navy.",
         ("COOPERATE", "IND", "FRA")),
        ("Russia and Belarus began combined exercises near the Polish border.",
         ("COOPERATE", "RUS", "BLR")),
    ],
)  # fmt: skip
def test_joint_exercises_are_cooperation_between_the_partners(
    text: str, dyad: tuple[str, str, str]
) -> None:
    found = dyads(text, by="country")
    assert dyad in found
    assert not any(kind == "COOPERATE" and tgt == "POL" for kind, _, tgt in found)


def test_drills_of_one_state_stay_a_show_of_force() -> None:
    assert ("MOBILIZE", "CHN", "TWN") in dyads(
        "China launched military drills around Taiwan on Monday.", by="country"
    )
