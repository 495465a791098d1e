"""A warning that names no one it is given to threatens whom the clause it warns of aims
its harm at: the subject of a passive, the object of "against" or "on", or whoever would
do the act that would set the harm off. Sentences of our own over a real parse."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


def _threats(text: str) -> set[tuple[str | None, str | None]]:
    """(source, target) countries of every THREATEN, with or without a target."""
    return {(s, t) for kind, _, s, t in events_by_country(text) if kind == "THREATEN"}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # the patient of a passive
        ("Kenya's interior minister warned that Somali smugglers would be prosecuted.",
         ("KEN", "SOM")),
        # aimed at with a preposition
        ("Israel warned that it would retaliate against Hezbollah.", ("ISR", "LBN")),
        # an act whose doer would bring the harm on themselves
        ("South Korea warned that it would respond to any provocation by Pyongyang.",
         ("KOR", "PRK")),
    ],
)  # fmt: skip
def test_the_warned_of_clause_names_the_threatened(text: str, dyad: tuple[str, str]) -> None:
    assert _threats(text) == {dyad}


def test_a_warning_of_what_no_one_does_is_no_threat() -> None:
    assert _threats("The central bank governor warned that prices would rise.") == set()


def test_a_named_addressee_is_kept() -> None:
    assert _threats("China warned Taiwan that it would act against separatists.") == {
        ("CHN", "TWN")
    }
