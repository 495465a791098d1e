"""A response an act draws, told with the act as the subject ("Kenya's rejection of the
plan drew criticism from Mogadishu"): the response is made by the one in its "from"
phrase to the act's doer, named in the act's own phrase. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Kenya's rejection of the Somali maritime proposal drew sharp criticism from the "
         "government in Mogadishu on Friday.", ("ACCUSE", "SOM", "KEN")),
        ("Japan's decision to release treated water drew condemnation from China.",
         ("ACCUSE", "CHN", "JPN")),
        ("Russia's expulsion of two Estonian diplomats drew a swift rebuke from Tallinn.",
         ("ACCUSE", "EST", "RUS")),
    ],
)  # fmt: skip
def test_the_response_answers_the_act_s_doer(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")
