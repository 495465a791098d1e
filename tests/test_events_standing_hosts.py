"""Hosting told in the simple present is a standing relation, not a meeting: "Jordan hosts a
million refugees", "Qatar hosts a US air base". A meeting hosted is told in the past or
with its day. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    "text",
    [
        "Jordan hosts more than 600,000 Syrian refugees, the UN says.",
        "Qatar hosts a large US air base south of Doha.",
        "Djibouti hosts French, Japanese and Chinese military bases.",
    ],
)
def test_hosting_in_the_simple_present_is_no_meeting(text: str) -> None:
    assert not [d for d in dyads(text, by="country") if d[0] == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya hosted talks between Sudan's rival generals on Monday.",
        "Kenya hosts talks between Sudan's rival generals on Monday.",
        "Kenya will host talks between Sudan's rival generals.",
        # other words of a meeting told in the present are news
        "Kenya invites Sudan's president for a state visit.",
    ],
)
def test_a_meeting_hosted_is_still_coded(text: str) -> None:
    assert [d for d in dyads(text, by="country") if d[0] == "CONSULT"]
