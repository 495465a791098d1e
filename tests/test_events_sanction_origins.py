"""Whom a trade or diplomatic measure hits: the origin of the goods a participle names
("a surtax on vehicles imported from China"), the country goods are "of" ("imports of
Japanese seafood"), the host of an embassy downgraded. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Canada imposed a 100% surtax on electric vehicles imported from China on Monday.",
         ("SANCTION", "CAN", "CHN")),
        ("The EU imposed duties on steel imported from India.", ("SANCTION", "IGO", "IND")),
        ("China's customs administration suspended all imports of Japanese seafood on "
         "Thursday.", ("SANCTION", "CHN", "JPN")),
        ("Guyana downgraded its embassy in Caracas on Wednesday.", ("SANCTION", "GUY", "VEN")),
    ],
)  # fmt: skip
def test_the_measure_hits_the_origin(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_goods_made_at_home_name_no_target() -> None:
    found = dyads("Canada imposed a levy on vehicles imported from its own free-trade zones.",
                  by="country")  # fmt: skip
    assert not any(kind == "SANCTION" for kind, _, _ in found), found
