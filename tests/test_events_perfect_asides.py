"""A relative clause set off by commas keeps its own facts. In the perfect it says what
its noun has done before ("Uganda, which has deployed troops in Somalia, ..."): background,
not the act the sentence reports. In any tense, a negation in the main clause does not
reach it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    "text",
    [
        "Uganda, which has deployed troops in Somalia, stayed out of the vote.",
        "Rwanda, which had deployed soldiers in Mozambique, did not attend the summit.",
        "Turkey, which has imposed sanctions on Israel, hosted the meeting of ministers.",
    ],
)
def test_an_aside_in_the_perfect_is_background(text: str) -> None:
    found = [k for k, _, _, _ in events_by_country(text)]
    assert not {"MOBILIZE", "SANCTION"} & set(found)


def test_the_main_clause_negation_stays_out_of_the_aside() -> None:
    found = events_by_country(
        "Chad, which sent 300 soldiers to Niger on Monday, was not invited to the summit."
    )
    assert found == [("MOBILIZE", "asserted", "TCD", "NER")]
