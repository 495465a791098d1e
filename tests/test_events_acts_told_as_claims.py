"""An act told as the content of a claim noun ("claims by Estonian officials that Russian
jets had violated its airspace") is reported, not asserted by the text. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The Kremlin dismissed as baseless claims by Estonian officials that Russian "
         "military aircraft had violated Estonia's airspace.", ("MOBILIZE", "RUS", "EST")),
        ("Manila repeated its allegation that Chinese coast guard ships had fired water "
         "cannon at a Philippine boat.", ("ASSAULT", "CHN", "PHL")),
    ],
)  # fmt: skip
def test_a_claimed_act_is_reported(text: str, act: tuple[str, str, str]) -> None:
    found = [e for e in events_by_country(text) if (e[0], e[2], e[3]) == act]
    assert found and all(e[1] == "reported" for e in found)


def test_an_act_the_text_tells_stays_asserted() -> None:
    text = "Human Rights Watch said Rwandan troops shelled the Congolese town of Sake."
    assert ("ASSAULT", "asserted", "RWA", "COD") in events_by_country(text)


def test_a_verb_after_the_claim_stays_the_speaker_s() -> None:
    text = (
        "Bangladesh rejected Indian claims that minorities were being targeted and urged "
        "New Delhi to halt what it termed misleading coverage."
    )
    assert ("REQUEST", "asserted", "BGD", "IND") in events_by_country(text)
