"""Forces sent to, along or away from a frontier, with no addressee written, act toward
the country on its other side; a frontier of the source's own alone names no one.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("India has deployed an additional 10,000 troops along its disputed Himalayan "
         "border with China.", ("MOBILIZE", "IND", "CHN")),
        ("Belarus moved tanks and artillery units toward its border with Ukraine on "
         "Tuesday.", ("MOBILIZE", "BLR", "UKR")),
        ("Poland sent 2,000 more soldiers to the Belarusian border on Friday.",
         ("MOBILIZE", "POL", "BLR")),
        ("Russia withdrew troops from the border with Kazakhstan.",
         ("RETREAT", "RUS", "KAZ")),
        ("Armenia pulled its troops back from the Azerbaijani border.",
         ("RETREAT", "ARM", "AZE")),
    ],
)  # fmt: skip
def test_the_other_side_of_the_border(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_border_of_ones_own_names_no_one() -> None:
    assert not dyads("Mexico sent 10,000 troops to its northern border.", by="country")
