"""An acceptance or a signing negated for what lies ahead ("will not sign", "would never
accept") is a refusal now, REJECT; a negated report of the past is no event. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The Danish prime minister said on Wednesday that Copenhagen would never accept "
         "Washington's offer to buy Greenland.", ("REJECT", "DNK", "USA")),
        ("Ukraine will not sign any deal with Russia that cedes territory, the president "
         "said.", ("REJECT", "UKR", "RUS")),
        ("Colombia's government will not accept the proposal from Venezuela, the foreign "
         "minister said.", ("REJECT", "COL", "VEN")),
    ],
)  # fmt: skip
def test_a_refusal_ahead_rejects(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_signing_that_did_not_happen_is_no_event() -> None:
    found = dyads("Hungary did not sign the joint statement with Ukraine on Monday.",
                  by="country")  # fmt: skip
    assert not any(kind in {"REJECT", "AGREE"} for kind, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Kenya's government said it would not be blackmailed by the opposition into "
         "calling early elections.", ("REJECT", "KEN", "KEN")),
        ("Serbia will never be intimidated by NATO, the defence minister said on Monday.",
         ("REJECT", "SRB", "IGO")),
        ("Cuba's foreign minister said Havana would not be pressured by Washington over the "
         "detained activists.", ("REJECT", "CUB", "USA")),
    ],
)  # fmt: skip
def test_not_yielding_to_pressure_rejects_the_presser(
    text: str, dyad: tuple[str, str, str]
) -> None:
    found = dyads(text, by="country")
    assert dyad in found, found
    assert not any(kind == "THREATEN" for kind, _, _ in found), found


def test_a_refusal_with_no_presser_named_answers_the_act_just_told() -> None:
    text = (
        "Washington doubled its tariffs on Brazilian steel on Monday. Brazil's trade "
        "ministry called the step unfair and said it would not be intimidated."
    )
    assert ("REJECT", "BRA", "USA") in dyads(text, by="country")


@pytest.mark.parametrize(
    "text",
    [
        # Pressure that worked, or that the past did not bring, is no refusal now.
        "The farmers' union was intimidated by the army into ending its blockade.",
        "Poland was not pressured by Brussels during the talks last year.",
    ],
)
def test_pressure_undergone_or_denied_for_the_past_is_no_refusal(text: str) -> None:
    assert not any(kind == "REJECT" for kind, _, _ in dyads(text, by="country")), text
