"""Two readings that follow the clause the act is told in. A measure said to be aimed or
designed at a goal is in place, only the goal being intended ("the tariffs are aimed at
cutting ..."). "It" said by a participle clause ("..., saying it would not ...") stands
for the subject of the verb the participle hangs on. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Washington's tariffs on Mexico are aimed at curbing migration.",
        "The minister said Canada's levy on Chinese steel is designed to protect jobs.",
    ],
)
def test_a_measure_aimed_at_a_goal_is_in_place(text: str) -> None:
    sanctions = [e for e in events_by_country(text) if e[0] == "SANCTION"]
    assert sanctions and all(status == "asserted" for _, status, _, _ in sanctions), sanctions


def test_a_planned_meeting_stays_intended() -> None:
    found = events_by_country("Talks between Serbia and Kosovo are expected to resume soon.")
    assert ("CONSULT", "intended", "SRB", "XKX") in found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Ethiopia's government rejected the offer, saying it would not negotiate with "
         "Eritrea.", ("REJECT", "asserted", "ETH", "ERI")),
        ("Israel dismissed the proposal, saying it would never sit down with Hamas.",
         ("REJECT", "asserted", "ISR", "PSE")),
        ("Venezuela's foreign ministry condemned the seizure, saying it would not talk "
         "with Washington.", ("REJECT", "asserted", "VEN", "USA")),
    ],
)  # fmt: skip
def test_it_after_a_participle_is_the_main_subject(
    text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in events_by_country(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("New U.S. tariffs on Mexico would be designed to curb migration.", "hypothetical"),
        ("Washington's tariffs on Mexico will be aimed at curbing migration.", "intended"),
    ],
)
def test_the_purpose_verbs_own_modal_still_counts(text: str, status: str) -> None:
    sanctions = [e for e in events_by_country(text) if e[0] == "SANCTION"]
    assert sanctions and all(s == status for _, s, _, _ in sanctions), sanctions
