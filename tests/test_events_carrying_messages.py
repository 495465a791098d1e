"""A message carries the act its kind names or its participle tells: "issued a statement
of support for X", "handed the envoy a note of protest accusing Y", "a statement signed
by the minister accused Z". Whoever issues, sends or signs the message does the act.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Argentina issued a statement of support for Venezuela's opposition.",
         ("SUPPORT", "ARG", "VEN")),
        ("The African Union issued a statement of solidarity with Sudan.",
         ("SUPPORT", "IGO", "SDN")),
        ("Peru handed Ecuador's ambassador a note of protest accusing Quito of hiding the "
         "spill.", ("ACCUSE", "PER", "ECU")),
        ("Chile sent Bolivia a letter of complaint accusing La Paz of blocking the road.",
         ("ACCUSE", "CHL", "BOL")),
        ("A statement signed by Kenya's foreign minister accused Somalia of harbouring "
         "militants.", ("ACCUSE", "KEN", "SOM")),
    ],
)  # fmt: skip
def test_the_sender_of_the_message_does_its_act(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_message_of_no_act_names_none() -> None:
    text = "Argentina issued a statement of accounts for Venezuela's lenders."
    assert not [d for d in dyads(text, by="country") if d[0] == "SUPPORT"]
