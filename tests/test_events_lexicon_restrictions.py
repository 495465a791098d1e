"""Expelling people who are no envoys is deportation (COERCE 174, not the diplomatic
SANCTION of expelling diplomats), and a ban on a party, a movement or an outlet is a
restriction at home (COERCE 1722), not an embargo; suspending travel or visas for a
country's people is a sanction on it, and walking off the job is a strike. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Algeria has expelled more than 2,000 Nigerien migrants across the desert border "
         "since January.", ("COERCE", "DZA", "NER")),
        ("The junta in Burkina Faso expelled three French journalists on Monday.",
         ("COERCE", "BFA", "FRA")),
        ("Russia expelled two Estonian diplomats on Thursday.", ("SANCTION", "RUS", "EST")),
        ("Nicaragua's electoral council announced a ban on the country's main opposition "
         "party.", ("COERCE", "NIC", "NIC")),
        ("The EU imposed a ban on Russian oil imports.", ("SANCTION", "IGO", "RUS")),
    ],
)  # fmt: skip
def test_whom_the_measure_falls_on_decides(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The European Union suspended visa-free travel for Georgian officials.",
         ("SANCTION", "IGO", "GEO")),
        ("Canada suspended visas for Iranian students on Monday.", ("SANCTION", "CAN", "IRN")),
    ],
)  # fmt: skip
def test_suspended_travel_is_a_sanction(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_walking_off_the_job_is_a_strike() -> None:
    found = dyads("Tens of thousands of garment workers walked off the job in Bangladesh on "
                  "Wednesday.", by="country")  # fmt: skip
    assert ("PROTEST", "BGD", "BGD") in found, found
