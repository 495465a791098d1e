"""A protest or attack verb whose subject moves on a market ("shares rallied", "exporters
rallied on a weaker yen") tells a market's move, no protest. A complaint lodged with a
state or its body ("lodged a strong complaint with Tokyo") is made against it; one lodged
with a court or an international body names the forum, not the party complained of.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    "text",
    [
        "TOKYO — Shares closed higher on Thursday as exporters rallied on a weaker yen.",
        "LONDON — Bank shares rallied after the central bank held interest rates.",
        "MEXICO CITY — The peso rallied for a third day as investors cheered the budget.",
    ],
)
def test_a_market_move_is_no_protest(text: str) -> None:
    assert not any(t == "PROTEST" for t, _, _ in dyads(text, by="country"))


def test_people_who_rally_still_protest() -> None:
    found = dyads(
        "NAIROBI — Teachers rallied outside the national assembly on Tuesday.", by="country"
    )
    assert any(t == "PROTEST" for t, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("BEIJING — China lodged a strong complaint with Tokyo on Thursday after a Japanese "
         "destroyer sailed through the strait.", ("ACCUSE", "CHN", "JPN")),
        ("SEOUL — South Korea lodged a formal complaint with Japan over the new textbooks.",
         ("ACCUSE", "KOR", "JPN")),
    ],
)  # fmt: skip
def test_a_complaint_lodged_with_a_state_is_against_it(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country"), dyads(text, by="country")


def test_a_complaint_lodged_with_a_forum_is_not_against_the_forum() -> None:
    text = "BRASILIA — Brazil lodged a complaint with the WTO against US steel tariffs."
    found = dyads(text, by="country")
    assert ("ACCUSE", "BRA", "USA") in found and not any(t == "IGO" for _, _, t in found)
