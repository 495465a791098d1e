"""A call to free people is made of whoever holds them: the doer of the arrest, seizure
or abduction the article told just before, not the people to be freed."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Iranian police arrested a French teacher in Tehran on Monday. France demanded "
         "her release.", ("REQUEST", "FRA", "IRN")),
        ("Belarus detained two Lithuanian truck drivers at the border. Vilnius called for "
         "the release of the drivers.", ("REQUEST", "LTU", "BLR")),
        ("Russia jailed an American reporter last year on spying charges. Washington "
         "again called for his release.", ("REQUEST", "USA", "RUS")),
    ],
)  # fmt: skip
def test_a_release_is_asked_of_the_holder(text: str, dyad: tuple[str, str, str]) -> None:
    found = dyads(text, by="country")
    assert dyad in found
    assert ("REQUEST", dyad[1], dyad[1]) not in found  # not of the people to be freed


def test_only_a_holding_act_makes_a_holder() -> None:
    # Aid to a place holds no one: its giver is not asked to free anybody.
    found = dyads(
        "Qatar sent food aid to Gaza on Monday. Germany called for the release of the hostages.",
        by="country",
    )
    assert not any(kind == "REQUEST" and tgt == "QAT" for kind, _, tgt in found)
    assert ("AID", "QAT", "PSE") in found
