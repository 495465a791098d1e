"""Concessions told without "release" or "lift": a sentence cut or commuted, an exemption
whose "from" phrase the parser hangs on the exempted goods; and a boycott of an election
at home, which presses the government (a threat when made to depend on "unless").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Zambia's president commuted the death sentences of 30 prisoners to life terms.",
         ("CONCEDE", "ZMB", "ZMB")),
        ("An appeals court in Tunis reduced the jail term of a Tunisian blogger to a year.",
         ("CONCEDE", "TUN", "TUN")),
        ("Canada has exempted Chinese-made bus parts from its surcharge on Chinese electric "
         "vehicles.", ("CONCEDE", "CAN", "CHN")),
        ("India exempted Nepalese tea from its new import duty.", ("CONCEDE", "IND", "NPL")),
    ],
)  # fmt: skip
def test_concessions(text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # phrasal verbs of release and handover
        ("Authorities in Uzbekistan set free four bloggers jailed last year.",
         ("CONCEDE", "UZB", "UZB")),
        ("Sudan turned over two captured Chadian soldiers to Chad on Sunday.",
         ("CONCEDE", "SDN", "TCD")),
        # a ship returned, named by its kind
        ("Iran returned a Liberian-flagged tanker and its crew on Thursday.",
         ("CONCEDE", "IRN", "LBR")),
        # a measure put off: a ban named with the penalties
        ("Indonesia postponed its ban on Malaysian palm oil shipments by six months.",
         ("CONCEDE", "IDN", "MYS")),
    ],
)  # fmt: skip
def test_release_handover_and_delay(text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(text, by="country")


def test_the_exemption_is_no_sanction() -> None:
    found = dyads("Canada has exempted Chinese-made bus parts from its surcharge on Chinese "
                  "electric vehicles.", by="country")  # fmt: skip
    assert ("SANCTION", "CAN", "CHN") not in found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("DHAKA — Bangladesh's main opposition party boycotted Sunday's election.",
         ("PROTEST", "BGD", "BGD")),
        ("LOME, Togo — Togo's opposition coalition will boycott the April vote unless the "
         "electoral commission is overhauled.", ("THREATEN", "TGO", "TGO")),
    ],
)  # fmt: skip
def test_an_election_boycott_presses_the_government(text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(text, by="country")
