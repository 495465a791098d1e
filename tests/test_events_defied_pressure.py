"""A refusal that names no addressee is addressed to whoever presses for what is refused:
the owner of the calls, pressure or demands it is made "despite" or "in the face of".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel refused to halt the offensive despite calls by France and Britain for a "
         "ceasefire.", {("REJECT", "ISR", "FRA"), ("REJECT", "ISR", "GBR")}),
        ("Hungary refused to lift its veto in the face of demands from Brussels.",
         {("REJECT", "HUN", "IGO")}),
        ("Armenia's prime minister refused to resign despite pressure from Russia.",
         {("REJECT", "ARM", "RUS")}),
    ],
)  # fmt: skip
def test_a_refusal_answers_the_pressing_party(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= set(dyads(text, by="country"))


def test_pressure_from_no_one_named_gives_no_addressee() -> None:
    text = "Poland refused to take in migrants despite criticism."
    assert not [d for d in dyads(text, by="country") if d[0] == "REJECT"]


def test_a_despite_phrase_of_no_pressure_names_no_addressee() -> None:
    text = "Serbia refused to sign the accord despite the rain in Brussels."
    assert not [d for d in dyads(text, by="country") if d[0] == "REJECT" and d[2] == "BEL"]
