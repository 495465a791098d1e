"""An attack or a gift names whom it is done to: with no such party in the text, there is
no dyad to code ("troops opened fire", "pledged $10 million in relief"). A show of
force, a withdrawal, a protest or a crackdown may address no one and is still coded.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source country, target country) of each event, status left out."""
    return [(kind, source, target) for kind, _, source, target in events_by_country(text)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Sudanese troops opened fire overnight, the army said.", "ASSAULT"),
        ("Japan pledged $10 million in emergency relief on Tuesday.", "AID"),
        ("Norway will send 40 tonnes of medical supplies.", "AID"),
    ],
)
def test_an_act_done_to_no_one_is_not_coded(text: str, kind: str) -> None:
    assert not [e for e in _events(text) if e[0] == kind]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Sudanese troops opened fire on protesters in Omdurman overnight.",
         ("ASSAULT", "SDN", "SDN")),
        ("Japan pledged $10 million in emergency relief to Vanuatu on Tuesday.",
         ("AID", "JPN", "VUT")),
    ],
)  # fmt: skip
def test_the_same_acts_with_their_party_are_coded(text: str, event: tuple[str, str, str]) -> None:
    assert event in _events(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("LIMA, Peru — The army deployed 2,000 troops to the southern border on Monday.",
         ("MOBILIZE", "PER", None)),
        ("Chad's army pulled its troops back from the frontier.", ("RETREAT", "TCD", None)),
    ],
)  # fmt: skip
def test_a_show_of_force_or_a_withdrawal_needs_no_target(
    text: str, event: tuple[str, str, None]
) -> None:
    assert event in _events(text)
