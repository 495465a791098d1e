"""A body news names by its count of members ("the 27-nation bloc", "the 32-member
alliance") is that body, though the phrase is written in lower case."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("BRUSSELS — The 27-nation bloc imposed new tariffs on Chinese electric cars.",
         "European Union"),
        ("ABUJA — The 15-nation bloc urged Niger's generals to free the president.", "ECOWAS"),
        ("BRUSSELS — The 32-member alliance condemned Russia for the drone incursion.",
         "NATO"),
    ],
)  # fmt: skip
def test_a_body_named_by_its_count_of_members_is_that_body(text: str, body: str) -> None:
    coded = code_text(text, published="2025-10-01")
    assert isinstance(coded, CodedArticle)
    assert body in {a.name for a in coded.actors}
    assert any(e.source is not None and e.source.name == body for e in coded.events)


def test_a_count_several_blocs_share_names_none() -> None:
    # ASEAN, BRICS and the SCO have all had ten members: "the 10-member bloc" is none of
    # them by its count alone.
    coded = code_text(
        "TIANJIN — The Shanghai Cooperation Organisation met on Monday. The 10-member bloc "
        "condemned Israel.",
        published="2025-10-01",
    )
    assert isinstance(coded, CodedArticle)
    assert "ASEAN" not in {a.name for a in coded.actors}


def test_a_lower_case_phrase_without_a_count_is_still_no_name() -> None:
    # "turkey" and "china" in lower case are a bird and porcelain, not states.
    coded = code_text("The family pardoned a turkey and bought bone china.", published="2025-10-01")
    assert isinstance(coded, CodedArticle)
    assert not coded.actors
