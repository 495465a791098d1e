"""Support announced for the future is AGREE, as the PLOVER manual codes a promise; done,
it keeps its own type. Future meetings, aid and joint acts keep theirs, with status
intended (our gold codes planned joint exercises as COOPERATE, where the manual's usage
notes would say AGREE)."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _coded(text: str) -> set[tuple[str, str]]:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    return {(e.type, e.status) for e in coded.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan will back India's bid for a permanent Security Council seat.",
         ("AGREE", "intended")),
        ("Japan backed India's bid for a permanent Security Council seat.",
         ("SUPPORT", "asserted")),
        ("Kenya will host talks with Ethiopia next month.", ("CONSULT", "intended")),
    ],
)  # fmt: skip
def test_promised_support_is_agree(text: str, expected: tuple[str, str]) -> None:
    assert expected in _coded(text)
