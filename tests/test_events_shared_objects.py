"""An object "them" of a verb coordinated with an earlier verb stands for that verb's
object, when a group names it ("arrested three journalists and accused them"); things
are no actors. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        (
            "ADDIS ABABA — Police arrested three journalists and accused them of spreading "
            "false information.",
            "journalists",
        ),
        (
            "COLOMBO — The navy detained 12 Indian fishermen on Sunday and accused them of "
            "poaching.",
            "Indian fishermen",
        ),
    ],
)
def test_them_is_the_object_of_the_first_verb(text: str, accused: str) -> None:
    assert any(kind == "ACCUSE" and target == accused for kind, _, target in dyads(text))


def test_them_standing_for_things_names_no_actor() -> None:
    found = dyads("KYIV — Ukrainian troops seized the rifles and destroyed them.")
    assert not [d for d in found if d[0] == "ASSAULT"]
