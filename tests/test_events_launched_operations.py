"""An operation launched against a party is the use of force it names; one launched
with no one to fall on (a rescue, a search) is no attack."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Colombian troops launched a ground operation against ELN guerrillas in Arauca.",
            ("COL", "COL"),
        ),
        (
            "Turkey launched a cross-border operation against PKK militants in the mountains.",
            ("TUR", "TUR"),
        ),
        (
            "Nigerian soldiers launched a military operation against Boko Haram fighters "
            "near the lake.",
            ("NGA", "NGA"),
        ),
    ],
)
def test_an_operation_launched_against_a_party_is_an_assault(
    text: str, dyad: tuple[str, str]
) -> None:
    assert ("ASSAULT", "asserted", *dyad) in events_by_country(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mexican police launched a rescue operation after the kidnapping.",
        "Greek coast guards launched a search operation off Crete on Tuesday.",
        "The UN launched a humanitarian operation into Gaza on Monday.",
        "Kenya launched an evacuation operation at its border with Sudan.",
    ],
)
def test_an_operation_with_no_one_to_fall_on_is_no_assault(text: str) -> None:
    assert not any(t == "ASSAULT" for t, *_ in events_by_country(text))
