"""A state does not condemn, welcome or reject its own act: a definite act noun ("the
deployment", "the drills") said by one of a state's arms points back past the acts of its
other arms to another party's. A country's opposition still condemns its government's
acts. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # the state's own army acted last; the president condemns the other side's act
        ("Venezuelan troops massed near the border with Guyana on Sunday. Guyana's army "
         "deployed extra units to the area. Guyana's president condemned the deployment.",
         ("ACCUSE", "GUY", "VEN")),
        # the other side's act is the nearest one: unchanged
        ("Chinese warships began drills near Japan's southern islands on Monday. Japan's "
         "defence ministry dispatched destroyers to the area. Japan's chief cabinet "
         "secretary condemned the drills.", ("ACCUSE", "JPN", "CHN")),
        # an opposition party is no arm of the state
        ("Police in Lagos shot dead three protesters on Monday. Nigeria's main opposition "
         "party condemned the killings.", ("ACCUSE", "NGA", "NGA")),
    ],
)  # fmt: skip
def test_a_state_condemns_another_partys_act(text: str, dyad: tuple[str, str, str]) -> None:
    found = dyads(text, by="country")
    assert dyad in found, found
