"""What a vehicle carries decides what sending it is: planes loaded with tents are aid,
ships carrying troops a deployment; the recipient may hang on the vehicle or on the
participle. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        (
            "WELLINGTON — New Zealand sent two air force planes loaded with tents and "
            "medicine to Tonga.",
            "AID",
            "TON",
        ),
        (
            "NAIROBI — Kenya sent five trucks packed with food to South Sudan on Monday.",
            "AID",
            "SSD",
        ),
        ("ANKARA — Turkey sent three ships carrying troops to Libya.", "MOBILIZE", None),
    ],
)
def test_the_cargo_decides_the_sense_of_sending(text: str, kind: str, target: str | None) -> None:
    found = [(k, t) for k, _, _, t in events_by_country(text)]
    assert found and found[0][0] == kind
    if target is not None:
        assert (kind, target) in found


def test_an_empty_vehicle_keeps_its_own_sense() -> None:
    found = [
        k for k, _, _, _ in events_by_country("PARIS — France sent two navy ships to the Red Sea.")
    ]
    assert found == ["MOBILIZE"]
