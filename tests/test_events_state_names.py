"""A state the text names only by its capital or a place in it is reported under the
state's own name, not its code."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("SEOUL — The presidential office urged Pyongyang to resume dialogue.", "North Korea"),
        ("Ukraine's foreign ministry issued a statement that accused Moscow of war crimes.",
         "Russia"),
        ("Kenyan police arrested 12 smugglers near Kisumu on Sunday.", None),
    ],
)  # fmt: skip
def test_a_state_met_only_through_a_place_keeps_its_name(text: str, target: str | None) -> None:
    found = dyads(text)
    assert found
    targets = {t for _, _, t in found}
    assert not any(t and len(t) == 3 and t.isupper() for t in targets), found
    if target is not None:
        assert target in targets, found
