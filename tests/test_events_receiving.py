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
