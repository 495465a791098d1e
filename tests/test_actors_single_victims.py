"""One unnamed person a verb acts on ("shot dead a police officer", "a villager was
abducted") is a party, placed as the plural would be, a state's agent too: by the place
the clause names. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a state's agent, placed by the clause's place
        ("Gunmen shot dead a police officer at a checkpoint in Nigeria's Zamfara state on "
         "Monday.", ("ASSAULT", "NGA", "NGA")),
        ("Militants ambushed a patrol and killed a soldier near the Malian town of Gao.",
         ("ASSAULT", "MLI", "MLI")),
        # a legislator, the passive's subject
        ("A lawmaker was abducted by armed men in Haiti's Artibonite region overnight.",
         ("ASSAULT", "HTI", "HTI")),
        # one person of a trade or a place, named by a word the lexicons list only in
        # the plural before
        ("Bandits kidnapped a fisherman from a village in Cameroon's Far North region.",
         ("ASSAULT", "CMR", "CMR")),
        ("Police in Bolivia arrested a protester outside the electoral court in La Paz.",
         ("COERCE", "BOL", "BOL")),
        ("Soldiers in Burkina Faso detained a villager accused of helping insurgents.",
         ("COERCE", "BFA", "BFA")),
    ],
)  # fmt: skip
def test_one_person_acted_on(text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(text, by="country")


def test_a_subject_so_written_stays_unplaced() -> None:
    """ "A soldier said" is no one the clause places: no event of his."""
    found = dyads("A soldier told reporters in Niamey that the convoy had turned back.",
                  by="country")  # fmt: skip
    assert found == set() or all(src is None for _, src, _ in found), found
