"""A bare "General Assembly" in international news is the UN's, not the home country's
legislature; a state's own assembly named with its place ("the Virginia General
Assembly") keeps its country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _actors(text: str) -> dict[str, tuple[str | None, str | None]]:
    coded = code_text(text, published="2026-03-01")
    assert isinstance(coded, CodedArticle)
    return {a.name: (a.country, a.sector) for a in coded.actors}


@pytest.mark.parametrize(
    "text",
    [
        "China vetoed a Security Council text on Myanmar. Rights groups asked the General "
        "Assembly to take it up instead.",
        "NEW YORK — The General Assembly adopted a resolution on Sudan by 140 votes to 8.",
    ],
)
def test_a_bare_general_assembly_is_the_uns(text: str) -> None:
    assert _actors(text).get("UN General Assembly") == ("IGO", "IGO")


def test_a_state_assembly_named_with_its_place_keeps_its_country() -> None:
    found = _actors("RICHMOND, Va. — The Virginia General Assembly passed the budget on Friday.")
    assert found.get("Virginia General Assembly") == ("USA", "LEG")
