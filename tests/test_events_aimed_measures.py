"""A measure whose target is told by a participle on its noun ("tariffs targeting
Chinese steel", "sanctions aimed at Iran's oil trade", "a package of sanctions targeting
the shadow fleet"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Ottawa unveiled tariffs targeting Chinese steel and aluminium on Monday.",
         ("SANCTION", "CAN", "CHN")),
        ("London imposed sanctions aimed at Iran's oil trade.", ("SANCTION", "GBR", "IRN")),
        ("The EU approved a new package of sanctions targeting Belarus's potash exports.",
         ("SANCTION", "IGO", "BLR")),
        ("Tokyo announced an export ban directed at North Korean shipping firms.",
         ("SANCTION", "JPN", "PRK")),
    ],
)  # fmt: skip
def test_the_participle_names_the_target(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_target_written_on_the_noun_comes_first() -> None:
    found = dyads("Canada imposed tariffs on Chinese cars, targeting Beijing's subsidies.",
                  by="country")  # fmt: skip
    assert ("SANCTION", "CAN", "CHN") in found
