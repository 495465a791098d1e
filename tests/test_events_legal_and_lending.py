"""An arrest warrant issued for a party is legal action against it (CAMEO 173); lending
or financing suspended to a state is an economic sanction (CAMEO 162). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The International Criminal Court issued an arrest warrant for Vladimir Putin.",
         ("COERCE", "IGO", "RUS")),
        ("A Turkish court issued an arrest warrant for the Greek captain of the ferry.",
         ("COERCE", "TUR", "GRC")),
        ("Argentine judges issued arrest warrants against four Iranian officials.",
         ("COERCE", "ARG", "IRN")),
    ],
)  # fmt: skip
def test_a_warrant_is_legal_action(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The World Bank suspended new lending to Uganda over the law.",
         ("SANCTION", "IGO", "UGA")),
        ("The African Development Bank suspended financing for Guinea after the coup.",
         ("SANCTION", "IGO", "GIN")),
    ],
)  # fmt: skip
def test_suspended_lending_is_a_sanction(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")
