"""An object pronoun of a second verb ("... and handed them over") fills the object an
entry asks for with the noun it stands for, the first verb's object. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    "text",
    [
        "Georgia pardoned two Russian soldiers and handed them over to Moscow on Friday.",
        "Eritrea freed four Ethiopian captives and handed them over to Addis Ababa.",
        "Ukraine captured a Russian soldier and handed him over to the Red Cross.",
    ],
)
def test_captives_handed_over_are_freed_not_extradited(text: str) -> None:
    found = events_by_country(text)
    assert not any(kind == "COOPERATE" for kind, *_ in found), found


def test_suspects_handed_over_stay_judicial_cooperation() -> None:
    found = events_by_country(
        "Kenyan police arrested three Ugandan suspects and handed them over to Kampala."
    )
    assert ("COOPERATE", "asserted", "KEN", "UGA") in found
