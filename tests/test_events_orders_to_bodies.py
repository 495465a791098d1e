"""An order given to a body is a demand made of it; what the body is told to do is asked,
not done. Orders to one's own armed men, to crowds and to leave the country are other
events. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads, events_by_country


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("MANILA — President Rosa Dimaculangan ordered the health ministry to reopen the "
         "state hospitals on the southern islands by Friday.", ("REQUEST", "PHL", "PHL")),
        ("LUSAKA — Zambia's Constitutional Court directed the electoral commission to "
         "recount the ballots in two districts.", ("REQUEST", "ZMB", "ZMB")),
        ("ACCRA — Ghana's president instructed the Bank of Ghana to halt the sale of its "
         "gold reserves.", ("REQUEST", "GHA", "GHA")),
        ("NIAMEY — The junta ordered the French aid group Terre Solidaire to halt its work "
         "in the north.", ("REQUEST", "NER", "FRA")),
    ],
)  # fmt: skip
def test_an_order_to_a_body_is_a_demand_of_it(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_what_a_body_is_ordered_to_do_is_not_coded_as_done() -> None:
    text = ("NAIROBI — A Kenyan court ordered the government to release the detained "
            "activists.")  # fmt: skip
    coded = events_by_country(text)
    assert ("REQUEST", "asserted", "KEN", "KEN") in coded
    assert not any(kind == "CONCEDE" for kind, *_ in coded)


@pytest.mark.parametrize(
    "text",
    [
        "ABUJA — The president ordered troops to pull back from the two border villages.",
        "ABUJA — The governor ordered police to clear the road to the airport.",
        "ABUJA — The governor ordered residents of the flooded districts to stay indoors.",
        "ABUJA — The minister ordered a review of the contract.",
        "ABUJA — The court ordered the ambassador to leave the country within 48 hours.",
    ],
)  # fmt: skip
def test_orders_to_own_forces_crowds_or_to_leave_are_no_demand(text: str) -> None:
    assert not any(kind == "REQUEST" for kind, *_ in events_by_country(text))
