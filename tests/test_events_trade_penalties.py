"""Penalties on another state's goods, whatever their name: tariffs, duties, levies,
surcharges, laid, slapped, raised or doubled. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Ottawa slapped a 10 percent surcharge on Chinese aluminium.",
         ("SANCTION", "CAN", "CHN")),
        ("Nigeria slapped new levies on South African cement.", ("SANCTION", "NGA", "ZAF")),
        ("Ankara doubled the surtax on American cars.", ("SANCTION", "TUR", "USA")),
        ("Kenya introduced a new levy on Ugandan sugar.", ("SANCTION", "KEN", "UGA")),
        ("Canberra announced a surcharge on Chinese barley.", ("SANCTION", "AUS", "CHN")),
    ],
)  # fmt: skip
def test_a_penalty_on_another_state_s_goods(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_fee_at_home_is_no_sanction() -> None:
    found = dyads("Kenya introduced a new levy on mobile money transfers.", by="country")
    assert not any(kind == "SANCTION" for kind, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa lifted the surcharge on Chinese aluminium.",
        "Nigeria removed the levy on South African cement.",
    ],
)
def test_a_penalty_lifted_is_a_concession(text: str) -> None:
    kinds = {kind for kind, _, _ in dyads(text, by="country")}
    assert "SANCTION" not in kinds and "CONCEDE" in kinds, kinds
