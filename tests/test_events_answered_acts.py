"""An act named as what a party answers ("vowed revenge for the killing of its
commander", "vowed to avenge the bombing"): the party answering did not do it, so it is
no act of theirs; the vow itself stays a threat. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Iran vowed revenge against Israel for the killing of its general in Beirut.",
         ("THREATEN", "asserted", "IRN", "ISR")),
        ("The Houthis vowed retaliation against the United States for the bombing of "
         "their port.", ("THREATEN", "asserted", "YEM", "USA")),
        ("Syria promised a harsh response to Turkey for the shelling of its border posts.",
         ("THREATEN", "asserted", "SYR", "TUR")),
    ],
)  # fmt: skip
def test_the_act_answered_is_not_the_answerers(
    text: str, threat: tuple[str, str, str, str]
) -> None:
    found = events_by_country(text)
    assert threat in found
    assert not any(e[0] == "ASSAULT" and e[2] == threat[2] for e in found)


def test_an_act_avenged_is_neither_the_avengers_nor_aimed_at_its_victims() -> None:
    text = "Nigeria's army vowed to avenge the killing of 12 soldiers in Borno."
    assert not any(e[2] == e[3] == "NGA" for e in events_by_country(text))
