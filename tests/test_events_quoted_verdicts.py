"""A verdict after its object may stand in quotation marks ("called the claim "false""):
the quotation mark does not hide that the word after the noun is the predicate, not an
adjective of the noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ('Niger\'s junta called the French accusation "false and dangerous".',
         ("REJECT", "NER", "FRA")),
        ('Kenya\'s interior ministry called the Somali claim "baseless and absurd".',
         ("REJECT", "KEN", "SOM")),
        ('Peru\'s foreign minister called the Chilean decision "unacceptable and hostile".',
         ("ACCUSE", "PER", "CHL")),
    ],
)  # fmt: skip
def test_a_quoted_verdict_after_its_object_is_read(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_quoted_adjective_before_the_noun_is_no_verdict() -> None:
    text = 'Peru\'s foreign minister called the "hostile" Chilean decision a matter for the courts.'
    assert not any(kind == "ACCUSE" for kind, _, _ in dyads(text, by="country"))
