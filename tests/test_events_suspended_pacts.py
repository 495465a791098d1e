"""Suspending ties, a pact or a deal with a party is a sanction on it (CAMEO 160), as
suspending talks or a treaty is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Turkey suspended all trade ties with Israel on Thursday.", ("SANCTION", "TUR", "ISR")),
        ("Niger suspended its defence pact with France.", ("SANCTION", "NER", "FRA")),
        ("Mali suspended the gas deal with Algeria after the border row.",
         ("SANCTION", "MLI", "DZA")),
    ],
)  # fmt: skip
def test_a_suspended_pact(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")
