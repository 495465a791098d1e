"""A verb with a speech sense ("charge") that takes a that-clause and no object is a
claim: an accusation of the clause's subject, not the act of its other sense. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "ANKARA — Turkey charged that Greek forces had pushed migrants back across the river.",
            "TUR",
            "GRC",
        ),
        ("KAMPALA — The opposition charged that the army had beaten its supporters.", "UGA", "UGA"),
        (
            "BEIJING — China's foreign ministry charged that American warships had entered "
            "its territorial waters.",
            "CHN",
            "USA",
        ),
    ],
)
def test_charging_that_is_an_accusation(text: str, source: str, target: str) -> None:
    found = events_by_country(text)
    assert ("ACCUSE", "asserted", source, target) in found
    assert not [e for e in found if e[0] == "COERCE"]
