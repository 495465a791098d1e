"""A denial that names no addressee ("Egypt denied any abuse") answers the nearest
accusation told against the denier, whoever made it (a state, a rights group, a UN
agency), and is addressed to the accuser. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Human Rights Watch accused Kenya's police of beating Ugandan traders on Monday. "
         "Kenya's police denied any wrongdoing.",
         ("REJECT", "Kenya's police", "Human Rights Watch")),
        ("Amnesty International accused Egypt of torturing prisoners. Egypt denied any abuse.",
         ("REJECT", "Egypt", "Amnesty International")),
        ("Greenpeace accused Norway's navy of ramming its boat. The navy denied "
         "responsibility.", ("REJECT", "Norway's navy", "Greenpeace")),
    ],
)  # fmt: skip
def test_a_denial_is_addressed_to_the_accuser(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text)


def test_a_denial_with_no_accusation_before_has_no_addressee() -> None:
    text = "Kenya's police denied any wrongdoing on Monday."
    assert not [d for d in dyads(text) if d[0] == "REJECT"]


def test_a_denial_answers_only_an_accusation_against_the_denier() -> None:
    text = "Amnesty International accused Tanzania of torture. Kenya denied any wrongdoing."
    assert not [d for d in dyads(text) if d[0] == "REJECT"]
