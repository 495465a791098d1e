"""A definite act noun points back at an act the story told, but never at one it told as
not done: "Britain did not impose sanctions" gives "condemned the sanctions" nobody to
condemn, and with another party's sanctions told before, it condemns those. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        (
            "France imposed sanctions on Iran on Monday. Britain did not impose sanctions "
            "on Iran. Tehran condemned the sanctions.",
            "FRA",
        ),
        (
            "Ghana expelled two Nigerian diplomats on Friday. Togo said it would not expel "
            "Nigerian diplomats. Nigeria condemned the expulsion.",
            "GHA",
        ),
        # no act not done in between: as before
        (
            "Turkish drones struck a depot in Idlib on Monday. Syria condemned the strike.",
            "TUR",
        ),
    ],
)
def test_the_act_pointed_at_was_done(text: str, accused: str) -> None:
    found = [tgt for k, _, _, tgt in events_by_country(text) if k == "ACCUSE"]
    assert found == [accused]


def test_an_act_not_done_is_no_antecedent() -> None:
    found = events_by_country(
        "Britain did not impose sanctions on Iran. Tehran condemned the sanctions."
    )
    assert [k for k, _, _, _ in found if k == "ACCUSE"] == []
