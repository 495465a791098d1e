"""A measure told with its rate ("duties of up to 100 percent on Canadian oil"): the
parser hangs what it is laid on under the rate; it is still the measure's target.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Beijing slapped anti-dumping levies of as much as 90 percent on Australian barley.",
         ("SANCTION", "CHN", "AUS")),
        ("The United States raised tariffs of 25 percent on Mexican steel.",
         ("SANCTION", "USA", "MEX")),
        ("India slapped a levy of 20 per cent on Bangladeshi jute.",
         ("SANCTION", "IND", "BGD")),
    ],
)  # fmt: skip
def test_the_rate_s_on_phrase_is_the_target(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")
