"""Blocking the ratification, adoption, approval or passage of another party's measure is
a veto of it (REJECT 129), as blocking its bid or its resolution is. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "SOFIA (AP) — Bulgaria blocked approval of North Macedonia's accession talks.",
            ("REJECT", "BGR", "MKD"),
        ),
        (
            "BRUSSELS (AP) — Slovakia blocked the adoption of new EU sanctions on Friday.",
            ("REJECT", "SVK", "IGO"),
        ),
        (
            "ATHENS (AP) — Greece blocked the passage of Turkey's customs proposal at the council.",
            ("REJECT", "GRC", "TUR"),
        ),
    ],
)
def test_a_blocked_step_is_a_veto(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_blocking_a_road_stays_an_obstruction() -> None:
    found = dyads("LIMA (AP) — Farmers blocked the highway to Cusco on Monday.", by="country")
    assert not [d for d in found if d[0] == "REJECT"]
