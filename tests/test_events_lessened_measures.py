"""A verb that lessens what its object names reads as the undoing verbs do: aid or
funding lessened is a penalty (SANCTION), a penalty lessened is eased (CONCEDE), while
"cut a deal" still makes one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid or funding lessened: no aid given, a penalty
        (
            "Japan reduced its development aid to Myanmar after the coup.",
            ("SANCTION", "JPN", "MMR"),
        ),
        (
            "Washington slashed its funding for the UN relief agency on Friday.",
            ("SANCTION", "USA", "IGO"),
        ),
        (
            "Norway trimmed its budget support to Malawi by a third.",
            ("SANCTION", "NOR", "MWI"),
        ),
        # a penalty lessened: eased
        ("China lowered tariffs on Australian wine in March.", ("CONCEDE", "CHN", "AUS")),
    ],
)
def test_what_is_lessened_is_undone_in_part(text: str, expected: tuple[str, str, str]) -> None:
    found = [(k, src, tgt) for k, _, src, tgt in events_by_country(text)]
    assert found == [expected]


def test_cutting_a_deal_still_makes_one() -> None:
    text = "Britain and France cut a deal with Rwanda on Tuesday."
    found = {(k, src, tgt) for k, _, src, tgt in events_by_country(text)}
    assert found == {("AGREE", "GBR", "RWA"), ("AGREE", "FRA", "RWA")}
