"""Fights told with both sides as one subject ("A and B clashed"), or with a "between"
phrase on a verb that only says the fight happened ("clashes broke out between A and B"):
the first-named side is coded acting on the other. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads, events_by_country


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Eritrea and Ethiopia clashed again along their shared frontier late on Sunday.",
         ("ASSAULT", "ERI", "ETH")),
        ("Serbian and Kosovar police clashed near a bridge in the divided town.",
         ("ASSAULT", "SRB", "XKX")),
        ("Peruvian troops and Ecuadorian troops fought for hours in the jungle.",
         ("ASSAULT", "PER", "ECU")),
        ("Thai and Laotian border guards fought briefly near the river crossing.",
         ("ASSAULT", "THA", "LAO")),
    ],
)  # fmt: skip
def test_two_sides_as_one_subject(text: str, dyad: tuple[str, str, str]) -> None:
    found = dyads(text, by="country")
    assert dyad in found
    assert (dyad[0], dyad[2], dyad[1]) not in found  # coded once, first-named as source


@pytest.mark.parametrize(
    "text",
    [
        "Spain and Portugal clashed over fishing quotas during the ministers' meeting.",
        "Ghana and Togo are fighting an outbreak of meningitis in the north.",
        "Chile and Uruguay will fight for the trophy in the final on Saturday.",
    ],
)
def test_no_fight_in_words_topics_or_games(text: str) -> None:
    assert not any(e[0] == "ASSAULT" for e in events_by_country(text))


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Heavy clashes broke out between Sudanese and Chadian soldiers near the border "
         "town on Friday.", ("ASSAULT", "SDN", "TCD")),
        ("Fierce fighting erupted overnight between Azerbaijani and Armenian troops.",
         ("ASSAULT", "AZE", "ARM")),
        ("Talks began on Monday between Afghanistan and Pakistan.",
         ("CONSULT", "AFG", "PAK")),
    ],
)  # fmt: skip
def test_between_on_the_verb_of_happening(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_feared_clash_stays_hypothetical() -> None:
    text = "Diplomats fear clashes could break out between Sudanese and Chadian soldiers."
    assert ("ASSAULT", "hypothetical", "SDN", "TCD") in events_by_country(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese and Chadian troops traded mortar fire across the frontier.",
        "Clashes broke out between Sudanese troops and Sudanese and Chadian soldiers.",
    ],
)
def test_one_army_never_fights_itself(text: str) -> None:
    found = dyads(text, by="country")
    assert ("ASSAULT", "SDN", "SDN") not in found
    assert ("ASSAULT", "SDN", "TCD") in found


@pytest.mark.parametrize(
    "text",
    [
        "Russian and Syrian troops fought alongside each other near Idlib.",
        "The two presidents clashed at the summit over Ukraine.",
        "Kenyan and Ugandan lawmakers clashed in a heated debate.",
    ],
)
def test_no_fight_side_by_side_in_words_or_between_people(text: str) -> None:
    assert not any(e[0] == "ASSAULT" for e in events_by_country(text))


def test_two_named_groups_of_one_country_stay_two_sides() -> None:
    found = dyads("The ELN and FARC dissidents exchanged fire in Arauca.")
    assert any(k == "ASSAULT" and s != t for k, s, t in found), found
