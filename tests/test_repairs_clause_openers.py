"""A clause's opening word ("after", "before", "since") that the parser reads as a
preposition, its next name as the preposition's object: the name is the subject of the
verb that follows, and what that verb tells is coded. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads
from eventwire.nlp import parse


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Colombia expelled Venezuela's ambassador after Caracas accused Bogota of "
         "plotting a coup.", ("ACCUSE", "VEN", "COL")),
        ("Egypt summoned Ethiopia's ambassador after Addis Ababa accused Cairo of backing "
         "rebels.", ("ACCUSE", "ETH", "EGY")),
    ],
)  # fmt: skip
def test_the_name_after_the_opener_is_the_subject(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_the_repaired_tree() -> None:
    doc = parse("Colombia expelled Venezuela's ambassador after Caracas accused Bogota of "
                "plotting a coup.")  # fmt: skip
    caracas = next(t for t in doc if t.text == "Caracas")
    after = next(t for t in doc if t.lower_ == "after")
    assert (caracas.dep_, caracas.head.lower_) == ("nsubj", "accused")
    assert (after.dep_, after.head.lower_) == ("mark", "accused")
    assert (after.head.dep_, after.head.head.lower_) == ("advcl", "expelled")


@pytest.mark.parametrize(
    ("text", "word", "dep"),
    [
        # A real phrase of time: the name stays the preposition's object.
        ("Talks resumed after Easter in Geneva.", "Easter", "pobj"),
        # A verb that has its own subject is left as parsed.
        ("Kenya protested after Uganda's army crossed the border.", "army", "nsubj"),
    ],
)
def test_other_phrases_keep_their_reading(text: str, word: str, dep: str) -> None:
    doc = parse(text)
    assert next(t for t in doc if t.text == word).dep_ == dep
