"""A response that an act draws, told in a participle hung on the act ("..., prompting a
protest from London", "..., drawing condemnation from Cairo", "..., prompting Ottawa to
threaten retaliation"), is made by the one who responds, against the act's doer.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Israel widened its offensive in Gaza, drawing condemnation from Egypt.",
         ("ACCUSE", "EGY", "ISR")),
        ("Washington imposed tariffs on Canadian steel, prompting Ottawa to threaten "
         "retaliation.", ("THREATEN", "CAN", "USA")),
        ("Russia expelled two British diplomats, prompting London to summon the Russian "
         "ambassador.", ("ACCUSE", "GBR", "RUS")),
        ("Beijing sent warships into Philippine waters, sparking criticism from Manila.",
         ("ACCUSE", "PHL", "CHN")),
    ],
)  # fmt: skip
def test_the_responder_answers_the_doer(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_the_doer_is_no_responder() -> None:
    found = dyads("Israel widened its offensive in Gaza, drawing condemnation from Egypt.",
                  by="country")  # fmt: skip
    assert ("ACCUSE", "ISR", "EGY") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Russia pounded Kharkiv with missiles, prompting Germany to send more air "
        "defence systems.",
        "An Israeli strike killed dozens in Gaza, prompting Egypt to deliver more aid.",
        "The Houthis attacked ships in the Red Sea, drawing strikes from US and British "
        "jets.",
    ],
)  # fmt: skip
def test_help_and_force_drawn_are_not_aimed_at_the_doer(text: str) -> None:
    found = dyads(text, by="country")
    assert not any(t in {"RUS", "ISR", "YEM"} and k != "ASSAULT" for k, _, t in found), found
