"""A measure named by a plural noun that the parser reads as a verb ("imposed asset
freezes on five officials") is the object of the verb that imposes it, and what it is
laid on is the verb's target. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads
from eventwire.nlp import parse


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The EU slapped asset freezes on three Belarusian officials on Monday.",
         ("SANCTION", "IGO", "BLR")),
        ("Canada slapped asset freezes on two Haitian police chiefs.",
         ("SANCTION", "CAN", "HTI")),
        ("Britain and Norway imposed travel bans and asset freezes on four Sudanese generals.",
         ("SANCTION", "GBR", "SDN")),
    ],
)  # fmt: skip
def test_a_measure_read_as_a_verb_is_coded(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_the_measure_becomes_the_verb_s_object() -> None:
    doc = parse("Australia imposed asset freezes on six Myanmar generals.")
    freezes = next(t for t in doc if t.lower_ == "freezes")
    assert (freezes.pos_, freezes.dep_, freezes.head.lower_) == ("NOUN", "dobj", "imposed")
    assert next(t for t in doc if t.lower_ == "on").head.lower_ == "imposed"


@pytest.mark.parametrize("text", ["The lake freezes every winter.", "Water freezes at zero."])
def test_a_verb_of_its_own_stays_a_verb(text: str) -> None:
    freezes = next(t for t in parse(text) if t.lower_ == "freezes")
    assert freezes.pos_ == "VERB"


def test_a_clause_of_its_own_keeps_its_verb() -> None:
    doc = parse("Kyiv warned that Russian armour cuts through defences near Pokrovsk.")
    cuts = next(t for t in doc if t.lower_ == "cuts")
    assert cuts.pos_ == "VERB"
