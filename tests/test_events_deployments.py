"""Forces moved or sent: toward a rival ("moved divisions towards Eritrea") a MOBILIZE
with that target; to home ground ("sent troops to the northern border") a MOBILIZE with
none, as PLOVER allows, rather than no event."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _mobilized(text: str) -> set[tuple[str | None, str | None]]:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in coded.events
        if e.type == "MOBILIZE"
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ethiopia has moved several mechanised divisions towards Eritrea.", ("ETH", "ERI")),
        ("Russia moved tanks into Belarus on Friday.", ("RUS", "BLR")),
        ("Mexican President Claudia Sheinbaum responded by sending 5,000 troops to the "
         "northern border.", ("MEX", None)),
        ("The Bangladeshi army deployed soldiers to the capital on Sunday.", ("BGD", None)),
    ],
)  # fmt: skip
def test_forces_moved_toward_a_rival_or_to_home_ground(
    text: str, pair: tuple[str, str | None]
) -> None:
    assert pair in _mobilized(text)


def test_moving_a_headquarters_is_no_mobilisation() -> None:
    assert not _mobilized("The Kenyan company moved its headquarters to Dubai.")
