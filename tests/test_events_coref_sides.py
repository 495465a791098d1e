""" "Both sides" addressed by a clause are two parties named before it: never the
subject that a coordinated verb shares ("France and Germany called for a truce and urged
both sides ..."), nor a relief agency or a news outlet that stood between them.
Sentences written for these tests."""

from __future__ import annotations

from event_dyads import dyads


def test_not_the_shared_subject() -> None:
    found = dyads("France and Germany called for an immediate ceasefire in Sudan and urged "
                  "both sides to allow aid convoys through.", by="country")  # fmt: skip
    assert ("REQUEST", "FRA", "DEU") not in found and ("REQUEST", "DEU", "FRA") not in found


def test_the_parties_named_before() -> None:
    found = dyads("Fighting between Ethiopia and Eritrea spread along the border. France "
                  "and Germany called for a truce and urged both sides to talk.",
                  by="country")  # fmt: skip
    assert {("REQUEST", "FRA", "ETH"), ("REQUEST", "FRA", "ERI")} <= found, found


def test_a_relief_agency_is_no_side() -> None:
    found = dyads("Armenia and Azerbaijan swapped prisoners in a deal brokered by the Red "
                  "Cross. The US envoy welcomed the swap and urged both sides to keep "
                  "talking.", by="country")  # fmt: skip
    assert {("REQUEST", "USA", "ARM"), ("REQUEST", "USA", "AZE")} <= found, found
