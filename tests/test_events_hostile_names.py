"""A speaker who names an act as a hostile act done to someone ("an attack on the press",
"a punishment of ordinary people", "an act of war") accuses whoever did it. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "ACCRA (Reuters) — Ghana's president issued a decree on Monday suspending two "
            "radio stations. The opposition called the decree an attack on the press.",
            ("ACCUSE", "GHA", "GHA"),
        ),
        (
            "BELGRADE (Reuters) — Serbia cut power supplies to Kosovo on Monday. "
            "Kosovo's prime minister called the move a punishment of ordinary people.",
            ("ACCUSE", "XKX", "SRB"),
        ),
        (
            "ADDIS ABABA (Reuters) — Eritrea imposed a trade embargo on Ethiopia on Tuesday. "
            "Ethiopia's foreign ministry described the embargo as an act of war.",
            ("ACCUSE", "ETH", "ERI"),
        ),
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
