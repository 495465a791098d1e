"""Who suffers an act and when force is a figure of speech: a subject that "came under
attack" or "escaped arrest" is the act's target; a verbal attack that names its grounds
("over the budget") is an accusation; "seized on the remarks" and "shot down the proposal"
are no force; one sentence that tells an attack by its place and by its victims is one
event; diplomatic closures, yielding verbs, relief from sanctions and evaluations that
the parser hangs oddly are read as the acts they are."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return events_by_country(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Ukrainian city of Kharkiv came under Russian missile attack overnight.",
         ("ASSAULT", "asserted", "RUS", "UKR")),
        ("Israeli positions came under rocket attack from Lebanon on Sunday.",
         ("ASSAULT", "asserted", "LBN", "ISR")),
        ("The Kenyan town of Mandera came under attack by al-Shabaab militants.",
         ("ASSAULT", "asserted", "SOM", "KEN")),
        ("A Kenyan reporter, Mary Wanjiru, escaped arrest by Ugandan police.",
         ("COERCE", "negated", "UGA", "KEN")),
    ],
)  # fmt: skip
def test_the_subject_that_undergoes_an_act_is_its_target(
    text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Swedish activist has avoided extradition to Norway for six years.",
        "The Chilean businessman is battling extradition to Peru.",
    ],
)
def test_one_who_escapes_an_act_is_never_its_source(text: str) -> None:
    # No one names who would extradite: no event, and above all no cooperation by the
    # person fighting it.
    assert not any(e[0] == "COOPERATE" for e in _events(text))


def test_a_standing_state_under_a_measure_is_no_act() -> None:
    # "Is under sanctions" says how things stand, not what someone did today.
    assert _events("Belarus has been under European Union sanctions for years.") == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Kenyan opposition lawmakers attacked Finance Minister John Mbadi over the budget.",
         ("ACCUSE", "asserted", "KEN", "KEN")),
        ("Kenyan opposition leader Raila Odinga attacked the government for failing to "
         "curb inflation.", ("ACCUSE", "asserted", "KEN", "KEN")),
        ("NAIROBI, Kenya (AP) — Finance Minister John Mbadi came under attack from "
         "opposition lawmakers over the budget.", ("ACCUSE", "asserted", "KEN", "KEN")),
    ],
)  # fmt: skip
def test_an_attack_that_names_its_grounds_is_an_accusation(
    text: str, event: tuple[str, str, str, str]
) -> None:
    events = _events(text)
    assert event in events
    assert not any(e[0] == "ASSAULT" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Somali militants attacked Kenyan troops over the border.",
        "Somali militants attacked Kenyan troops for two hours.",
        "Kenyan jets attacked Ugandan positions near the border.",
    ],
)
def test_places_and_spans_of_time_keep_an_attack_an_attack(text: str) -> None:
    assert [e[0] for e in _events(text)] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan opposition leader Raila Odinga seized on the remarks by Ugandan "
         "President Yoweri Museveni.", []),
        ("Kenyan President William Ruto shot down the Ugandan proposal.",
         [("REJECT", "asserted", "KEN", "UGA")]),
        ("Kenya's parliament struck down the Ugandan proposal.",
         [("REJECT", "asserted", "KEN", "UGA")]),
        ("Kenyan troops shot down a Ugandan drone.", [("ASSAULT", "asserted", "KEN", "UGA")]),
    ],
)  # fmt: skip
def test_force_aimed_at_words_is_a_figure_of_speech(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russian forces struck the Ukrainian city of Kharkiv with drones overnight, "
         "killing five people and wounding 20.", "UKR"),
        ("Israeli air strikes on villages in southern Lebanon killed six people on "
         "Wednesday.", "LBN"),
        ("Sudanese paramilitaries shelled a market in El Fasher, killing 12 civilians.",
         "SDN"),
    ],
)  # fmt: skip
def test_an_attack_told_by_its_place_and_its_victims_is_one_event(text: str, target: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    attacks = [e for e in coded.events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert attacks[0].target is not None and attacks[0].target.country == target
    assert attacks[0].fatalities is not None  # the toll stays with the one event


def test_attacks_on_two_countries_stay_two_events() -> None:
    events = _events("Russian drones struck Kyiv and Chisinau overnight.")
    assert {e[3] for e in events if e[0] == "ASSAULT"} >= {"UKR", "MDA"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Poland closed Russia's consulate in Gdansk.", ("SANCTION", "asserted", "POL", "RUS")),
        ("Poland shut the Russian consulate in Gdansk.", ("SANCTION", "asserted", "POL", "RUS")),
        ("Britain closed its embassy in Kabul.", ("SANCTION", "asserted", "GBR", "AFG")),
        ("Poland ordered the closure of Russia's consulate in Gdansk.",
         ("SANCTION", "asserted", "POL", "RUS")),
    ],
)  # fmt: skip
def test_closing_a_mission_is_a_sanction_on_its_owner(
    text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in _events(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Kenya said it would never cave to pressure from Uganda.",
         ("REJECT", "asserted", "KEN", "UGA")),
        ("Kenya will not succumb to pressure from Uganda.", ("REJECT", "asserted", "KEN", "UGA")),
        ("Kenya finally caved to Ugandan demands on Friday.",
         ("CONCEDE", "asserted", "KEN", "UGA")),
    ],
)  # fmt: skip
def test_yielding_verbs(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in _events(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("U.S. President Donald Trump will provide some relief from the tariffs on "
         "Chinese goods.", ("CONCEDE", "intended", "USA", "CHN")),
        ("The EU offered Iran relief from sanctions in exchange for inspections.",
         ("CONCEDE", "intended", "IGO", "IRN")),
        ("Japan provided emergency relief to Turkey after the earthquake.",
         ("AID", "asserted", "JPN", "TUR")),
    ],
)  # fmt: skip
def test_relief_from_a_measure_eases_it_and_relief_to_victims_is_aid(
    text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in _events(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # The predicate parsed as a second object of "called".
        ("Japanese Foreign Minister Taro Sato called the North Korean launch a violation "
         "of U.N. resolutions.", ("ACCUSE", "asserted", "JPN", "PRK")),
        # The object parsed as a compound of the predicate.
        ("Kenya's foreign ministry called the Ugandan decision regrettable.",
         ("ACCUSE", "asserted", "KEN", "UGA")),
        # A light noun whose "of" phrase carries the judgement.
        ("Kenya called the Ugandan raid an act of aggression.",
         ("ACCUSE", "asserted", "KEN", "UGA")),
        ("Lebanese President Michel Aoun said the Israeli presence on the hills was an "
         "occupation.", ("ACCUSE", "asserted", "LBN", "ISR")),
    ],
)  # fmt: skip
def test_evaluations_however_the_parser_hangs_them(
    text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in _events(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Azerbaijan handed over four Armenian prisoners to Armenia on Monday.",
         ("CONCEDE", "asserted", "AZE", "ARM")),
        ("Yerevan returned two Azerbaijani soldiers to Azerbaijan.",
         ("CONCEDE", "asserted", "ARM", "AZE")),
        ("Turkey handed over the suspect to Germany.", ("COOPERATE", "asserted", "TUR", "DEU")),
    ],
)  # fmt: skip
def test_handing_over_captives_frees_them_and_a_suspect_is_cooperation(
    text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan parliament debated sanctions on Uganda.",
        "Kenya is reviewing its defence agreement with Uganda.",
        "Kenya is reconsidering its military cooperation with Uganda.",
        "The EU already has sanctions on more than 50 Venezuelan officials.",
    ],
)
def test_a_measure_weighed_or_simply_held_is_no_act(text: str) -> None:
    assert _events(text) == []


def test_a_measure_imposed_or_a_deal_signed_is_still_an_act() -> None:
    assert ("SANCTION", "asserted", "IGO", "VEN") in _events(
        "The EU imposed sanctions on 50 Venezuelan officials."
    )
    assert ("AGREE", "asserted", "KEN", "UGA") in _events(
        "Kenya has signed a defence agreement with Uganda."
    )


def test_a_clause_of_time_or_contrast_keeps_its_own_status() -> None:
    events = _events(
        "Kenyan activist Boniface Mwangi said Kenya cannot claim to be a democracy while it "
        "jails Ugandan reporters."
    )
    assert ("COERCE", "asserted", "KEN", "UGA") in events


@pytest.mark.parametrize(
    "text",
    [
        "The German Defense Ministry said it will send two more launchers to Ukraine.",
        "Germany delivered air defence batteries to Ukraine.",
        "Germany has shipped howitzers to Ukraine.",
    ],
)
def test_any_arms_named_make_a_transfer_military_aid(text: str) -> None:
    assert any(e[0] == "AID" and e[2:] == ("DEU", "UKR") for e in _events(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("ASUNCION, Paraguay (AP) — Riot police fired rubber bullets at demonstrators.", "PRY"),
        ("Riot Police fired tear gas at Paraguayan demonstrators.", "PRY"),
        ("On Monday, riot police fired tear gas at Paraguayan demonstrators.", "PRY"),
    ],
)
def test_a_capitalised_title_opening_a_sentence_is_still_a_placed_agent(
    text: str, source: str
) -> None:
    assert any(e[0] == "ASSAULT" and e[2] == source for e in _events(text))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("LIMA, Peru (AP) — Peru recalled its ambassador to Bolivia for consultations.",
         ("SANCTION", "asserted", "PER", "BOL")),
        ("Ghana recalled its envoy from Burkina Faso on Friday.",
         ("SANCTION", "asserted", "GHA", "BFA")),
    ],
)  # fmt: skip
def test_recalling_an_envoy_is_aimed_at_the_country_of_the_post(
    text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in _events(text)
