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
