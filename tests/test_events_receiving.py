"""Receiving, the other side of giving: "received weapons from X" is X's AID to the
receiver; a leader who "received the ambassador" hosts a visit (CAMEO RECEIVE rows)."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Ukraine received a fresh batch of Patriot interceptors from Germany on Friday.",
         ("AID", "DEU", "UKR")),
        ("Egypt received a new loan from the IMF in March.", ("AID", "IGO", "EGY")),
        ("Armenia received artillery shells from India last year.", ("AID", "IND", "ARM")),
        ("Kenyan President William Ruto received the Ugandan ambassador in Nairobi.",
         ("CONSULT", "KEN", "UGA")),
    ],
)  # fmt: skip
def test_receiving_codes_the_giver_or_the_host(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_receiving_a_letter_is_no_aid() -> None:
    found = dyads("Kyiv received a letter from the Hungarian government.", by="country")
    assert not any(kind == "AID" for kind, _, _ in found)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Indian Prime Minister Narendra Modi received Mauritian Prime Minister Navin "
         "Ramgoolam in New Delhi on Monday.", ("CONSULT", "IND", "MUS")),
        ("President Emmanuel Macron received Volodymyr Zelensky at the Elysee Palace.",
         ("CONSULT", "FRA", "UKR")),
        ("Turkish President Recep Tayyip Erdogan received Viktor Orban in Ankara.",
         ("CONSULT", "TUR", "HUN")),
    ],
)  # fmt: skip
def test_a_host_receives_a_named_visitor(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_person_named_as_the_sender_is_no_visitor() -> None:
    found = dyads("President Emmanuel Macron received a letter from Volodymyr Zelensky.",
                  by="country")  # fmt: skip
    assert not any(kind == "CONSULT" for kind, _, _ in found)


def test_a_person_handed_over_is_no_visitor() -> None:
    found = dyads("Israel received Omer Cohen from Hamas on Monday.", by="country")
    assert not any(kind == "CONSULT" for kind, _, _ in found)
