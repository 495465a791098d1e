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
