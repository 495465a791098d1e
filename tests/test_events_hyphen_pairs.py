"""A hyphenated pair before an event noun names its two parties, first-named as source:
"China-Japan talks", "the U.S.-Ukraine talks", "the India-Pakistan agreement"."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Officials held China-Japan talks on the disputed islands.", ("CONSULT", "CHN", "JPN")),
        ("The summit in Quebec follows last week's U.S.-Ukraine talks in Jeddah.",
         ("CONSULT", "USA", "UKR")),
        ("The India-Pakistan agreement was signed in Tashkent.", ("AGREE", "IND", "PAK")),
        ("Kenya will host the next round of Ethiopia-Eritrea peace talks.",
         ("CONSULT", "ETH", "ERI")),
    ],
)  # fmt: skip
def test_a_hyphenated_pair_names_both_parties(text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(text, by="country")


def test_a_hyphenated_word_that_is_no_pair_of_countries_adds_nothing() -> None:
    found = dyads("Kenyan officials held follow-up talks with Somalia.", by="country")
    assert ("CONSULT", "KEN", "SOM") in found
    assert not any(source is None for _, source, _ in found)
