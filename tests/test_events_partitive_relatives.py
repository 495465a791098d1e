""" "Some of whom", "many of whom": a part of the people a relative clause describes is
the doer of that clause, as they are. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Israeli forces fired tear gas at Palestinian demonstrators, some of whom threw "
         "rocks at the soldiers.", ("ASSAULT", "PSE", "ISR")),
        ("Kenyan police detained dozens of students, several of whom threw stones at the "
         "police.", ("ASSAULT", "KEN", "KEN")),
        ("Troops surrounded the Bolivian miners, many of whom attacked the soldiers with "
         "dynamite.", ("ASSAULT", "BOL", None)),
    ],
)  # fmt: skip
def test_the_part_acts(text: str, dyad: tuple[str, str, str | None]) -> None:
    found = dyads(text, by="country")
    assert any(d[:2] == dyad[:2] and (dyad[2] is None or d[2] == dyad[2]) for d in found), found
