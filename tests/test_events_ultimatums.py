"""A pressure kept up until another party acts ("would keep its veto until X ...") is an
ultimatum to that party: THREATEN, made now. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # "will" + a verb of keeping, a state as the party that must act
        ("Hungary will maintain its veto on the aid package until the European Union "
         "releases its frozen funds.", ("HUN", "IGO")),
        # reported with "would"
        ("Greek officials said Athens would keep its objections until Skopje changed the "
         "name of its airport.", ("GRC", "MKD")),
        # under a vow, the kept act a place held
        ("Bolivian truckers vowed to stay on the highway until Chile reopened the port.",
         ("BOL", "CHL")),
    ],
)  # fmt: skip
def test_a_pressure_kept_until_another_acts_is_a_threat_to_it(
    text: str, dyad: tuple[str, str]
) -> None:
    found = [(s, t) for k, status, s, t in events_by_country(text) if k == "THREATEN"]
    assert found == [dyad], events_by_country(text)
    assert all(status == "asserted" for k, status, *_ in events_by_country(text) if k == "THREATEN")


def test_the_act_kept_up_is_the_ultimatum_s_means() -> None:
    text = ("Kenyan doctors said they would keep striking until the government paid their "
            "arrears.")  # fmt: skip
    kinds = [k for k, *_ in events_by_country(text)]
    assert kinds == ["THREATEN"], kinds


@pytest.mark.parametrize(
    "text",
    [
        # a time, not a party, ends it
        "The talks between Serbia and Kosovo will continue until Friday.",
        # negated: a refusal, not an ultimatum
        "Hungary will not keep its veto until the European Union acts.",
        # told of the past, no future
        "Hungary kept its veto until the European Union released the funds.",
    ],
)
def test_no_ultimatum_without_a_party_to_act_or_a_future(text: str) -> None:
    assert not any(k == "THREATEN" for k, *_ in events_by_country(text))
