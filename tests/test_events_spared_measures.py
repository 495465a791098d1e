"""A party spared a measure ("spared Hungarian banks from the new sanctions") is eased,
not punished: CONCEDE toward it, and the measure named is no sanction of its own. The
English model lemmatises "spared" as "spar" unless that base is taken out of its index
(lemma_exceptions.yaml). Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country
from eventwire.nlp import parse


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("BRUSSELS — The EU spared Hungarian banks from the new sanctions.",
         ("CONCEDE", "asserted", "IGO", "HUN")),
        ("OTTAWA — Canada spared American farm goods from its retaliatory tariffs on Friday.",
         ("CONCEDE", "asserted", "CAN", "USA")),
        ("LONDON — Britain will spare Indian steel from the new import duties.",
         ("CONCEDE", "intended", "GBR", "IND")),
    ],
)  # fmt: skip
def test_a_party_spared_a_measure_is_conceded_to(
    text: str, dyad: tuple[str, str, str, str]
) -> None:
    found = events_by_country(text)
    assert dyad in found, found
    assert not any(kind == "SANCTION" for kind, *_ in found), found


def test_spared_is_read_as_spare_and_sparred_as_spar() -> None:
    lemmas = {
        t.text: t.lemma_ for t in parse("The rebels spared the town, then sparred with the army.")
    }
    assert (lemmas["spared"], lemmas["sparred"]) == ("spare", "spar")
