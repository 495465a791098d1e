"""A demand told as a noun with its "that" clause ("its demand that Tajikistan withdraw
its guards"): the clause is what is asked for, not an act done; the demand is made to
the clause's subject, and dropping it yields to that party. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        ("Armenia's request that Azerbaijan release the prisoners was turned down.",
         ("REQUEST", "asserted", "ARM", "AZE")),
        ("Peru's opposition repeated its demand that President Navarro step down.",
         ("REQUEST", "asserted", "PER", "PER")),
        ("Kenya's opposition renewed its demand that the electoral commission be dissolved.",
         ("REQUEST", "asserted", "KEN", "KEN")),
    ],
)  # fmt: skip
def test_the_demand_is_made_to_the_clause_s_subject(
    text: str, demand: tuple[str, str, str, str]
) -> None:
    assert demand in events_by_country(text)


@pytest.mark.parametrize(
    ("text", "conceded", "not_done"),
    [
        ("Kyrgyzstan dropped its demand that Tajikistan withdraw border guards from the "
         "valley.", ("CONCEDE", "asserted", "KGZ", "TJK"), "RETREAT"),
        ("Rwanda withdrew its claim that Burundi had armed the rebels.",
         ("CONCEDE", "asserted", "RWA", "BDI"), "AID"),
    ],
)  # fmt: skip
def test_dropping_a_demand_yields_to_its_addressee(
    text: str, conceded: tuple[str, str, str, str], not_done: str
) -> None:
    found = events_by_country(text)
    assert conceded in found
    assert not any(e[0] == not_done and e[1] == "asserted" for e in found)


def test_what_a_demand_asks_is_not_done() -> None:
    text = "Ukraine repeated its demand that Russia pull its troops out of Zaporizhzhia."
    assert not any(e[0] == "RETREAT" and e[1] == "asserted" for e in events_by_country(text))
