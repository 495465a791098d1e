"""The common words of condemnation and bad faith ("an unprovoked escalation", "a cynical
stunt") accuse the doer of the act they name; words for falsehood ("disinformation", "a
hoax") reject the claim they name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LUSAKA (AP) — Malawian troops raided a Zambian customs station on Monday. Zambia "
            "called the raid an unprovoked escalation.",
            ("ACCUSE", "asserted", "ZMB", "MWI"),
        ),
        (
            "RIGA (AP) — Belarus expelled two Latvian diplomats on Friday. Latvia called the "
            "expulsion a cynical stunt.",
            ("ACCUSE", "asserted", "LVA", "BLR"),
        ),
        (
            "TUNIS (AP) — Libya accused Tunisia of sheltering the militia's commanders. "
            "Tunisia described the accusation as disinformation.",
            ("REJECT", "asserted", "TUN", "LBY"),
        ),
        (
            "TUNIS (AP) — Libya accused Tunisia of sheltering the militia's commanders. "
            "Tunisia called the claims a hoax.",
            ("REJECT", "asserted", "TUN", "LBY"),
        ),
    ],
)
def test_words_of_condemnation_and_falsehood(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in events_by_country(text)
