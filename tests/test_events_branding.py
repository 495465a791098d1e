"""Branding someone something ("branded X a traitor") accuses the one branded, whether
the parser reads them as the object or as the dative before the label. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("BEIJING — China branded the Taiwanese leader a separatist.", "CHN", "TWN"),
        ("CARACAS — Maduro branded Guaido a puppet of Washington.", "VEN", "VEN"),
        (
            "TEHRAN — Iran's supreme leader branded the American president a liar on Friday.",
            "IRN",
            "USA",
        ),
    ],
)
def test_the_one_branded_is_accused(text: str, source: str, target: str) -> None:
    assert ("ACCUSE", "asserted", source, target) in events_by_country(text)
