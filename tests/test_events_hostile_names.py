"""A speaker who names an act as a hostile act done to someone ("an attack on the press",
"collective punishment", "a declaration of war") accuses whoever did it. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("BRASILIA (Reuters) — The Supreme Court suspended the decree on Monday. President "
         "Lula called the ruling an attack on democracy.", ("ACCUSE", "BRA", "BRA")),
        ("MOGADISHU (Reuters) — Kenya closed its border with Somalia on Monday. Somalia's "
         "foreign ministry called the closure a collective punishment.",
         ("ACCUSE", "SOM", "KEN")),
        ("VILNIUS (Reuters) — Belarus closed its border with Lithuania on Tuesday. "
         "Lithuania's prime minister described the closure as a declaration of war.",
         ("ACCUSE", "LTU", "BLR")),
        ("MANILA (Reuters) — Chinese coast guard ships fired water cannon at a Philippine "
         "supply boat on Sunday. Manila called the incident an assault on its sovereignty.",
         ("ACCUSE", "PHL", "CHN")),
    ],
)  # fmt: skip
def test_naming_an_act_a_hostile_act_accuses_its_doer(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")


def test_a_plain_name_for_an_act_is_no_accusation() -> None:
    text = ("NAIROBI (Reuters) — Kenya and Uganda reopened their border on Monday. Uganda's "
            "president called the reopening a step forward.")  # fmt: skip
    assert not any(kind == "ACCUSE" for kind, _, _ in dyads(text, by="country"))
