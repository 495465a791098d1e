"""A generic act noun set after a comma on the clause it sums up ("..., a move Kenya
welcomed", "..., a decision condemned by Kenya", "..., in a step that Ankara criticised")
is that clause's act, done by the clause's subject; a relative clause's missing object is
the noun it describes. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Uganda lifted its ban on Kenyan milk on Monday, a move Kenya welcomed.",
         ("SUPPORT", "KEN", "UGA")),
        ("Uganda closed the border on Monday, a decision condemned by Kenya.",
         ("ACCUSE", "KEN", "UGA")),
        ("Uganda closed the border on Monday, in a move that Kenya condemned.",
         ("ACCUSE", "KEN", "UGA")),
        ("Chile reopened its consulate in La Paz, a step Bolivia praised.",
         ("SUPPORT", "BOL", "CHL")),
    ],
)  # fmt: skip
def test_the_act_noun_is_the_clause_s_act(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("A court in Ankara jailed two reporters for five years on Tuesday, a verdict the "
         "European Union condemned as an attack on the press.", ("ACCUSE", "IGO", "TUR")),
        ("A court in Minsk sentenced two opposition activists to ten years in prison, a "
         "decision Lithuania condemned.", ("ACCUSE", "LTU", "BLR")),
        ("A court in Tunis jailed a prominent blogger for three years, a sentence Paris "
         "called unjust.", ("ACCUSE", "FRA", "TUN")),
    ],
)  # fmt: skip
def test_a_court_s_decision_sums_up_its_clause(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Moldova's government accused Russia of paying protesters, a charge the Russian "
         "embassy dismissed as absurd.", ("REJECT", "RUS", "MDA")),
        ("Guyana blamed Venezuela for the incursion, an accusation Caracas denied.",
         ("REJECT", "VEN", "GUY")),
        ("Chad's foreign minister accused Sudan of arming rebels, a charge Khartoum "
         "dismissed as a fabrication.", ("REJECT", "SDN", "TCD")),
    ],
)  # fmt: skip
def test_a_claim_noun_sums_up_the_charge(text: str, dyad: tuple[str, str, str]) -> None:
    """ "..., a charge X dismissed": the charge is the clause's, made by its subject."""
    assert dyad in dyads(text, by="country")


def test_a_summed_up_speech_is_no_deed() -> None:
    text = "Uganda's president said the border would stay shut, a move Kenya condemned."
    assert ("ACCUSE", "KEN", "UGA") not in dyads(text, by="country")


def test_an_owned_act_noun_keeps_its_owner() -> None:
    text = "Uganda closed the border on Monday, and Kenya condemned Tanzania's move."
    found = dyads(text, by="country")
    assert ("ACCUSE", "KEN", "UGA") not in found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Sudan reopened the Adre crossing on Monday. The UN welcomed the move.",
         ("SUPPORT", "IGO", "SDN")),
        ("Kenya raised the road fees for Ugandan trucks. Uganda condemned the decision.",
         ("ACCUSE", "UGA", "KEN")),
    ],
)  # fmt: skip
def test_the_move_sums_up_the_sentence_before(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_the_move_after_a_statement_names_no_doer() -> None:
    text = "Sudan's army said it had reopened the crossing. The UN welcomed the move."
    assert ("SUPPORT", "IGO", "SDN") not in dyads(text, by="country")
