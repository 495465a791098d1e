"""Expelling a nation's people, named by their nationality alone, deports civilians
(COERCE, CAMEO 174); expelling its envoys stays a diplomatic sanction (CAMEO 166).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def coded(text: str) -> list[tuple[str, str | None, str | None]]:
    out = code_text(text, published="2025-03-05")
    assert isinstance(out, CodedArticle)
    return [(e.type, e.cameo, e.target.country if e.target else None) for e in out.events]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Pakistan began expelling undocumented Afghans on Wednesday.", ("COERCE", "174", "AFG")),
        ("The Dominican Republic expelled thousands of Haitians last month.",
         ("COERCE", "174", "HTI")),
        ("Algeria expelled 300 Nigerians who had crossed the desert.", ("COERCE", "174", "NGA")),
    ],
)  # fmt: skip
def test_a_nations_people_are_deported(text: str, event: tuple[str, str, str]) -> None:
    assert event in coded(text)


def test_envoys_expelled_stay_a_sanction() -> None:
    assert ("SANCTION", "166", "EST") in coded("Russia expelled two Estonian diplomats.")
