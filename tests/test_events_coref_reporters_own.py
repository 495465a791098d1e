""" "its" on what the doer of a reported clause acts on stands for the body that reports
it, not for that doer: "Thailand said Cambodian troops fired on its soldiers" is fire on
Thai soldiers, told by Thailand (so an accusation, see claims.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The Thai army said Cambodian troops opened fire on its soldiers near the "
         "temple.", ("ACCUSE", "THA", "KHM")),
        ("India said Pakistani drones had attacked its air bases overnight.",
         ("ACCUSE", "IND", "PAK")),
        ("The Philippines said Chinese vessels fired water cannon at its boats near the "
         "shoal.", ("ACCUSE", "PHL", "CHN")),
    ],
)  # fmt: skip
def test_its_is_the_reporter(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_its_own_subject_when_it_reports_itself() -> None:
    # "it" as the doer is the reporter: "its" is then the same body, as before.
    found = dyads("Kenya said it had moved its troops to the Somali border.", by="country")
    assert found == {("MOBILIZE", "KEN", "SOM")}, found


@pytest.mark.parametrize(
    "text",
    [
        # a single doer may own what it acts on
        "The US said Iran had armed its proxies in Iraq.",
        # "its own" is the doer's
        "Israel said Hamas had fired on its own civilians in Gaza.",
        # an owned noun with a name in apposition is that name's
        "The US said China had given aid to its ally Russia.",
    ],
)  # fmt: skip
def test_its_stays_with_the_doer(text: str) -> None:
    reporter = text.split(" said ")[0].removeprefix("The ")
    found = dyads(text)
    assert not any(t == reporter or t == "United States" for _, _, t in found), found
