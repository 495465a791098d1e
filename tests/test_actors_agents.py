"""Unnamed agents ("police", "the junta", "gunmen", "protesters") take a country from
the document, and the actor says how: our own sentences over the real pipeline (spaCy,
geocoder, dateline reader), one rule at a time."""

from __future__ import annotations

import pytest

from eventwire.actors.lexicon import singular
from eventwire.pipeline import code_text
from eventwire.records import Actor, CodedArticle


def _actors(text: str) -> dict[str, Actor]:
    coded = code_text(text, published="2024-06-01")
    assert isinstance(coded, CodedArticle)
    return {a.name.lower(): a for a in coded.actors}


def _how(actor: Actor) -> tuple[str | None, str | None, str | None]:
    return actor.country, actor.sector, actor.country_how


# -- stated: the text names the nationality ------------------------------------------------


def test_a_nationality_before_the_noun_is_stated() -> None:
    actors = _actors("Kenyan police fired tear gas at students on Monday.")
    assert _how(actors["kenyan police"]) == ("KEN", "GOV", "text")


# -- phrase: a place or nationality in the agent's phrase or clause -----------------------


def test_a_place_after_the_noun_gives_its_country() -> None:
    actors = _actors("Police in Tbilisi detained a dozen journalists on Monday.")
    assert _how(actors["police"]) == ("GEO", "GOV", "phrase")
    # Detained where the police are: the clause's other party places the object.
    assert _how(actors["journalists"]) == ("GEO", "MED", "phrase")


def test_a_place_where_the_clause_happens_gives_the_agent_its_country() -> None:
    actors = _actors("Soldiers shot dead five protesters in Mandalay.")
    assert _how(actors["soldiers"]) == ("MMR", "MIL", "phrase")
    assert _how(actors["protesters"]) == ("MMR", "CVL", "phrase")


@pytest.mark.parametrize(
    ("text", "noun", "country"),
    [
        ("Gunmen killed 20 villagers in Beni, Congo, on Sunday.", "gunmen", "COD"),
        ("Police arrested six students in Kisumu, Kenya.", "police", "KEN"),
        ("Troops shelled houses in Gao, Mali, overnight.", "troops", "MLI"),
    ],
)  # fmt: skip
def test_the_country_written_after_the_place_places_the_agent(
    text: str, noun: str, country: str
) -> None:
    actors = _actors(text)
    assert _how(actors[noun])[0] == country


def test_a_participle_phrase_places_the_noun() -> None:
    actors = _actors("Rebels from Darfur seized an aid convoy, and villagers held near Kano fled.")
    assert _how(actors["rebels"]) == ("SDN", "REB", "phrase")
    assert _how(actors["villagers"]) == ("NGA", "CVL", "phrase")


def test_a_nationality_in_the_place_phrase_places_the_agent() -> None:
    actors = _actors("Militants on Syrian soil fired rockets at a border town.")
    assert _how(actors["militants"]) == ("SYR", "REB", "phrase")
    actors = _actors("Islamabad blamed the attacks on militants present on Afghan soil.")
    assert _how(actors["militants"]) == ("AFG", "REB", "phrase")


def test_an_area_of_a_place_places_the_agent() -> None:
    actors = _actors("The junta imposed a curfew on the city of Mandalay.")
    assert _how(actors["junta"]) == ("MMR", "MIL", "phrase")


# -- coreference: an earlier body of the same sector whose country the text gives ----------


def test_the_junta_is_the_military_named_before_it() -> None:
    text = (
        "BANGKOK, April 9 (Wire) - Myanmar's army shelled villages near the border last "
        "week. The junta denied the reports."
    )
    actors = _actors(text)
    assert _how(actors["junta"]) == ("MMR", "MIL", "coreference")  # not the dateline's


def test_a_bare_repeat_of_an_agent_is_the_same_actor() -> None:
    actors = _actors("Kenyan students marched on Tuesday. On Wednesday students blocked a road.")
    assert list(actors) == ["kenyan students"]
    assert len(actors["kenyan students"].mentions) == 2


def test_the_government_after_a_placed_body_of_its_sector() -> None:
    text = "Police in Lagos arrested forty people. The government banned rallies for a week."
    actors = _actors(text)
    assert _how(actors["government"]) == ("NGA", "GOV", "coreference")


# -- dateline --------------------------------------------------------------------------------


def test_the_dateline_places_agents_the_text_does_not() -> None:
    actors = _actors(
        "YANGON, May 3 (Wire) - Security forces have arrested at least 2,400 people since the coup."
    )
    assert _how(actors["security forces"]) == ("MMR", "MIL", "dateline")
    assert _how(actors["people"]) == ("MMR", "CVL", "dateline")


