""" "The capital" with no name or owner, as a place an act is done to or in, is the
story's home country's capital. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("FUNAFUTI, Tuvalu (AP) — New Zealand's air force flew emergency generators to the "
         "capital on Friday.", ("AID", "NZL", "TUV")),
        ("KHARTOUM, Sudan (AP) — Egypt flew tonnes of medicine to the capital on Monday.",
         ("AID", "EGY", "SDN")),
        ("KYIV, Ukraine (AP) — Russian drones struck the capital overnight, officials said.",
         ("ASSAULT", "RUS", "UKR")),
    ],
)  # fmt: skip
def test_the_home_capital(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_capital_with_an_owner_is_not_home() -> None:
    found = dyads("FUNAFUTI, Tuvalu (AP) — New Zealand's air force flew generators to the "
                  "Fijian capital on Friday.", by="country")  # fmt: skip
    assert ("AID", "NZL", "TUV") not in found, found


def test_a_foreign_bodys_measure_is_on_its_own_capital() -> None:
    found = dyads("PARIS (AP) — Niger's junta imposed a curfew on the capital after the coup.",
                  by="country")  # fmt: skip
    assert ("COERCE", "NER", "FRA") not in found, found
