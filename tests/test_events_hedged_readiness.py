"""A readiness under a modal ("would be happy to send troops", "could be ready to fund
the mission") is only possible: hypothetical, also when a verb of reporting tells it;
a plain readiness ("is ready to send troops") stays intended. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _statuses(text: str, kind: str) -> set[str]:
    coded = code_text(text, published="2026-03-10")
    assert isinstance(coded, CodedArticle)
    return {e.status for e in coded.events if e.type == kind}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ghana said it would be happy to send troops to Mali.", "MOBILIZE"),
        ("Norway could be ready to fund the mission in Haiti.", "AID"),
        ("Senegal would be willing to send troops to Gambia.", "MOBILIZE"),
    ],
)
def test_a_readiness_under_a_modal_is_hypothetical(text: str, kind: str) -> None:
    assert _statuses(text, kind) == {"hypothetical"}


def test_a_plain_readiness_stays_intended() -> None:
    assert _statuses("Ghana is ready to send troops to Mali.", "MOBILIZE") == {"intended"}