def test_the_dateline_gives_the_opposition_its_country() -> None:
    actors = _actors(
        "ADDIS ABABA, Nov 2 (Wire) - Government troops recaptured two towns, and the "
        "opposition called for talks."
    )
    assert _how(actors["opposition"]) == ("ETH", "OPP", "dateline")
    (troops,) = (actor for name, actor in actors.items() if name.endswith("troops"))
    assert _how(troops) == ("ETH", "MIL", "dateline")


# -- article: the country the article is about, when one clearly dominates ---------------


def test_a_bureau_dateline_gives_way_to_the_country_the_story_is_about() -> None:
    actors = _actors(
        "NAIROBI, May 3 (Wire) - Somalia's president met elders in Mogadishu on Monday. "
        "In Somalia, troops later detained protesters in the port of Kismayo."
    )
    assert _how(actors["protesters"])[0] == "SOM"
    assert _how(actors["troops"]) == ("SOM", "MIL", "phrase")


def test_the_dominant_country_places_unnamed_agents() -> None:
    actors = _actors(
        "Ethiopia's prime minister spoke on Friday. Ethiopia has been at war for two years, "
        "and Ethiopian officials say the fighting is over. The army shot dead twelve rebels "
        "on Thursday."
    )
    assert _how(actors["army"]) == ("ETH", "MIL", "article")
    assert _how(actors["rebels"]) == ("ETH", "REB", "article")


def test_no_country_when_none_dominates() -> None:
    actors = _actors(
        "Kenya and Uganda signed a trade deal. Kenya and Uganda will share a port. "
        "Protesters marched on Monday."
    )
    assert "protesters" not in actors


def test_a_country_named_once_does_not_dominate() -> None:
    actors = _actors("Protesters chanted anti-Swedish slogans outside the embassy.")
    assert not [a for a in actors.values() if a.country == "SWE"]


# -- nouns that name no body the reader can place ---------------------------------------------


def test_indefinite_foreign_and_named_owner_nouns_stay_unplaced() -> None:
    text = (
        "LAGOS, May 1 (Wire) - Any government would struggle. Foreign nationals left the "
        "city, and G7 ministers met."
    )
    actors = _actors(text)
    assert not {"government", "nationals", "foreign nationals", "ministers"} & set(actors)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("TEGUCIGALPA, May 1 (Wire) - Police blamed the bus killings on a street gang.", "gang"),
        ("MAIDUGURI, May 1 (Wire) - An armed group attacked a village near the lake.",
         "armed group"),
        ("BUNIA, May 1 (Wire) - Witnesses said a local militia burned the market.", "militia"),
    ],
)  # fmt: skip
def test_one_armed_group_named_by_a_is_placed_as_the_group_is(text: str, group: str) -> None:
    # An armed group is one particular group even when "a" introduces it; "a government"
    # or "a union" (above) stays no body the reader can place.
    actors = _actors(text)
    assert any(name.endswith(group) and a.sector == "REB" for name, a in actors.items()), actors


# -- "parties": the sides of a dispute, unless the phrase says political parties -----------


@pytest.mark.parametrize(
    "text",
    [
        "Norway urged the parties concerned to show restraint.",
        "The mediator said both parties had agreed to a truce.",
        "The envoy met all parties to the conflict in Doha.",
    ],
)
def test_bare_parties_are_the_sides_of_a_dispute_not_political_parties(text: str) -> None:
    assert not any(name.endswith("parties") for name in _actors(text))


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Opposition parties in Kenya rejected the budget.", "opposition parties", "OPP"),
        ("Other parties in Britain criticised the plan.", "other parties", "POL"),
        ("Political parties in Nigeria endorsed the law.", "political parties", "POL"),
    ],
)
def test_qualified_parties_are_political_parties(text: str, name: str, sector: str) -> None:
    assert _actors(text)[name].sector == sector


# -- a group noun in the singular codes as its plural ------------------------------------


@pytest.mark.parametrize(
    ("plural", "one"),
    [("groups", "group"), ("militias", "militia"), ("authorities", "authority"),
     ("churches", "church"), ("forces", "force"), ("press", None), ("census", None),
     ("bus", None)],
)  # fmt: skip
def test_singular_of_a_regular_plural(plural: str, one: str | None) -> None:
    assert singular(plural) == one


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("QUETTA, May 3 (Wire) - The separatist group accused the army of abuses.",
         "separatist group", "REB"),
        ("GOMA, May 3 (Wire) - Gunmen from the armed group attacked a convoy.",
         "armed group", "REB"),
        ("KABUL, May 3 (Wire) - The army said the rebel group had seized a district.",
         "rebel group", "REB"),
    ],
)  # fmt: skip
def test_a_singular_group_noun_is_an_actor(text: str, name: str, sector: str) -> None:
    assert _actors(text)[name].sector == sector
