"""An amount given, read by what its "in" phrase says it is: "$200 million in credit" is
economic aid as "a $200 million credit" is; an amount of anything else is no aid."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Qatar will provide about $200 million in credit to Jordan.", ("QAT", "JOR")),
        ("Denmark provided 30 million euros in financing to Moldova.", ("DNK", "MDA")),
        ("Norway said it would provide $12 million in cash to Malawi.", ("NOR", "MWI")),
    ],
)
def test_an_amount_in_a_kind_of_money_is_aid(text: str, dyad: tuple[str, str]) -> None:
    assert ("AID", *dyad) in dyads(text, by="country")


def test_an_amount_of_something_no_entry_gives_is_no_aid() -> None:
    found = dyads("Peru will provide $3 million in fees to Chile's lawyers.", by="country")
    assert not any(kind == "AID" for kind, _, _ in found)
