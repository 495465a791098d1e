"""A refusal, said ahead, to meet or negotiate ("would not resume talks with X", "will not
hold talks with Y until ...") is a REJECT of the other party (CAMEO 125), not a negated
meeting. A meeting that simply did not happen stays a negated CONSULT. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Hamas said it would not resume talks with Israel.", "PSE", "ISR"),
        ("Azerbaijan will not hold talks with Armenia until the troops leave.", "AZE", "ARM"),
        ("Serbia said it would never negotiate with Kosovo's government.", "SRB", "XKX"),
    ],
)
def test_a_refusal_to_talk_rejects_the_other_side(text: str, source: str, target: str) -> None:
    assert events_by_country(text) == [("REJECT", "asserted", source, target)]


def test_a_meeting_that_did_not_happen_is_no_refusal() -> None:
    found = events_by_country("Japan did not meet China's envoy on Monday.")
    assert found == [("CONSULT", "negated", "JPN", "CHN")]
