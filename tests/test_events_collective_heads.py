"""A collective noun whose "of" phrase names the people in it ("an alliance of opposition
parties", "a mob of protesters", "a network of smugglers") stands for them as an event's
party, as "thousands of protesters" does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _sources(text: str, kind: str) -> set[tuple[str | None, str | None]]:
    coded = code_text(text, published="2026-03-10")
    assert isinstance(coded, CodedArticle)
    return {
        (e.source.country if e.source else None, e.source.sector if e.source else None)
        for e in coded.events
        if e.type == kind
    }


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ("CARACAS, Venezuela — An alliance of opposition parties accused the government "
         "of rigging the count.", "ACCUSE", ("VEN", "OPP")),
        ("LAGOS, Nigeria — A mob of protesters attacked a police station on Monday.",
         "ASSAULT", ("NGA", "CVL")),
        ("BAMAKO, Mali — A coalition of rebel groups attacked an army base on Sunday.",
         "ASSAULT", ("MLI", "REB")),
        ("MANAGUA, Nicaragua — A federation of trade unions rejected the government's "
         "wage offer.", "REJECT", ("NIC", "CVL")),
    ],
)  # fmt: skip
def test_a_collective_stands_for_its_members(text: str, kind: str, source: tuple[str, str]) -> None:
    assert source in _sources(text, kind)


def test_a_named_body_keeps_its_own_name() -> None:
    # "The Arab League" is a body of its own: its members are not the party.
    found = _sources("The Arab League condemned Israel's strikes on Gaza.", "ACCUSE")
    assert found == {("IGO", "IGO")}
