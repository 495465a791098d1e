"""Who a reference stands for and what a construction does: "it" for a government or an
embassy named before, an object pronoun bound by its main clause, "each other", a
stance its subject holds ("is opposed to"), an act asked for or refused under a verb
that names no dyad, the head noun that only measures an object ("a round of talks"),
a missile fired at no one, and the wire words for complaints, remands and deployments."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return events_by_country(text)


def _actors(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    return {a.name: (a.kind, a.country, a.sector) for a in coded.actors}


# -- references ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Chilean government announced that it was suspending flights to Bolivia.",
         ("SANCTION", "intended", "CHL", "BOL")),
        ("Norway's foreign ministry said it was working closely with Kenyan authorities.",
         ("COOPERATE", "asserted", "NOR", "KEN")),
        ("The Japanese embassy said it had lodged a protest with Manila over the arrests.",
         ("ACCUSE", "asserted", "JPN", "PHL")),
    ],
)  # fmt: skip
def test_it_stands_for_a_body_named_by_a_singular_noun(
    text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in _events(text)


def test_a_military_command_is_a_body_that_it_and_its_may_stand_for() -> None:
    found = _events("Israel's General Staff said its jets had struck a Syrian army depot.")
    assert ("ASSAULT", "asserted", "ISR", "SYR") in found
    assert _actors("Ukraine's high command said the line held.")["Ukraine's high command"] == (
        "group",
        "UKR",
        "MIL",
    )


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("TEGUCIGALPA, Honduras — Members of the Red Scorpion gang attacked a police post.",
         "Red Scorpion gang", "HND"),
        ("LIMA, Peru — Police blamed the Black Condor gang for the killings on Sunday.",
         "Black Condor gang", "PER"),
    ],
)  # fmt: skip
def test_a_gang_named_by_a_name_no_lexicon_knows_is_placed_like_any_gang(
    text: str, name: str, country: str
) -> None:
    kind, placed, _ = _actors(text)[name]
    assert (kind, placed) == ("group", country)


def test_a_person_s_name_still_owns_the_body_it_names() -> None:
    # "the Trump administration" is no Palestinian body, whatever the dateline says.
    text = (
        "RAMALLAH, West Bank — U.S. President Donald Trump moved the embassy on Monday. "
        "The Palestinian Authority has rejected the Trump administration as a mediator."
    )
    assert ("REJECT", "asserted", "PSE", "USA") in _events(text)


def test_a_name_the_lexicons_know_still_owns_its_people() -> None:
    # "G7 ministers" belong to the G7, whatever the dateline says.
    actors = _actors("ROME — G7 ministers met on Friday to discuss Ukraine.")
    assert all(country != "ITA" for _, country, _ in actors.values())


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("HONIARA, Solomon Islands — China's embassy urged the government to protect "
         "Chinese shops.", ("REQUEST", "asserted", "CHN", "SLB")),
        ("QUITO, Ecuador — The United States embassy issued a travel warning. Rights groups "
         "urged the government to respect due process.", ("REQUEST", "asserted", "ECU", "ECU")),
    ],
)  # fmt: skip
def test_a_mission_abroad_is_never_the_government_of_its_host(
    text: str, event: tuple[str, str, str, str]
) -> None:
    found = _events(text)
    assert event in found
    assert not any(e[0] == "REQUEST" and e[3] in {"CHN", "USA"} for e in found)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Japan's foreign ministry said the government would impose sanctions on Russia.",
         ("SANCTION", "intended", "JPN", "RUS")),  # a future told in the past
        ("Canada's trade ministry said the government had imposed tariffs on Chinese steel.",
         ("SANCTION", "asserted", "CAN", "CHN")),
    ],
)  # fmt: skip
def test_what_a_clause_acts_on_is_not_where_its_subject_is(
    text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in _events(text)


def test_a_body_named_before_outweighs_the_places_of_its_clause() -> None:
    text = (
        "COLOMBO, Sri Lanka — The navy arrested 14 Indian fishermen off the northern coast. "
        "A Sri Lankan court in Jaffna later remanded the fishermen in custody."
    )
    assert ("COERCE", "asserted", "LKA", "IND") in [e for e in _events(text) if e[0] == "COERCE"][
        1:
    ]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The navy arrested 14 Indian fishermen on Sunday, accusing them of poaching.",
         ("ACCUSE", "asserted", None, "IND")),
        ("Britain imposed sanctions on two Russian generals, accusing them of war crimes.",
         ("ACCUSE", "asserted", "GBR", "RUS")),
        ("Kenya expelled a Ugandan diplomat on Monday, accusing him of spying.",
         ("ACCUSE", "asserted", "KEN", "UGA")),
    ],
)  # fmt: skip
def test_a_participle_s_object_pronoun_is_the_main_clause_s_object(
    text: str, event: tuple[str, str, str | None, str]
) -> None:
    found = [e for e in _events(text) if e[0] == "ACCUSE"]
    assert found and found[0][3] == event[3]
    if event[2] is not None:
        assert found[0] == event


def test_a_pronoun_with_no_object_above_binds_nothing() -> None:
    # The main clause has no object for "them" to stand for.
    assert not any(e[0] == "ACCUSE" for e in _events("Protesters marched, accusing them of lying."))


# -- two-way acts, stances, asked-for acts --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "India and Pakistan blamed one another for the clash.",
        "Armenia and Azerbaijan accused each other of shelling border villages.",
        "Armenia and Azerbaijan traded accusations over the shelling.",
    ],
)
def test_each_other_makes_each_side_act_on_the_other(text: str) -> None:
    found = {(e[0], e[2], e[3]) for e in _events(text)}
    first, second = ("IND", "PAK") if "India" in text else ("ARM", "AZE")
    assert ("ACCUSE", first, second) in found and ("ACCUSE", second, first) in found


def test_exchanging_fire_is_an_attack_each_way() -> None:
    found = {(e[0], e[2], e[3]) for e in _events("Indian and Pakistani troops exchanged fire.")}
    assert {("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")} <= found


def test_exchanging_views_is_no_attack() -> None:
    assert not any(e[0] == "ASSAULT" for e in _events("The leaders exchanged views on trade."))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Israel is opposed to French mediation in the talks, an aide said.",
         ("REJECT", "asserted", "ISR", "FRA")),
        ("Hungary was strongly opposed to the Ukrainian proposal.",
         ("REJECT", "asserted", "HUN", "UKR")),
    ],
)  # fmt: skip
def test_being_opposed_to_something_is_its_subject_s_rejection(
    text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany objected to sending tanks to Ukraine.",
        "Germany is opposed to sending tanks to Ukraine.",
        "Venezuela said it had asked the U.S. envoy to ease oil sanctions and to halt "
        "deportation flights to El Salvador.",
    ],
)
def test_an_act_objected_to_or_asked_for_is_not_done(text: str) -> None:
    assert not any(e[0] in {"AID", "SANCTION"} and e[1] == "asserted" for e in _events(text))


def test_a_refusal_still_reads_the_act_refused() -> None:
    assert ("REJECT", "asserted", "DEU", "UKR") in _events(
        "Germany refused to send tanks to Ukraine."
    )


# -- objects and shows of force ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Iran held a second round of talks with Oman on Sunday.",
         ("CONSULT", "asserted", "IRN", "OMN")),
        ("The EU imposed a new package of sanctions on Belarus.",
         ("SANCTION", "asserted", "IGO", "BLR")),
        ("Norway sent a fresh batch of missiles to Ukraine.",
         ("AID", "asserted", "NOR", "UKR")),
        ("LIMA, Peru — The government declared a state of emergency in two provinces.",
         ("COERCE", "asserted", "PER", "PER")),
    ],
)  # fmt: skip
def test_a_noun_that_only_measures_the_object_lets_its_of_phrase_count(
    text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two ballistic missiles into the sea on Thursday.",
        "North Korea launched a ballistic missile on Thursday.",
        "Pakistan test-fired a cruise missile off its southern coast.",
    ],
)
def test_a_missile_fired_at_no_one_is_a_show_of_force(text: str) -> None:
    found = _events(text)
    assert found and all(e[0] == "MOBILIZE" and e[3] is None for e in found)


def test_a_missile_fired_at_someone_stays_an_attack() -> None:
    assert ("ASSAULT", "asserted", "RUS", "UKR") in _events("Russia fired missiles at Ukraine.")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Japan lodged a protest with China over the incursion.",
         ("ACCUSE", "asserted", "JPN", "CHN")),
        ("The Philippines filed a diplomatic protest against China.",
         ("ACCUSE", "asserted", "PHL", "CHN")),
        ("LAGOS, Nigeria — The court remanded the Ghanaian traders in custody on Tuesday.",
         ("COERCE", "asserted", "NGA", "GHA")),
        ("Russia ordered troops into Belarus.", ("MOBILIZE", "asserted", "RUS", "BLR")),
        ("MANILA, Philippines — The army ordered troops to the southern island.",
         ("MOBILIZE", "asserted", "PHL", None)),
        ("DHAKA, Bangladesh — The government suspended the Awami League's registration.",
         ("COERCE", "asserted", "BGD", "BGD")),
    ],
)  # fmt: skip
def test_wire_words_for_complaints_remands_orders_and_bans(
    text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in _events(text)


def test_the_president_named_before_is_the_one_meant() -> None:
    text = "French President Emmanuel Macron visited Kenya. The president signed a deal with Kenya."
    assert ("AGREE", "asserted", "FRA", "KEN") in _events(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Iran seized a Greek-flagged tanker in the Gulf of Oman.",
         ("COERCE", "asserted", "IRN", "GRC")),
        ("Houthi rebels attacked a British-owned cargo ship in the Red Sea.",
         ("ASSAULT", "asserted", "YEM", "GBR")),
    ],
)  # fmt: skip
def test_a_nationality_hyphened_to_ownership_owns_the_thing(
    text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in _events(text)


def test_a_nationality_hyphened_to_anything_else_stays_part_of_a_word() -> None:
    # "Anti-French" names France as the target, not as a party that owns the protests.
    assert all(e[2] != "FRA" for e in _events("Anti-French protests spread in Niamey."))


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Germany will provide Ukraine with two more air defence systems.", ("DEU", "UKR")),
        ("The United States provided Israel with bombs.", ("USA", "ISR")),
    ],
)
def test_providing_someone_with_arms_aids_them(text: str, dyad: tuple[str, str]) -> None:
    assert ("AID", *dyad) in {(e[0], e[2], e[3]) for e in _events(text)}


def test_an_addressee_written_outweighs_the_owner_of_the_thing_given() -> None:
    found = {(e[0], e[2], e[3]) for e in _events("Germany provided Ukrainian weapons to Poland.")}
    assert found == {("AID", "DEU", "POL")}


def test_blocking_a_package_of_measures_rejects_its_owner() -> None:
    text = "Hungary blocked the EU's latest sanctions package against Russia."
    assert ("REJECT", "asserted", "HUN", "IGO") in _events(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Thousands marched in Belgrade to demand the government's resignation.", "SRB"),
        ("Dozens protested outside the Russian embassy in Warsaw.", "POL"),
    ],
)
def test_a_crowd_counted_but_not_named_is_the_people_where_it_protests(
    text: str, country: str
) -> None:
    protests = [e for e in _events(text) if e[0] == "PROTEST"]
    assert protests and protests[0][2] == country


def test_foreign_in_a_title_is_part_of_the_title() -> None:
    # "foreign" makes "foreign nationals" of any country but this one; "the foreign
    # ministry" is this country's own.
    actors = _actors("NAIROBI, Kenya — The foreign ministry summoned the Chinese ambassador.")
    assert actors["foreign ministry"][1] == "KEN"
    assert ("ACCUSE", "asserted", "KEN", "CHN") in _events(
        "NAIROBI, Kenya — The foreign ministry summoned the Chinese ambassador."
    )


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Netherlands pledged $500 million to Ukraine.",
         ("AID", "intended", "NLD", "UKR")),
        ("The Netherlands pledged 500 million euros to Ukraine.",
         ("AID", "intended", "NLD", "UKR")),
    ],
)  # fmt: skip
def test_money_pledged_is_aid_promised(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in _events(text)


def test_a_vow_of_revenge_is_a_threat_made_now() -> None:
    assert ("THREATEN", "asserted", "PSE", "ISR") in _events("Hamas vowed revenge against Israel.")


def test_suspending_a_member_sanctions_it() -> None:
    text = "The African Union suspended Niger's membership after the coup."
    assert ("SANCTION", "asserted", "IGO", "NER") in _events(text)


def test_a_curfew_on_a_city_places_those_who_impose_it_there() -> None:
    # A city an act falls on is where its unnamed agents are; a country it falls on is not.
    found = _events("Police imposed a curfew on Mandalay after the riots.")
    assert found and found[0][2] == "MMR"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Hamas said it would attack Israeli towns if the siege went on.",
         ("THREATEN", "asserted", "PSE", "ISR")),
        ("The Malian junta said it will arrest any French soldier found on its soil.",
         ("THREATEN", "asserted", "MLI", "FRA")),
        ("ABUJA, Nigeria — The unions said they will go on strike against the government.",
         ("THREATEN", "asserted", "NGA", "NGA")),
    ],
)  # fmt: skip
def test_force_its_doer_says_it_will_use_is_a_threat(
    text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in _events(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Japan said it would lift sanctions on Iran.", "CONCEDE"),
        ("Russia said it would cut gas supplies to Moldova.", "SANCTION"),
        ("Hezbollah said it would not disarm while Israeli troops remained in Lebanon.", None),
        ("A Russian official said Moscow would sign a deal with Iran.", "AGREE"),
    ],
)
def test_a_plan_that_harms_no_one_or_that_someone_else_tells_is_no_threat(
    text: str, kind: str | None
) -> None:
    assert all(e[0] != "THREATEN" for e in _events(text))
