"""A relative clause set off by commas keeps its own facts. In the perfect it says what
its noun has done before ("Egypt, which has sent troops to Somalia, ..."): background,
not the act the sentence reports. In any tense, a negation in the main clause does not
reach it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    "text",
    [
        "Egypt, which has sent troops to Somalia, was not represented at the talks.",
        "Rwanda, which had deployed soldiers in Mozambique, did not attend the summit.",
        "Turkey, which has imposed sanctions on Israel, hosted the meeting of ministers.",
    ],
)
def test_an_aside_in_the_perfect_is_background(text: str) -> None:
    found = [k for k, _, _, _ in events_by_country(text)]
    assert not {"MOBILIZE", "SANCTION"} & set(found)


def test_the_main_clause_negation_stays_out_of_the_aside() -> None:
    found = events_by_country(
        "Egypt, which sent 300 troops to Somalia on Monday, was not invited to the talks."
    )
    assert found == [("MOBILIZE", "asserted", "EGY", "SOM")]
