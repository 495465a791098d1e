"""A verb coordinated with a reported clause whose object pronoun stands for that clause's
named subject is the reporter's act, not the subject's ("said that X was unwelcome and
declared him persona non grata"); an evaluation its clause denies ("was no longer
welcome", "is not wrong") judges nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads
from eventwire.nlp import parse


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Lithuania's foreign minister said that Russian consul Ivan Petrov was a spy and "
         "declared him persona non grata.", ("SANCTION", "LTU", "RUS")),
        ("Hungary's foreign minister said that Slovak ambassador Jan Kral was a spy and "
         "declared him persona non grata.", ("SANCTION", "HUN", "SVK")),
        ("Poland's president said that Belarusian consul Oleg Sidorov was a danger and "
         "declared him persona non grata.", ("SANCTION", "POL", "BLR")),
    ],
)  # fmt: skip
def test_the_reporter_acts_on_the_named_subject(text: str, dyad: tuple[str, str, str]) -> None:
    found = dyads(text, by="country", published="2026-03-10")
    assert dyad in found and (dyad[0], dyad[2], dyad[1]) not in found, found


def test_the_second_verb_hangs_on_the_reporter() -> None:
    doc = parse("The minister said that Ambassador Petrov was a spy and expelled him.")
    expelled = next(t for t in doc if t.lower_ == "expelled")
    assert expelled.head.lower_ == "said"


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish envoy said the Greek plan was no longer welcome.",
        "The Indian minister said the Chinese move was not wrong.",
        "Egypt's president called the Ethiopian dam not illegal but unwise.",
    ],
)  # fmt: skip
def test_a_denied_evaluation_judges_nothing(text: str) -> None:
    assert not any(t in {"SUPPORT", "ACCUSE"} for t, _, _ in dyads(text)), dyads(text)
