"""Common news phrasings of criticism and protest: "lashed out at X", "took aim at X",
"held X responsible",
a crowd "protested outside the Russian embassy" (the building's owner is the target)."""

from __future__ import annotations

import pytest

from event_dyads import dyads
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Turkey lashed out at Greece over the militarisation of islands.",
         ("ACCUSE", "TUR", "GRC")),
        ("The United States took aim at China over its support for Moscow's war.",
         ("ACCUSE", "USA", "CHN")),
        ("Serbia's president took a swipe at Croatia on Monday.", ("ACCUSE", "SRB", "HRV")),
        ("Israel brushed aside a UN call for a ceasefire.", ("REJECT", "ISR", "IGO")),
        ("Russia shrugged off the EU's new sanctions.", ("REJECT", "RUS", "IGO")),
        ("Egypt held Ethiopia responsible for the failure of the dam talks.",
         ("ACCUSE", "EGY", "ETH")),
        ("Poland's prime minister said Warsaw held Minsk accountable for the crossings.",
         ("ACCUSE", "POL", "BLR")),
        ("Thousands of Armenians protested outside the Russian embassy in Yerevan.",
         ("PROTEST", "ARM", "RUS")),
        ("Hundreds of Kenyans rallied outside the Ugandan embassy in Nairobi.",
         ("PROTEST", "KEN", "UGA")),
    ],
)  # fmt: skip
def test_idioms_of_criticism_and_protest(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_title_never_ends_in_a_preposition() -> None:
    # An imported pattern ("embassy in") once swallowed the word after the body.
    coded = code_text("Protesters gathered at the Russian embassy in Yerevan.",
                      published="2024-03-05")  # fmt: skip
    assert isinstance(coded, CodedArticle)
    assert all(not a.name.endswith(" in") for a in coded.actors)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Russian missile strikes on Ukraine killed three civilians.", ("ASSAULT", "RUS", "UKR")),
        ("Israeli air strikes on Gaza killed 12 people.", ("ASSAULT", "ISR", "PSE")),
        ("Teachers went on strike against the government in Kenya.", ("PROTEST", "KEN", "KEN")),
    ],
)
def test_a_weapon_makes_a_strike_an_attack(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan opposition leader said he fought to get the report published.",
        "Sudanese women have fought to keep their schools open.",
        "The Polish minister battled to get the budget through parliament.",
    ],
)
def test_fighting_to_do_something_peaceful_is_effort_not_force(text: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    assert not [e for e in coded.events if e.type == "ASSAULT"]


def test_fighting_to_retake_ground_is_still_force() -> None:
    coded = code_text("Ukrainian troops fought Russian forces to retake the village of "
                      "Robotyne.", published="2025-03-05")  # fmt: skip
    assert isinstance(coded, CodedArticle)
    assert [e.type for e in coded.events] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Hong Kong's street battles are an existential threat to Xi Jinping's rule.",
        "Iran poses a threat to Israel, the Israeli minister said.",
        "Russia remained the main threat to NATO, the alliance said.",
    ],
)
def test_a_threat_predicated_of_something_is_no_threat_made(text: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    assert not [e for e in coded.events if e.type == "THREATEN"]


def test_equipment_that_is_not_arms_is_no_aid() -> None:
    coded = code_text("Volkswagen has equipped the car with touch panels.", published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    assert not coded.events
    assert ("AID", "GBR", "UKR") in dyads(
        "Britain equipped the Ukrainian army with tanks.", by="country"
    )


@pytest.mark.parametrize(
    "text",
    [
        'Teachers in Indiana chanted, "Fund our schools," as hundreds lined the Statehouse.',
        '"Stop bombing Gaza," Turkish protesters shouted outside the Israeli embassy.',
        "\u201cRelease the prisoners now,\u201d the Kenyan crowd chanted.",
    ],
)
def test_a_quoted_command_is_asked_not_done(text: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    assert not [e for e in coded.events if e.type in {"AID", "ASSAULT", "CONCEDE"}]


def test_a_quoted_statement_of_fact_is_still_coded() -> None:
    assert ("ASSAULT", "RUS", "UKR") in dyads(
        '"Russia attacked Ukraine again," the British minister said.', by="country"
    )


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Georgian riot police used water cannon and pepper spray against protesters in "
         "Tbilisi.", ("ASSAULT", "GEO", "GEO")),
        ("Kenyan police used tear gas on demonstrators in Nairobi.", ("ASSAULT", "KEN", "KEN")),
        ("Serbian police used excessive force against students in Belgrade.",
         ("ASSAULT", "SRB", "SRB")),
    ],
)  # fmt: skip
def test_riot_weapons_used_on_people_are_violent_repression(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")


def test_using_a_veto_is_no_repression() -> None:
    coded = code_text("Russia used its veto at the Security Council.", published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    assert not [e for e in coded.events if e.type == "ASSAULT"]
