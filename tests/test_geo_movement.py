"""A town the small model leaves untagged, or tags as a product, is a place when a word of
going is written before its "to": "fled to X", "a trip to X", "heading south to X". A bare
"to" is no such word: people are spoken, written and given things "to"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.geo import Gazetteer
from located_names import located_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thousands fled to Goma as the rebels advanced.", "Goma"),
        ("A trip to Mombasa was cancelled at the last minute.", "Mombasa"),
        ("The convoy was heading south to Kismayo when the bridge collapsed.", "Kismayo"),
        ("The minister flew to Gwadar on Monday.", "Gwadar"),
    ],
)
def test_the_goal_of_a_journey_is_a_place(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name in located_names(nlp, gaz, text)
    assert name in located_names(nlp, gaz, text, geoparse=False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The prize went to Austin, a teacher from Leeds.", "Austin"),
        ("She spoke to Shirley before the vote.", "Shirley"),
    ],
)
def test_to_without_a_word_of_going_names_no_place(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name not in located_names(nlp, gaz, text)
