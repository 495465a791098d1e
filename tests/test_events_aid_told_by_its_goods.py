"""Aid told by its goods arriving ("medical supplies donated by Qatar arrived in Herat"):
the giver is the participle's agent, the receiver whom the goods reach or the country
they arrive in. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("More than 200 tonnes of medical supplies donated by Qatar arrived in the Afghan "
         "city of Herat on Friday.", ("AID", "QAT", "AFG")),
        ("A shipment of vaccines donated by Japan arrived in Manila on Tuesday.",
         ("AID", "JPN", "PHL")),
        ("Two planeloads of tents sent by Morocco landed in Libya overnight.",
         ("AID", "MAR", "LBY")),
    ],
)  # fmt: skip
def test_the_goods_go_where_they_arrive(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_goods_that_only_travel_are_no_aid_to_anyone() -> None:
    text = "Crates of weapons seized by Greek police were found on a ship bound for Libya."
    assert not any(d[0] == "AID" for d in dyads(text, by="country"))
