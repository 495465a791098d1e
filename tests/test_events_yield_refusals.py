"""A refusal to give way, said of what the speaker will do ("would not bow to pressure",
"will never give in"), is a REJECT of whoever presses: the party the clause names, else
the one whose demand or threat it answers. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "HANOI (AP) — Beijing threatened on Monday to cut rice imports from Vietnam. "
            "Vietnam said it would not give in to such threats.",
            "VNM",
            "CHN",
        ),
        (
            "MINSK (AP) — The European Union demanded on Tuesday that Belarus free the "
            "jailed reporters. Belarus said it would never bow to outside pressure.",
            "BLR",
            "IGO",
        ),
        (
            "NAIROBI, Kenya (AP) — Kenya's trade minister said Kenya would not yield to "
            "Uganda on the sugar quotas.",
            "KEN",
            "UGA",
        ),
    ],
)
def test_a_refusal_to_give_way_rejects_the_presser(text: str, source: str, target: str) -> None:
    assert ("REJECT", "asserted", source, target) in events_by_country(text)


@pytest.mark.parametrize(
    "text",
    [
        # What did not happen, and a yes, are no refusals.
        "ACCRA, Ghana (AP) — The IMF urged Ghana to cut power subsidies. Ghana did not "
        "accept the terms last year.",
        "ACCRA, Ghana (AP) — The IMF urged Ghana to cut power subsidies. Ghana said it "
        "would accept the terms.",
    ],
)
def test_no_refusal_without_a_negated_future(text: str) -> None:
    assert not [e for e in events_by_country(text) if e[0] == "REJECT"]
