""" "it" may stand for a body that a bare definite noun named: "The EU ... The bloc said it
would impose sanctions": "it" is the bloc, and the bloc is the EU. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The EU condemned the hack. The bloc said it would impose sanctions on Russia.",
         ("SANCTION", "IGO", "RUS")),
        ("NATO condemned the hack. The alliance said it would send experts to Estonia.",
         ("AID", "IGO", "EST")),
        ("The World Bank praised the reforms. The lender said it would lend $300 million to "
         "Zambia.", ("AID", "IGO", "ZMB")),
    ],
)  # fmt: skip
def test_it_carries_on_the_body_a_definite_noun_named(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")


def test_a_definite_noun_of_no_body_named_before_gives_it_no_referent() -> None:
    text = "The bloc said it would impose sanctions on Russia."
    assert not [d for d in dyads(text, by="country") if d[0] == "SANCTION"]
