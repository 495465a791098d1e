""" "Our" inside a quote is the speaker's: "Our jets hit 30 targets," the defence ministry
said, is the ministry's strike. "My" is left alone: "my grandmother" is the speaker's
kin, not the speaker. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ('"Our jets hit 30 militant targets in northern Iraq overnight," the Turkish defence '
         "ministry said on Thursday.", "ASSAULT", "TUR"),
        ('"Our navy intercepted two Iranian boats near the strait," a Bahraini military '
         "spokesman said.", "COERCE", "BHR"),
        ('"Our guards detained 12 Afghan smugglers at the border," an Iranian police '
         "commander said on Monday.", "COERCE", "IRN"),
    ],
)  # fmt: skip
def test_our_in_a_quote_is_the_speaker_s(text: str, kind: str, source: str) -> None:
    found = [s for t, _, s, _ in events_by_country(text) if t == kind]
    assert found and all(s == source for s in found), events_by_country(text)


def test_my_kin_in_a_quote_is_not_the_speaker() -> None:
    text = ('"My grandfather was killed in the war," Britain\'s home secretary told '
            "lawmakers on Monday.")  # fmt: skip
    assert not any(o == "GBR" for t, _, _, o in events_by_country(text) if t == "ASSAULT")
