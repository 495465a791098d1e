"""The doer of an act noun told as "the X of Y by Z", when the parser hangs "by Z" on Y
("the expulsion of three Algerian consular officials by France"). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The expulsion of three Algerian consular officials by France drew a swift rebuke "
         "from Algiers.", ("SANCTION", "FRA", "DZA")),
        ("The expulsion of two Lithuanian diplomats by Belarus was condemned by the EU.",
         ("ACCUSE", "IGO", "BLR")),
    ],
)  # fmt: skip
def test_the_doer_of_the_act_noun_or_its_condemnation(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")


def test_the_response_answers_that_doer() -> None:
    text = "The expulsion of three Algerian officials by France drew a rebuke from Algiers."
    assert ("ACCUSE", "DZA", "FRA") in dyads(text, by="country")
