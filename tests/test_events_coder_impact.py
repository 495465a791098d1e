"""Verbs of impact ("hit", "slammed into") are attacks only when a weapon or an attack
does the hitting; the weapon's owner is the source."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


def _assaults(text: str) -> list[tuple[str | None, str | None]]:
    return [(s, t) for kind, _, s, t in events_by_country(text) if kind == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Russian drones hit a power station in Odesa overnight.", ("RUS", "UKR")),
        ("Israeli airstrikes hit Hezbollah positions in southern Lebanon.", ("ISR", "LBN")),
        ("A Russian missile slammed into an apartment block in Kharkiv.", ("RUS", "UKR")),
        ("Russia's missiles hit Kyiv before dawn on Sunday.", ("RUS", "UKR")),
        ("Russia hit Kyiv with missiles and drones overnight.", ("RUS", "UKR")),
    ],
)
def test_a_weapon_that_hits_is_its_owners_attack(text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _assaults(text)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("A Ukrainian refinery was hit by Russian drones before dawn.", ("RUS", "UKR")),
        ("Two Syrian army depots were struck by Israeli warplanes.", ("ISR", "SYR")),
        ("An Indian border post was hit by Pakistani mortar shells.", ("PAK", "IND")),
    ],
)
def test_a_weapon_in_the_passive_s_by_phrase_is_its_owners_attack(
    text: str, dyad: tuple[str, str]
) -> None:
    assert dyad in _assaults(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan farmers were hit by falling maize prices.",
        "The storm hit the coast of Bangladesh on Friday.",
        "Chinese exports hit a record in May.",
        "Rising prices hit Kenyan households hard this year.",
    ],
)
def test_other_things_that_hit_are_no_attack(text: str) -> None:
    assert not _assaults(text)


def test_troops_that_crush_rebel_forces_attack_them() -> None:
    assert ("TCD", "TCD") in _assaults(
        "Government troops crushed rebel forces in the north of Chad."
    )
