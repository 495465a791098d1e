"""A participle of harm after a comma (", killing four people") is the result of the
verb before it, even where the parser hangs it on a participle that describes that
verb's object ("fired on protesters disputing the vote, killing four"). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp import parse
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


@pytest.mark.parametrize(
    ("text", "doer", "killed"),
    [
        ("Security forces in Mozambique opened fire on protesters disputing the results of "
         "the election in Maputo on Thursday, killing at least four people.", "MOZ", 4),
        ("Ethiopian forces shelled towns sheltering families displaced by the fighting in "
         "Amhara last week, killing 14 civilians.", "ETH", 14),
        ("Zambian police fired on miners demanding unpaid wages outside the smelter, "
         "killing three people.", "ZMB", 3),
    ],
)  # fmt: skip
def test_the_harm_is_the_act_of_force_s(text: str, doer: str, killed: int) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    assaults = [e for e in coded.events if e.type == "ASSAULT"]
    assert assaults and all(e.source is not None and e.source.sector in {"MIL", "GOV"}
                            for e in assaults)  # fmt: skip
    tallied = [e for e in assaults if e.fatalities is not None]
    assert [(e.source.country, e.fatalities.value) for e in tallied if e.source] == [(doer, killed)]


def test_the_participle_hangs_on_the_verb_of_force() -> None:
    doc = parse("Troops fired on villagers fleeing the fighting, wounding 12.")
    wounding = next(t for t in doc if t.lower_ == "wounding")
    assert wounding.head.lower_ == "fired"


def test_a_participle_with_its_own_subject_stays() -> None:
    doc = parse("Police chased the gunmen, who fled into the hills, after they fired on a bus.")
    fled = next(t for t in doc if t.lower_ == "fled")
    assert fled.head.lower_ == "gunmen"


def test_the_harm_of_a_describing_act_of_force_stays_its_own() -> None:
    doc = parse("The UN condemned militants attacking a camp in Ituri, killing 20 civilians.")
    killing = next(t for t in doc if t.lower_ == "killing")
    assert killing.head.lower_ != "condemned"
