"""A plural noun naming one holder per party ("the foreign ministers of Armenia and
Azerbaijan", "the leaders of France, Germany and Italy") stands for each party."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The foreign ministers of Armenia and Azerbaijan met in Abu Dhabi on Saturday.",
         ("CONSULT", "ARM", "AZE")),
        ("The leaders of France, Germany and Italy signed an agreement on Ukraine.",
         ("AGREE", "FRA", "ITA")),
        ("The leaders of Russia met the presidents of Iran and Turkey in Tehran.",
         ("CONSULT", "RUS", "TUR")),
        ("Envoys of Ethiopia and Egypt held talks in Washington on the Nile dam.",
         ("CONSULT", "ETH", "EGY")),
    ],
)  # fmt: skip
def test_holders_of_several_parties_are_each_party(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_holder_of_one_party_stays_one_actor() -> None:
    found = dyads("The ministers of Kenya met Ugandan officials in Kampala.", by="country")
    assert ("CONSULT", "KEN", "UGA") in found
    assert not any(src == tgt for _, src, tgt in found)
