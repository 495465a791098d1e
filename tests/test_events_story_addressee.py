"""In a story datelined in a country, a foreign party's refusal, demand, penalty or aid
whose addressee the clause leaves unwritten is addressed to that country; nothing is made
up without a dateline, for the country's own bodies, or for a plural "other countries".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country

BOLIVIA = "LA PAZ, Bolivia — Protests over fuel prices entered a third week. "
NICARAGUA = "MANAGUA, Nicaragua — The opposition called a general strike. "
TUNISIA = "TUNIS, Tunisia — Police detained two opposition leaders. "


def _of(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    return [(src, tgt) for k, _, src, tgt in events_by_country(text) if k == kind]


@pytest.mark.parametrize(
    ("text", "kind", "dyad"),
    [
        (BOLIVIA + "The IMF rejected calls to delay the reform.", "REJECT", ("IGO", "BOL")),
        (NICARAGUA + "The United States urged restraint on Tuesday.", "REQUEST", ("USA", "NIC")),
        (
            NICARAGUA + "The European Union called for a recount of the ballots.",
            "REQUEST",
            ("IGO", "NIC"),
        ),
        (
            TUNISIA + "The European Union suspended budget support on Friday.",
            "SANCTION",
            ("IGO", "TUN"),
        ),
        (TUNISIA + "Germany froze development aid.", "SANCTION", ("DEU", "TUN")),
    ],
)
def test_a_foreign_act_with_no_addressee_is_addressed_to_the_datelined_country(
    text: str, kind: str, dyad: tuple[str, str]
) -> None:
    assert dyad in _of(text, kind), events_by_country(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # no dateline: the story's country is a guess
        ("Protests over fuel prices in Bolivia entered a third week. The IMF rejected calls "
         "to delay the reform.", "REJECT"),
        # the plural addressee is no single party
        (NICARAGUA + "The United States urged other nations to send monitors.", "REQUEST"),
    ],
)  # fmt: skip
def test_no_addressee_is_made_up(text: str, kind: str) -> None:
    assert [tgt for _, tgt in _of(text, kind) if tgt is not None] == []


def test_the_countrys_own_bodies_are_left_to_other_rules() -> None:
    text = BOLIVIA + "Bolivia's central bank rejected calls to delay the reform."
    assert all(src != tgt for src, tgt in _of(text, "REJECT"))
