"""An agreement named as the object of a preposition is one in force, not the act of
agreeing: "bound by the trade pact", "under the 2015 deal", "with this accord". Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    "text",
    [
        "Mexico and Canada are bound by a trade pact with the United States.",
        "Under the 2015 deal with Iran, France lifted its own sanctions on Iranian banks.",
        "With this accord, Serbia and Kosovo have shown their will to settle the dispute.",
    ],
)
def test_an_agreement_in_a_prepositional_phrase_is_no_agreeing(text: str) -> None:
    assert not any(k == "AGREE" for k, *_ in events_by_country(text)), events_by_country(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mexico signed a trade pact with the United States on Monday.",
        "Serbia and Kosovo reached an accord on licence plates on Friday.",
        "The agreement between Armenia and Azerbaijan was signed in Washington.",
        # entering "into" one is the act
        "Egypt entered into an agreement with Sudan on the Nile waters.",
    ],
)
def test_an_agreement_made_or_told_as_an_argument_stays_an_agreement(text: str) -> None:
    assert any(k == "AGREE" for k, *_ in events_by_country(text)), events_by_country(text)
