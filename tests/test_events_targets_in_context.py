"""A target whose country the coder only guessed from the article is placed by the event:
"the government" a country's own opposition or groups address is theirs, and people
the clause places are of the place's country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("WASHINGTON — Ecuadorian rights groups urged the government to respect due "
         "process.", ("REQUEST", "ECU", "ECU")),
        ("BRUSSELS — Hungary's opposition accused the government of stifling the press.",
         ("ACCUSE", "HUN", "HUN")),
        ("MADRID — Moroccan police arrested 12 suspected smugglers in Tangier on Monday.",
         ("COERCE", "MAR", "MAR")),
    ],
)  # fmt: skip
def test_a_guessed_target_is_placed_by_the_event(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_foreign_voice_leaves_the_government_where_it_was() -> None:
    """A foreign civilian (an archbishop visiting) criticising "the government" of the
    story's country does not make it his own."""
    text = (
        "LONDON — Archbishop Desmond Tutu of South Africa criticised the government over "
        "detentions without trial."
    )
    assert ("ACCUSE", "ZAF", "ZAF") not in dyads(text, by="country")
