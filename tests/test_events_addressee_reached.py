"""An act that names no one, told by a purpose infinitive or a participle on the verb by
which its doer reached another party (summoned, handed a note to, wrote to, phoned:
``contact_verbs`` in ``framing.yaml``), is addressed to the party reached."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Kenya summoned Uganda's envoy on Friday, demanding that the troops leave.",
         ("REQUEST", "KEN", "UGA")),
        ("Peru handed a letter to the Chilean ambassador, demanding an explanation.",
         ("REQUEST", "PER", "CHL")),
        ("Tanzania wrote to the Rwandan government, urging restraint.",
         ("REQUEST", "TZA", "RWA")),
        ("Chile's president telephoned the Bolivian leader to express condolences.",
         ("SUPPORT", "CHL", "BOL")),
    ],
)  # fmt: skip
def test_the_party_reached_is_the_addressee(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_the_contact_itself_is_still_coded() -> None:
    found = dyads("Kenya summoned Uganda's envoy on Friday, demanding that the troops leave.",
                  by="country")  # fmt: skip
    assert ("ACCUSE", "KEN", "UGA") in found


@pytest.mark.parametrize(
    "text",
    [
        # Its own envoy is no other party.
        "Norway summoned its own ambassador home, demanding a full report.",
        # Troops sent somewhere reach no one: the border is no addressee.
        "Kenya deployed troops along the border on Monday, demanding a pullback.",
    ],
)
def test_no_other_party_reached_no_request(text: str) -> None:
    assert not any(kind == "REQUEST" for kind, _, _ in dyads(text, by="country"))


def test_force_is_not_addressed_to_the_party_reached() -> None:
    found = dyads("Russia delivered missiles to Syria to strike rebel positions.", by="country")
    assert ("AID", "RUS", "SYR") in found
    assert not any(kind == "ASSAULT" and target == "SYR" for kind, _, target in found)
