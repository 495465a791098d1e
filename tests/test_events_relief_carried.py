"""Relief carried to those in need: the goods or helpers flown, dispatched, rushed or
handed out decide that moving them is aid (CAMEO 073); the recipient is the place or
people they go to, or, in a datelined story that names none, the story's country; help
a country brings to its own people is no dyad. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


def _aid(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(s, src, tgt) for k, s, src, tgt in events_by_country(text) if k == "AID"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a verb of carriage with relief goods, measured in a partitive noun
        ("Japan flew 30 tonnes of drinking water to Vanuatu on Sunday.", "JPN", "VUT"),
        ("Qatar shipped 2 million doses of vaccine to Yemen last month.", "QAT", "YEM"),
        # helpers sent are aid as goods are
        ("Turkey dispatched a team of rescuers to Morocco after the quake.", "TUR", "MAR"),
        ("Germany deployed engineers to Libya to repair the dams.", "DEU", "LBY"),
        ("India rushed tents and blankets to Sri Lanka.", "IND", "LKA"),
        # goods handed out to people of a place
        ("UNICEF handed out food parcels to children in Sudan.", "IGO", "SDN"),
        # the object that decides is a later conjunct
        ("Chile sent firefighters and bottled water to Bolivia.", "CHL", "BOL"),
    ],
)
def test_relief_carried_to_a_recipient_is_aid(text: str, source: str, target: str) -> None:
    assert any(src == source and tgt == target for _, src, tgt in _aid(text)), _aid(text)


def test_an_offer_of_relief_is_aid_promised() -> None:
    found = _aid("Norway offered surgeons and relief supplies to Nepal.")
    assert found == [("intended", "NOR", "NPL")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia flew two bombers to Venezuela for drills.",
        "Britain dispatched a warship to the Gulf.",
        "Iran shipped crude oil to Syria.",
    ],
)
def test_force_or_trade_carried_is_no_aid(text: str) -> None:
    assert _aid(text) == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "SUVA, Fiji — A cyclone flattened villages across Fiji's western islands. "
            "Australia pledged A$10 million for shelters and clean water on Tuesday.",
            "FJI",
        ),
        (
            "LILONGWE, Malawi — Floods cut the main road south of the capital. "
            "Britain said it would fly in tents and water purification kits.",
            "MWI",
        ),
    ],
)
def test_aid_with_no_recipient_written_goes_to_the_datelined_country(
    text: str, target: str
) -> None:
    assert [tgt for _, _, tgt in _aid(text)] == [target]


@pytest.mark.parametrize(
    "text",
    [
        # no dateline: whom the relief is for is not said
        "A cyclone flattened villages in Fiji. Australia pledged A$10 million for shelters.",
        # the giver is of the datelined country: help at home
        "SUVA, Fiji — Fiji's government flew food and tents to the western islands.",
    ],
)
def test_no_recipient_is_made_up(text: str) -> None:
    assert [tgt for _, _, tgt in _aid(text) if tgt is not None] == []


def test_a_country_relieving_its_own_people_is_no_dyad() -> None:
    text = "Peru's government flew food and blankets to flooded villages in Peru's north."
    assert _aid(text) == []
