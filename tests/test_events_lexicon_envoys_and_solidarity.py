"""Sending or dispatching a delegation or an envoy to a party is a visit made by proxy
(CONSULT 042), where a delegation of doctors is aid; solidarity, support or condolences
expressed to a party are SUPPORT (051), as concern expressed is
ACCUSE; and gendarmes sent somewhere are forces deployed (MOBILIZE 154). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("BAMAKO (AP) — Algeria dispatched an envoy to Mali on Tuesday.", ("DZA", "MLI")),
        (
            "JUBA (AP) — Kenya sent a delegation to South Sudan to press for a ceasefire.",
            ("KEN", "SSD"),
        ),
        (
            "MAPUTO (AP) — South Africa will send a negotiator to Mozambique next week.",
            ("ZAF", "MOZ"),
        ),
    ],
)
def test_an_envoy_sent_is_a_visit(text: str, dyad: tuple[str, str]) -> None:
    assert ("CONSULT", *dyad) in dyads(text, by="country")


def test_a_delegation_of_doctors_is_aid() -> None:
    found = dyads("GAZA (AP) — Egypt sent a delegation of doctors to Gaza on Monday.", by="country")
    assert ("AID", "EGY", "PSE") in found
    assert not [d for d in found if d[0] == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "PRAGUE (AP) — NATO expressed solidarity with the Czech Republic after the "
            "cyberattack.",
            ("IGO", "CZE"),
        ),
        (
            "KYIV (AP) — Japan's prime minister expressed support for Ukraine's peace plan.",
            ("JPN", "UKR"),
        ),
        (
            "ANKARA (AP) — Greece expressed condolences to Turkey after the earthquake.",
            ("GRC", "TUR"),
        ),
    ],
)
def test_solidarity_expressed_is_support(text: str, dyad: tuple[str, str]) -> None:
    assert ("SUPPORT", *dyad) in dyads(text, by="country")


def test_concern_expressed_stays_an_accusation() -> None:
    found = dyads("TOKYO (AP) — Japan expressed concern over China's drills.", by="country")
    assert ("ACCUSE", "JPN", "CHN") in found
    assert not [d for d in found if d[0] == "SUPPORT"]


def test_gendarmes_sent_are_forces_deployed() -> None:
    found = dyads(
        "PARIS (AP) — France sent 300 gendarmes to Mayotte on Sunday after days of unrest.",
        by="country",
    )
    assert any(kind == "MOBILIZE" and src == "FRA" for kind, src, _ in found)
