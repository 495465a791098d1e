"""A spokesperson whose title names the body spoken for ("a government spokesman", "the
police spokeswoman") is that body's voice: the act is coded to the home country's body,
the same actor as the body named elsewhere, and no unnamed person is added."""

from __future__ import annotations

import pytest

from event_dyads import dyads
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("ADDIS ABABA — A government spokesman accused the three reporters of spreading "
         "false information.", ("ACCUSE", "government", "reporters")),
        ("LAGOS — The police spokeswoman accused the protesters of looting shops.",
         ("ACCUSE", "police", "protesters")),
        ("KHARTOUM — An army spokesman accused the RSF of shelling the market.",
         ("ACCUSE", "army", "Rapid Support Forces")),
    ],
)  # fmt: skip
def test_a_spokesperson_named_by_the_body_speaks_for_it(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text), dyads(text)


def test_the_body_voice_is_the_body_named_elsewhere() -> None:
    coded = code_text(
        "ADDIS ABABA — The government banned the weekly on Monday. A government spokesman "
        "accused its editors of incitement.",
        published="2025-05-01",
    )
    assert isinstance(coded, CodedArticle)
    governments = [a for a in coded.actors if a.sector == "GOV" and a.country == "ETH"]
    assert len(governments) == 1, [(a.name, a.kind) for a in coded.actors]
    assert not any(a.kind == "person" for a in coded.actors)


def test_a_bare_spokesperson_speaks_for_no_body_of_the_home_country() -> None:
    # "the spokesman" alone may be any body's or state's: where it sits says nothing.
    coded = code_text(
        "ADDIS ABABA — The spokesman accused the three reporters of spreading false information.",
        published="2025-05-01",
    )
    assert isinstance(coded, CodedArticle)
    assert not any(a.sector == "GOV" for a in coded.actors)
