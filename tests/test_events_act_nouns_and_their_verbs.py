"""A definite act noun points back at the act told before with a verb of the same act,
not only with its own word: "Malaysia closed the crossing ... criticised the closure",
"Kenya raised fuel taxes ... the increase", "Niger expelled the envoy ... the expulsion".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Malaysia closed the crossing on Friday. Thailand's commerce minister criticised "
         "the closure.", ("ACCUSE", "THA", "MYS")),
        ("Kenya raised fuel taxes on Monday. Uganda complained that the increase would hurt "
         "its exporters.", ("ACCUSE", "UGA", "KEN")),
        ("Georgia's parliament approved the foreign agents bill on Tuesday. The EU condemned "
         "the approval.", ("ACCUSE", "IGO", "GEO")),
    ],
)  # fmt: skip
def test_the_act_noun_points_at_the_doer_of_its_verb(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_noun_of_another_act_points_at_no_one() -> None:
    text = "Malaysia closed the crossing on Friday. Thailand's minister criticised the hike."
    assert ("ACCUSE", "THA", "MYS") not in dyads(text, by="country")


def test_a_blockade_points_at_those_who_blocked() -> None:
    text = (
        "LIMA, Peru — Peruvian truckers blocked the Pan-American Highway on Monday. Peru's "
        "transport minister said the blockade was illegal."
    )
    assert ("ACCUSE", "Peru's transport minister", "Peruvian truckers") in dyads(text)
