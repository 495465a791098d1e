"""The object an entry asks for may be named inside an amount or a change: "cancelled
$300 million of Zambia's debt" cancels debt, "delayed a planned tariff increase" delays a
tariff. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # an amount whose "of" phrase is the debt
        ("France said it would cancel 200 million euros of Senegal's bilateral debt.",
         ("AID", "FRA", "SEN")),
        ("Germany wrote off $80 million of Malawi's debt on Thursday.",
         ("AID", "DEU", "MWI")),
        # a change in a measure named before it
        ("Washington will delay a planned tariff increase on Vietnamese shrimp by 60 days.",
         ("CONCEDE", "USA", "VNM")),
        ("India postponed a duty hike on Bangladeshi jute until March.",
         ("CONCEDE", "IND", "BGD")),
    ],
)  # fmt: skip
def test_the_object_inside_the_measure(text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(text, by="country")


def test_an_amount_of_something_else() -> None:
    """ "cancelled 300 tonnes of wheat purchases" is no debt relief."""
    found = dyads("Egypt cancelled 300,000 tonnes of wheat purchases from Ukraine.",
                  by="country")  # fmt: skip
    assert not any(kind == "AID" for kind, _, _ in found), found
