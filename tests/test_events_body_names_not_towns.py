"""A body's name that goes on past its head word ("the Alliance of Sahel States") is no
town named like that head word (Alliance, Ohio): an event argument the actor pass left
unnamed is not read as a place of the same name. A place name before a place noun still
stands for its country. Sentences written for these tests."""

from __future__ import annotations

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _dyads(text: str) -> set[tuple[str, str | None, str | None]]:
    coded = code_text(text, published="2026-03-10")
    assert isinstance(coded, CodedArticle)
    return {
        (e.type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in coded.events
    }


def test_a_body_named_with_of_is_not_the_town_of_its_head_word() -> None:
    found = _dyads("NIAMEY — The Alliance of Sahel States accused France of arming the rebels.")
    assert not any(source == "USA" for _, source, _ in found)


def test_a_body_named_with_for_is_not_the_town_of_its_head_word() -> None:
    found = _dyads("The Alliance for Coastal Renewal accused the governor of fraud.")
    assert not any(source == "USA" for _, source, _ in found)


def test_a_place_before_a_place_noun_still_stands_for_its_country() -> None:
    found = _dyads("Russian forces shelled the Kharkiv region on Monday.")
    assert ("ASSAULT", "RUS", "UKR") in found
