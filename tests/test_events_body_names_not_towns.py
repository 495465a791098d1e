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
    # Read as the town of Alliance, the body made the United States the accuser.
    found = _dyads("NIAMEY — The Alliance of Sahel States accused France of backing the rebels.")
    assert not any(source == "USA" for _, source, _ in found)


def test_a_body_the_actor_pass_names_keeps_its_own_country() -> None:
    found = _dyads("MONROVIA — The Alliance for Democratic Renewal accused the president of fraud.")
    assert ("ACCUSE", "LBR", "LBR") in found


def test_a_place_before_a_place_noun_still_stands_for_its_country() -> None:
    found = _dyads("Russian forces shelled the Kharkiv region on Monday.")
    assert ("ASSAULT", "RUS", "UKR") in found
