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


def _mentions(coded: CodedArticle, name: str) -> list[str]:
    actor = next(a for a in coded.actors if a.name == name)
    return [coded.article.text[m.start : m.end] for m in actor.mentions]


def test_the_initials_of_a_named_body_are_a_later_mention_without_brackets() -> None:
    coded = _coded("The Western Resistance Movement attacked a convoy on Monday. "
                   "The WRM said it would keep fighting.")  # fmt: skip
    assert _mentions(coded, "Western Resistance Movement") == ["Western Resistance Movement", "WRM"]


def test_initials_skip_the_small_words_of_the_name() -> None:
    coded = _coded("The Front for the Liberation of the Coast claimed the attack on Monday. "
                   "Officials said the FLC had recruited fighters in three villages.")  # fmt: skip
    assert "FLC" in _mentions(coded, "Front for the Liberation of the Coast")


def test_initials_before_the_full_name_or_of_a_short_name_are_left_alone() -> None:
    # Letters that come first may stand for something else; two words give too few letters.
    coded = _coded("The WRM was blamed. The Western Resistance Movement denied it. The army "
                   "of Chad, the National Guard, said NG units were on alert.")  # fmt: skip
    assert "WRM" not in _mentions(coded, "Western Resistance Movement")
    assert all("NG" not in m for a in coded.actors for m in _mentions(coded, a.name))
