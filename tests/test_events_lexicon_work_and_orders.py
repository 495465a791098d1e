"""Three lexicon rows: parties "working together" cooperate (COOPERATE 060, a joint act
of the two); police ordered into a place are deployed as troops are (MOBILIZE 154), though
forces ordered to do something are told an act, not deployed; and
a finding, an assessment or an account dismissed is rejected as a claim is (REJECT 120).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads, events_by_country


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "PORT MORESBY (AP) — Papua New Guinea and Australia are working together to "
            "reopen the highway.",
            ("PNG", "AUS"),
        ),
        (
            "NAIROBI (AP) — Kenya and Uganda have worked together on the new rail line "
            "since January.",
            ("KEN", "UGA"),
        ),
    ],
)
def test_parties_working_together_cooperate(text: str, pair: tuple[str, str]) -> None:
    assert ("COOPERATE", *pair) in dyads(text, by="country")


def test_working_alone_is_no_cooperation() -> None:
    assert not dyads("NAIROBI (AP) — Kenyan engineers worked through the night.", by="country")


@pytest.mark.parametrize(
    "text",
    [
        "TEGUCIGALPA (AP) — The security minister ordered 1,200 military police into the "
        "two largest cities on Thursday.",
        "QUITO (AP) — Ecuador's president ordered police onto the streets of Guayaquil.",
    ],
)
def test_police_ordered_into_a_place_are_deployed(text: str) -> None:
    assert any(kind == "MOBILIZE" for kind, *_ in events_by_country(text))


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI (AP) — The president ordered police to investigate the killing of a journalist.",
        "BAMAKO (AP) — The junta ordered troops to withdraw from the border town.",
    ],
)
def test_an_order_to_act_is_no_deployment(text: str) -> None:
    assert not any(kind == "MOBILIZE" for kind, *_ in events_by_country(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "NEW DELHI (AP) — India dismissed Pakistan's assessment of the clash as baseless.",
            ("IND", "PAK"),
        ),
        (
            "HANOI (AP) — Vietnam dismissed China's account of the collision on Monday.",
            ("VNM", "CHN"),
        ),
    ],
)
def test_a_dismissed_finding_or_account_is_rejected(text: str, pair: tuple[str, str]) -> None:
    assert ("REJECT", *pair) in dyads(text, by="country")
