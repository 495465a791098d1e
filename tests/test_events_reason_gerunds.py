"""The doer of a gerund that gives the reason for what was done to an object ("blacklisted
two Chinese firms for supplying drones to Russia", "fined the Greek shipowner for carrying
Iranian oil") is that object, not the subject who punished or praised it. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _sources(text: str, kind: str) -> set[str | None]:
    coded = code_text(text, published="2026-02-11")
    assert isinstance(coded, CodedArticle)
    return {e.source.country for e in coded.events if e.type == kind}


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON — The U.S. Treasury blacklisted a dozen Chinese companies on Friday for "
        "allegedly supplying drone components to Russia's military.",
        "LONDON — Britain sanctioned two Chinese firms for supplying engines to Russia's army.",
    ],
)
def test_the_object_punished_did_the_act_it_is_punished_for(text: str) -> None:
    assert _sources(text, "COOPERATE") == {"CHN"}


def test_a_noun_that_names_no_party_leaves_the_act_to_the_subject() -> None:
    text = "KAMPALA — Uganda's president won praise for sending aid to flooded Kenya."
    assert _sources(text, "AID") == {"UGA"}
