"""A verb coordinated, by the parser, with the passive verb of a clause below the one it
belongs to ("said that the suspects were arrested and accused Somalia of ...") is a
conjunct of the clause's governor: active, with the governor's subject. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_dyads import dyads
from eventwire.events.arguments import clause_subject, is_passive


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Kenya said that the suspects were arrested and accused Somalia of sheltering them.",
         ("ACCUSE", "KEN", "SOM")),
        ("Peru's interior minister said the two smugglers had been deported and accused "
         "Bolivia of ignoring the trade.", ("ACCUSE", "PER", "BOL")),
        ("Serbia's president denied that any troops were being massed and accused Kosovo of "
         "spreading panic.", ("ACCUSE", "SRB", "XKX")),
        ("Norway agreed to drop its condition that the loan be repaid in euros and pledged "
         "$50 million to Malawi.", ("AID", "NOR", "MWI")),
    ],
)  # fmt: skip
def test_the_second_verb_belongs_to_the_governing_clause(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")


def test_a_passive_conjunct_keeps_the_passive_subject(nlp: Language) -> None:
    doc = nlp("The minister said the prisoners were released and were accused of spying.")
    accused = next(t for t in doc if t.lower_ == "accused")
    assert is_passive(accused)


def test_a_coordinated_passive_with_an_object_stays_passive(nlp: Language) -> None:
    # "was summoned and given a letter": a passive that takes an object, in a main clause.
    doc = nlp("The Serbian ambassador was summoned and given a formal letter.")
    given = next(t for t in doc if t.lower_ == "given")
    assert is_passive(given)


def test_the_conjunct_takes_the_governor_s_subject(nlp: Language) -> None:
    doc = nlp("Kenya said that the suspects were arrested and accused Somalia of hiding them.")
    accused = next(t for t in doc if t.lower_ == "accused")
    subject = clause_subject(accused)
    assert subject is not None and subject.text == "Kenya"
    assert not is_passive(accused)
