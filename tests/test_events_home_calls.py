"""A call, demand, charge or denial by a country's own opposition, parties or civic groups
that names no addressee is made to that country's government, as a protest at home is.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("LUSAKA, Zambia — The main opposition party demanded a full recount on Thursday, "
         "two days after the presidential vote.", ("REQUEST", "ZMB", "ZMB")),
        ("Bolivia's largest opposition alliance rejected the results of Sunday's "
         "referendum.", ("REJECT", "BOL", "BOL")),
        ("TUNIS — Opposition leader Samir Ben Salah denied any role in the unrest and "
         "called for calm.", ("REJECT", "TUN", "TUN")),
        ("Kenyan human rights groups called for an independent inquiry into the deaths on "
         "Friday.", ("REQUEST", "KEN", "KEN")),
    ],
)  # fmt: skip
def test_a_civic_voice_with_no_addressee_addresses_its_government(
    text: str, dyad: tuple[str, str, str]
) -> None:
    found = dyads(text, by="country")
    assert dyad in found, found


@pytest.mark.parametrize(
    "text",
    [
        # A private person, or ordinary people, address no state.
        "NAIROBI — Farmers in the Rift Valley want better prices for their maize.",
        "The singer denied the allegations in a statement on Monday, her lawyer said.",
        # The speaker's own people are the ones addressed.
        "HARARE — The opposition leader urged his supporters to stay calm on Monday.",
        # A state body's call names whom it calls on, or no one.
        "NAIROBI — Kenya's interior ministry called for calm after the clashes.",
        # Words inside a quotation are addressed to the speaker's audience.
        'ACCRA — "We demand answers, and we will keep asking," opposition leader Kofi '
        "Boateng told supporters.",
    ],
)
def test_no_government_is_addressed_by_others(text: str) -> None:
    found = dyads(text, by="country")
    assert not any(s == t for _, s, t in found), found


def test_a_foreign_voice_addresses_no_one_at_the_dateline() -> None:
    text = ("CARACAS — Colombia's main opposition party demanded an explanation on "
            "Tuesday.")  # fmt: skip
    assert not any(t == "VEN" for _, _, t in dyads(text, by="country"))
