"""An acronym the article defines in brackets names the body every time it recurs."""

from __future__ import annotations

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _coded(text: str) -> CodedArticle:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    return coded


def test_a_bracketed_acronym_is_a_later_mention_of_the_body() -> None:
    text = ("Fighters of the Northern Liberation Front (NLF) crossed into Chad on Monday. "
            "The NLF said it would attack Chadian army posts.")  # fmt: skip
    coded = _coded(text)
    front = next(a for a in coded.actors if a.name == "Northern Liberation Front")
    later = text.rindex("NLF")
    assert any(m.start == later for m in front.mentions)


def test_the_name_of_a_body_stops_at_its_bracket() -> None:
    coded = _coded("The Allied Democratic Forces (ADF) raided a village in eastern Congo. "
                   "The ADF has raided several villages this year.")  # fmt: skip
    names = {a.name for a in coded.actors}
    assert "Allied Democratic Forces" in names
    assert not any("(" in name for name in names)


def test_brackets_that_hold_no_acronym_define_nothing() -> None:
    coded = _coded("The Kenyan Red Cross (in Nairobi) sent aid to Somalia. Red Cross teams "
                   "arrived in Mogadishu.")  # fmt: skip
    assert all("(" not in a.name for a in coded.actors)
