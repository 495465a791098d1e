"""An invitation, to a meeting or to take part, is an intent to meet (CAMEO 036, CONSULT);
CAMEO never codes one as a request. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI (Reuters) — Kenya invited Uganda to talks on the border dispute.",
        "NAIROBI (Reuters) — Kenya has invited Uganda to a summit in Mombasa next week.",
        "NAIROBI (Reuters) — Kenya invited to the summit the leaders of Uganda and Tanzania.",
        "NAIROBI (Reuters) — Kenya invited Uganda to take part in the talks.",
    ],
)
def test_an_invitation_is_an_intent_to_meet_not_a_request(text: str) -> None:
    found = dyads(text, by="country")
    assert ("CONSULT", "KEN", "UGA") in found
    assert not any(kind == "REQUEST" for kind, _, _ in found)
