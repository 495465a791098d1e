"""A capital the lexicons read as its state, written as a party ("an accord with Paris",
"talks with Moscow") and not in a phrase of place, is not where a sentence happens: an
unnamed body in that sentence stays in the story's home. A town or a capital in a phrase
of place ("in Gao", "outside Moscow") still places it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _countries(text: str) -> dict[str, str | None]:
    coded = code_text(text, published="2026-03-01")
    assert isinstance(coded, CodedArticle)
    return {a.name: a.country for a in coded.actors}


@pytest.mark.parametrize(
    ("text", "body", "home"),
    [
        ("NIAMEY, Niger (AFP) — The junta scrapped a defence cooperation accord with Paris on "
         "Friday.", "junta", "NER"),
        ("BAMAKO, Mali (AP) — The military government expelled the French ambassador and "
         "suspended its security talks with Paris on Monday.", "military government", "MLI"),
        ("TBILISI, Georgia (AP) — The government froze its trade talks with Moscow on "
         "Wednesday after Russian troops moved closer to the boundary line.", "government",
         "GEO"),
    ],
)  # fmt: skip
def test_a_capital_as_a_party_does_not_move_an_unnamed_body_abroad(
    text: str, body: str, home: str
) -> None:
    assert _countries(text).get(body) == home


def test_a_town_in_a_phrase_of_place_still_places_the_body() -> None:
    text = "BANGKOK (AP) — The army shelled villages near Myawaddy on Sunday, residents said."
    assert _countries(text).get("army") == "MMR"
