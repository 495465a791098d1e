"""A state cutting the internet restricts its people's speech (COERCE); suspending the
activities of parties bans them; a legislature impeaching an official, or opening
proceedings against one, accuses them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Ethiopian authorities shut down the internet in the Tigray region on Tuesday.",
         ("COERCE", "ETH", "ETH")),
        ("Bangladesh's government cut mobile internet across Dhaka ahead of the opposition "
         "rally.", ("COERCE", "BGD", "BGD")),
        ("Niger's junta suspended the activities of all political parties on Wednesday.",
         ("COERCE", "NER", "NER")),
    ],
)  # fmt: skip
def test_restrictions_on_speech_and_parties(text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("South Africa's parliament impeached the police minister on Thursday.",
         ("ACCUSE", "ZAF", "ZAF")),
        ("QUITO, Ecuador — Ecuador's National Assembly voted to open impeachment "
         "proceedings against President Rafael Mena.", ("ACCUSE", "ECU", "ECU")),
        ("NAIROBI — Kenya's attorney general began legal proceedings against the "
         "health minister.", ("ACCUSE", "KEN", "KEN")),
    ],
)  # fmt: skip
def test_impeachment_accuses(text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(text, by="country")


def test_a_cable_cut_by_a_storm_is_no_coercion() -> None:
    found = dyads("A storm cut power and internet across southern Chile.", by="country")
    assert not any(kind == "COERCE" for kind, _, _ in found), found
