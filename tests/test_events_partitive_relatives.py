""" "Some of whom", "many of whom": a part of the people a relative clause describes is
the doer of that clause, as they are. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Georgian riot police fired water cannon at opposition supporters, some of whom "
         "threw bottles at the police.", ("ASSAULT", "GEO", "GEO")),
        ("Kenyan police detained dozens of students, several of whom threw stones at the "
         "police.", ("ASSAULT", "KEN", "KEN")),
        ("Troops surrounded the Bolivian miners, many of whom attacked the soldiers with "
         "dynamite.", ("ASSAULT", "BOL", None)),
    ],
)  # fmt: skip
def test_the_part_acts(text: str, dyad: tuple[str, str, str | None]) -> None:
    found = dyads(text, by="country")
    assert any(d[:2] == dyad[:2] and (dyad[2] is None or d[2] == dyad[2]) for d in found), found
