"""Force used on a site that names no actor (a village, a camp, a police station, a
pipeline, "targets" or "military sites") is used on the country where the site is: the
place its phrase or clause gives, else the home country when the doers are at home and
not its own forces. A ship no phrase places is of no country the text tells. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # the place hangs on the verb, not on the site
        ("KYIV, Ukraine — Russian forces attacked a village near Kharkiv on Monday.",
         ("ASSAULT", "RUS", "UKR")),
        # the place is a province the site's phrase names
        ("BOGOTA, Colombia — ELN rebels bombed an oil pipeline in Arauca on Sunday.",
         ("ASSAULT", "COL", "COL")),
        # no place: armed men at home attack a site of their own country
        ("KHARTOUM, Sudan — Rebels attacked a displacement camp before dawn on Friday, "
         "witnesses said.", ("ASSAULT", "SDN", "SDN")),
        # a foreign army abroad, placed by the clause
        ("BANGKOK — A Myanmar military airstrike hit a monastery in the Sagaing region on "
         "Wednesday.", ("ASSAULT", "MMR", "MMR")),
        # the generic words of war reports: targets, sites, areas, installations
        ("DAMASCUS, Syria — Israeli jets struck targets near Damascus overnight, state "
         "media said.", ("ASSAULT", "ISR", "SYR")),
        ("BEIRUT — Israeli warplanes hit several sites in southern Lebanon on Tuesday.",
         ("ASSAULT", "ISR", "LBN")),
        ("KYIV, Ukraine — Russian artillery shelled residential areas of Kherson overnight.",
         ("ASSAULT", "RUS", "UKR")),
        ("SANAA, Yemen — U.S. forces struck military installations in Yemen's Hodeidah "
         "province.", ("ASSAULT", "USA", "YEM")),
    ],
)  # fmt: skip
def test_a_struck_site_is_its_countrys(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    "text",
    [
        # a state's own troops, a site no phrase places: not an attack on the home country
        "MOSCOW — Russian troops shelled a village on Monday, the ministry said.",
        # a kind of act named, not one done
        '"Attacking churches, whether by bombing or by arson, is forbidden," the cleric '
        "said in Cairo.",
        # a ship is where the sea is, not where the story is filed
        "ADEN, Yemen — Houthi rebels fired a missile at a commercial ship in the Red Sea "
        "on Sunday.",
        "MOGADISHU, Somalia — Pirates attacked a fishing boat off the coast overnight.",
        "TRIPOLI, Libya — Militiamen fired on an oil tanker near the port on Sunday.",
    ],
)
def test_no_site_target_without_a_place(text: str) -> None:
    assert not any(kind == "ASSAULT" for kind, _, _ in dyads(text, by="country"))
