"""A party that claims or takes responsibility or credit for an act is its doer ("the
Houthis claimed responsibility for an attack on a tanker"); a denial of responsibility
asserts no act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads, events_by_country


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The Houthis claimed responsibility for an attack on a Greek-owned tanker in "
         "the Red Sea.", ("ASSAULT", "YEM", "GRC")),
        ("Al-Shabaab took credit for the raid on a Kenyan military base near the border.",
         ("ASSAULT", "SOM", "KEN")),
        ("The Pakistani Taliban claimed responsibility for the bombing of an Afghan "
         "border post.", ("ASSAULT", "PAK", "AFG")),
    ],
)  # fmt: skip
def test_the_claimer_did_it(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_denied_claim_asserts_no_act() -> None:
    found = events_by_country("The Pakistani Taliban denied responsibility for the "
                              "bombing of an Afghan border post.")  # fmt: skip
    assert not any(e[:2] == ("ASSAULT", "asserted") for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Israel did not claim responsibility for the attack on the Iranian embassy.",
        "Kyiv has never claimed responsibility for the attack on the Russian bridge.",
    ],
)  # fmt: skip
def test_not_claiming_names_no_doer(text: str) -> None:
    assert not any(e[0] == "ASSAULT" and e[2] is not None for e in events_by_country(text))
