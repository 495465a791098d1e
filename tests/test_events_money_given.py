"""Money handed to another party is economic aid whichever giving verb carries it: an
amount ("30 million euros", "2 billion yen", "$45 million") or a word for funds as the
object of provide, allocate, earmark, disburse, give, pledge, offer or grant (the
``money`` class of ``object_classes.yaml``). Support that is money or relief ("financial
support", "humanitarian support") is aid too; support as a stance stays SUPPORT."""

from __future__ import annotations

import pytest

from event_dyads import dyads, events_by_country


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Norway will provide 30 million euros to Moldova.", ("AID", "NOR", "MDA")),
        ("Japan allocated 2 billion yen to Laos for new schools.", ("AID", "JPN", "LAO")),
        ("Canada earmarked $20 million for Haiti on Tuesday.", ("AID", "CAN", "HTI")),
        (
            "The World Bank disbursed the final tranche of its loan to Zambia.",
            ("AID", "IGO", "ZMB"),
        ),
        ("Qatar provided Sudan with $45 million in credit.", ("AID", "QAT", "SDN")),
    ],
)
def test_an_amount_handed_over_is_economic_aid(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_promised_amount_is_aid_intended() -> None:
    events = events_by_country("Norway will provide 30 million euros to Moldova.")
    assert ("AID", "intended", "NOR", "MDA") in events


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The EU announced new financial support for Chad.", ("AID", "IGO", "TCD")),
        ("Germany provided humanitarian support to Yemen.", ("AID", "DEU", "YEM")),
        ("Ireland approved budget support for Liberia.", ("AID", "IRL", "LBR")),
    ],
)
def test_support_that_is_money_or_relief_is_aid(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    "text",
    [
        "Germany voiced strong support for Yemen's new government.",
        "Kenya provided details of the plan to Uganda.",
        "Norway allocated more seats to its own delegates.",
        # An amount is read by its "in" phrase: fees are no aid.
        "Peru will provide $3 million in fees to Chile.",
    ],
)
def test_no_money_no_aid(text: str) -> None:
    assert not any(kind == "AID" for kind, _, _ in dyads(text, by="country"))
