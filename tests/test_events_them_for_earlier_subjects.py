""" "Them" stands for a plural or coordinated subject of the sentence before ("Kenya and
Uganda traded accusations. The African Union urged them to talk"), unless a plural
noun of its own sentence comes nearer ("arrested two fishermen and later
released them"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya and Uganda exchanged accusations on Monday. The African Union urged them to "
         "talk.", {("REQUEST", "IGO", "KEN"), ("REQUEST", "IGO", "UGA")}),
        ("Hungary and Slovakia blocked the EU sanctions package. The European Commission "
         "criticised them for the delay.", {("ACCUSE", "IGO", "HUN"), ("ACCUSE", "IGO", "SVK")}),
    ],
)  # fmt: skip
def test_them_is_the_plural_subject_before(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= dyads(text, by="country")


def test_a_nearer_plural_in_the_sentence_wins() -> None:
    text = (
        "Kenya and Uganda exchanged accusations on Monday. Tanzania arrested two Somali "
        "traders and later freed them."
    )
    found = dyads(text, by="country")
    assert not [d for d in found if d[0] == "CONCEDE" and d[2] in {"KEN", "UGA"}]


def test_a_single_subject_before_is_no_them() -> None:
    text = "Kenya accused Uganda of smuggling on Monday. The African Union urged them to talk."
    assert not [d for d in dyads(text, by="country") if d[0] == "REQUEST"]
