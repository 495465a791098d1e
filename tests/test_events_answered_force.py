"""Force whose target the clause leaves unnamed: fire returned or opened "when" or
"after" an attack (the attackers are its target), and a place or unit owned by "their"
or "its" in an attack (the other party named before, not the attackers' own).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Turkish soldiers returned fire at PKK fighters in the mountains.",
         ("ASSAULT", "TUR", "TUR")),
        ("Colombian soldiers returned fire when ELN rebels ambushed a patrol in Arauca.",
         ("ASSAULT", "COL", "COL")),
        ("Bangladeshi police opened fire after rioters attacked a police post in Dhaka.",
         ("ASSAULT", "BGD", "BGD")),
    ],
)  # fmt: skip
def test_force_answering_an_attack_falls_on_the_attackers(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")


def test_the_attackers_are_named() -> None:
    found = dyads("Colombian soldiers returned fire when ELN rebels ambushed a patrol in Arauca.")
    assert any(s == "Colombian soldiers" and t in {"ELN", "National Liberation Army"}
               for k, s, t in found if k == "ASSAULT")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Armenian troops returned fire after Azerbaijani units shelled their positions.",
         ("ASSAULT", "AZE", "ARM")),
        ("Sudan's army said the Rapid Support Forces had shelled its barracks in El Obeid.",
         ("ASSAULT", "SDN", "SDN")),
    ],
)  # fmt: skip
def test_their_is_the_other_party_s(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_returning_goods_is_no_fire() -> None:
    assert not any(k == "ASSAULT" for k, _, _ in dyads("Kenya returned 20 cattle to Uganda."))


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops opened fire as Israeli jets struck Gaza.",
        "Indian soldiers opened fire after Pakistani officials attacked the decision.",
    ],
)
def test_no_answer_to_one_s_own_side_or_to_words(text: str) -> None:
    found = dyads(text, by="country")
    assert ("ASSAULT", "ISR", "ISR") not in found
    assert ("ASSAULT", "IND", "PAK") not in found


def test_a_reporter_is_not_the_owner_of_what_is_attacked() -> None:
    found = dyads("Witnesses told Reuters that police attacked their homes in Kisumu.")
    assert not any(t == "Reuters" for _, _, t in found)
