"""An act in a phrase of time or circumstance ("during a visit", "after talks") is a fact
of its own, not the content of the verb the phrase hangs on: a pledge made during a visit
promises the aid, not the visit. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Germany pledged new military aid to Ukraine during a visit by its chancellor "
         "to Kyiv.", ("CONSULT", "asserted", "DEU", "UKR")),
        ("Canada vowed to keep its trainers in Latvia during a visit by its defence "
         "minister to Riga.", ("CONSULT", "asserted", "CAN", "LVA")),
        ("Turkey vowed to keep its troops in Syria after talks with Damascus in Moscow.",
         ("CONSULT", "asserted", "TUR", "SYR")),
    ],
)  # fmt: skip
def test_the_circumstance_is_asserted(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in events_by_country(text)


def test_the_pledged_act_stays_intended() -> None:
    found = events_by_country("Germany pledged new military aid to Ukraine during a visit "
                              "by its chancellor to Kyiv.")  # fmt: skip
    assert ("AID", "intended", "DEU", "UKR") in found


def test_before_puts_the_act_ahead() -> None:
    found = events_by_country("Ukraine said it would not agree to a ceasefire before a "
                              "meeting with Putin.")  # fmt: skip
    assert not any(e[:2] == ("CONSULT", "asserted") for e in found), found


def test_a_denied_meeting_names_no_party_of_the_visit() -> None:
    # The visit happened, but not with those the clause says were not met.
    coded = code_text("Kenya's foreign ministry said the Ethiopian prime minister did not "
                      "meet opposition leaders during the two-day visit.",
                      published="2025-03-05")  # fmt: skip
    assert isinstance(coded, CodedArticle)
    met = [
        e.status
        for e in coded.events
        if e.type == "CONSULT" and e.target is not None and e.target.name == "opposition leaders"
    ]
    assert met == ["negated"], met
