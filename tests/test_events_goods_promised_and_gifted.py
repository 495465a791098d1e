"""Aid named by its measure ("30,000 vaccine doses", "two arms shipments"), promised
("promised $1 billion to X", "promised Kyiv more shells") or gifted ("gifted two boats
to X"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Beijing provided 30,000 vaccine doses to Laos last month.",
         ("AID", "asserted", "CHN", "LAO")),
        ("Turkey delivered two medicine shipments to Somalia on Friday.",
         ("AID", "asserted", "TUR", "SOM")),
        ("Kuwait promised $1 billion to Jordan's central bank.",
         ("AID", "intended", "KWT", "JOR")),
        ("Poland promised Ukraine more tanks and artillery shells.",
         ("AID", "intended", "POL", "UKR")),
        ("Japan gifted three patrol boats to Sri Lanka.",
         ("AID", "asserted", "JPN", "LKA")),
    ],
)  # fmt: skip
def test_goods_given_or_promised(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in events_by_country(text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator promised voters lower taxes.",
        "Malaysia promised a full inquiry into the crash.",
        "The minister promised reporters an answer by Friday.",
    ],
)
def test_no_aid_from_other_promises(text: str) -> None:
    assert not any(e[0] == "AID" for e in events_by_country(text))
