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


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            # The object's doer is named: the warning is to them.
            "LAGOS, Nigeria (AP) — The army said it will not tolerate attacks on its bases "
            "by separatist gunmen.",
            "NGA",
            "NGA",
        ),
        (
            # A presence, not an act: whoever is to be kept out.
            "MOSCOW (AP) — The Kremlin said on Friday it would not tolerate NATO troops in "
            "Ukraine.",
            "RUS",
            "IGO",
        ),
        (
            # No doer named: the state warns its own people.
            "FREETOWN, Sierra Leone (AP) — The interior minister said the government would "
            "not tolerate violence during the vote count.",
            "SLE",
            "SLE",
        ),
        (
            # "no longer", and a phrasal verb.
            "CAIRO (AP) — Egypt's security chief warned that police would no longer put up "
            "with street rallies in the capital.",
            "EGY",
            "EGY",
        ),
    ],
)
def test_refusing_to_tolerate_an_act_warns_its_doers(text: str, source: str, target: str) -> None:
    events = events_by_country(text)
    assert ("THREATEN", "asserted", source, target) in events
    assert not [e for e in events if e[0] in {"REJECT", "ASSAULT", "PROTEST"}]


@pytest.mark.parametrize(
    "text",
    [
        # Put up with in the past, or said of others: no warning now.
        "CAIRO (AP) — Egypt's police did not tolerate street rallies last year.",
        "CAIRO (AP) — Egypt's police said they would tolerate street rallies in the capital.",
        # "stand for" an office is no putting up with anything
        "LONDON (AP) — The prime minister said he will not stand for re-election next year.",
    ],
)
def test_no_warning_without_a_refusal_ahead(text: str) -> None:
    assert not [e for e in events_by_country(text) if e[0] == "THREATEN"]


def test_a_warning_against_foreign_acts_is_not_to_the_speakers_people() -> None:
    """ "will not tolerate foreign interference": whoever would interfere is abroad, not
    the speaker's own people."""
    events = events_by_country(
        "BEIJING (AP) — China said it will not tolerate any foreign interference."
    )
    assert not [e for e in events if e[0] == "THREATEN" and e[3] == "CHN"], events
