"""A town or post taken in combat is taken from the side that held it: with no party in
the object, the side after "from" is the target. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Ukrainian forces recaptured the village from Russian troops on Sunday.",
         ("ASSAULT", "Ukrainian forces", "Russian troops")),
        ("BAMAKO, Mali (AP) — Malian soldiers have retaken the town of Ber from separatist "
         "rebels, the army said.", ("ASSAULT", "Malian soldiers", "separatist rebels")),
        ("Iraqi troops captured the bridge from Islamic State fighters.",
         ("ASSAULT", "Iraqi troops", "Islamic State")),
        ("Sudanese troops wrested control of the port from the Rapid Support Forces.",
         ("ASSAULT", "Sudanese troops", "Rapid Support Forces")),
    ],
)  # fmt: skip
def test_the_side_it_was_taken_from(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text)
