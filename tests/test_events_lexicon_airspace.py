"""Aircraft or ships that violate or enter another country's airspace or waters show
force toward that country (CAMEO's VIOLATE AIRSPACE, 150: PLOVER MOBILIZE). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Russian jets violated Finnish airspace on Friday.", ("MOBILIZE", "RUS", "FIN")),
        ("A Russian fighter jet entered Estonian airspace near the island on Tuesday.",
         ("MOBILIZE", "RUS", "EST")),
        ("Chinese warships entered Japan's territorial waters near the disputed islands.",
         ("MOBILIZE", "CHN", "JPN")),
    ],
)  # fmt: skip
def test_airspace_and_waters_are_the_owners(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_water_that_is_no_country_s_is_no_show_of_force() -> None:
    assert not dyads("The rescue team entered the waters of the lake on Monday.")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # into another country's airspace
        ("Syrian helicopters crossed into Turkish airspace twice on Sunday.",
         ("MOBILIZE", "SYR", "TUR")),
        # over a border its owner names
        ("Eritrean troops crossed the border into Ethiopia overnight.",
         ("MOBILIZE", "ERI", "ETH")),
        # across another country's waters
        ("Two Venezuelan patrol boats crossed into Guyana's waters on Friday.",
         ("MOBILIZE", "VEN", "GUY")),
    ],
)  # fmt: skip
def test_armed_craft_or_troops_crossing_show_force(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Sudanese refugees crossed the border into Chad on Monday.",
        "Kenyan truck drivers crossed the border into Uganda after the strike ended.",
    ],
)
def test_people_crossing_a_border_show_no_force(text: str) -> None:
    assert not {kind for kind, _, _ in dyads(text, by="country")} & {"MOBILIZE"}
