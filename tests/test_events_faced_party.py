"""A show of force or a pull-back that names no one it faces, by one of the story's two
principal countries, faces the other."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country

LEAD = (
    "Armenia accused Azerbaijan of shelling border villages on Monday. Azerbaijan "
    "rejected the charge and accused Armenia of provoking the clash. "
)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (LEAD + "Azerbaijan staged snap military drills on Tuesday.",
         ("MOBILIZE", "AZE", "ARM")),
        (LEAD + "Armenia put its army on high alert on Tuesday.", ("MOBILIZE", "ARM", "AZE")),
        (LEAD + "On Wednesday Armenia pulled its troops back from two hilltop positions.",
         ("RETREAT", "ARM", "AZE")),
    ],
)  # fmt: skip
def test_the_other_principal_is_faced(text: str, event: tuple[str, str, str]) -> None:
    found = {(kind, source, target) for kind, _, source, target in events_by_country(text)}
    assert event in found


def test_a_story_of_one_country_faces_no_one() -> None:
    text = "Chile's army began exercises in the Atacama desert on Tuesday, the ministry said."
    found = [e for e in events_by_country(text) if e[0] == "MOBILIZE"]
    assert all(target is None for _, _, _, target in found)


def test_a_third_country_faces_no_one() -> None:
    text = LEAD + "Russian troops began exercises in Armenia's north on Tuesday."
    found = [e for e in events_by_country(text) if e[0] == "MOBILIZE" and e[2] == "RUS"]
    assert all(target in {None, "ARM"} for _, _, _, target in found)
