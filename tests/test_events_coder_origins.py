"""A trade measure on goods hits the state the goods come from, however the parser
attaches the "from" phrase: to the goods or to the verb."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The European Commission imposed provisional tariffs on electric vehicles from "
         "China.", ("IGO", "CHN")),
        ("Canada banned imports of steel from China on Monday.", ("CAN", "CHN")),
        ("Indonesia imposed a levy on palm oil shipments from Malaysia.", ("IDN", "MYS")),
    ],
)  # fmt: skip
def test_a_measure_on_goods_hits_their_origin(text: str, dyad: tuple[str, str]) -> None:
    sanctions = [(s, t) for kind, _, s, t in events_by_country(text) if kind == "SANCTION"]
    assert dyad in sanctions


def test_a_diplomat_expelled_from_the_country_is_no_measure_against_it() -> None:
    # "from the country" is the expelling state itself: no sanction of itself.
    found = events_by_country("Kenya expelled two diplomats from the country on Friday.")
    assert all(s != t for kind, _, s, t in found if kind == "SANCTION")
