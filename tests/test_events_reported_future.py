""" "Would" in what a past speech verb reports is the future told in the past ("Kenya
said it would send troops": intended, as "will send" is), not a condition; an "if" or
"unless" clause, another modal or a present speech verb keeps it conditional. A planned
joint act stays the act (COOPERATE, intended), not an agreement. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _events(text: str) -> set[tuple[str, str]]:
    coded = code_text(text, published="2026-03-10")
    assert isinstance(coded, CodedArticle)
    return {(e.type, e.status) for e in coded.events}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kenya said it would send 500 troops to Somalia next month.", "MOBILIZE"),
        ("Japan's foreign ministry announced that Tokyo would provide $20 million to Laos.",
         "AID"),
        ("The minister told reporters that Peru would withdraw its troops from Bolivia.",
         "RETREAT"),
        ("Japan said it would impose sanctions on Russia and would provide aid to Ukraine.",
         "AID"),
    ],
)  # fmt: skip
def test_would_under_a_past_speech_verb_is_intended(text: str, kind: str) -> None:
    found = _events(text)
    assert (kind, "intended") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya says it would send troops to Somalia.",
        "Kenya said it could send troops to Somalia.",
        "Kenya would send troops to Somalia.",
        "Kenya said it would have sent troops to Somalia.",
        "Kenya said it would consider sending troops to Somalia.",
        "Analysts predicted that Kenya would send troops to Somalia.",
    ],
)
def test_other_woulds_and_modals_stay_conditional(text: str) -> None:
    assert ("MOBILIZE", "intended") not in _events(text)


def test_a_condition_keeps_the_reported_act_conditional() -> None:
    found = _events("Kenya said it would send troops to Somalia if the African Union asked.")
    assert ("MOBILIZE", "intended") not in found


def test_a_refusal_told_with_would_not_is_still_a_refusal() -> None:
    assert ("REJECT", "asserted") in _events("Iran said it would not attend the talks with Oman.")


def test_a_planned_joint_exercise_is_cooperation_not_an_agreement() -> None:
    found = _events("Chile's navy said Chilean and Peruvian ships would stage joint drills in May.")
    assert ("COOPERATE", "intended") in found and not any(t == "AGREE" for t, _ in found)
