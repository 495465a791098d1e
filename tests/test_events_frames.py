"""Frame rules of the event coder (events/frames.py and implied sources), on our own
sentences parsed by the real spaCy model."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle, Event


def _events(text: str, published: str = "2025-03-05") -> tuple[Event, ...]:
    coded = code_text(text, published=published)
    assert isinstance(coded, CodedArticle)
    return coded.events


def _dyads(text: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (e.type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in _events(text)
    }


def test_attack_on_a_policy_is_an_accusation() -> None:
    text = "The Spanish foreign minister attacked Morocco's fishing policy on Monday."
    assert ("ACCUSE", "ESP", "MAR") in _dyads(text)
    assert not any(t == "ASSAULT" for t, _, _ in _dyads(text))


def test_attack_with_a_speech_complement_is_an_accusation() -> None:
    text = "Kenya's president attacked Uganda, saying its troops had crossed the border."
    assert ("ACCUSE", "KEN", "UGA") in _dyads(text)


def test_armed_attack_stays_an_assault() -> None:
    assert ("ASSAULT", "RUS", "UKR") in _dyads("Russian forces attacked Ukraine on Friday.")


def test_refusal_takes_the_refused_act_object_as_target() -> None:
    dyads = _dyads("Peru refused to accept Chile's proposal on the maritime border.")
    assert ("REJECT", "PER", "CHL") in dyads
    assert not any(t == "AGREE" for t, _, _ in dyads)  # the refused act is not coded


def test_noun_that_is_only_a_dispute_topic_is_no_event() -> None:
    dyads = _dyads("Canada filed a complaint against Mexico over Brazilian support for farmers.")
    assert ("ACCUSE", "CAN", "MEX") in dyads
    assert not any(t == "SUPPORT" for t, _, _ in dyads)


def test_anti_prefix_makes_the_country_the_target() -> None:
    events = _events("Thousands of students joined anti-American demonstrations in Tehran.")
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests and all(e.target is not None and e.target.country == "USA" for e in protests)
    assert all(e.source is not None and e.source.country != "USA" for e in protests)


def test_agentless_arrest_implies_the_local_authorities() -> None:
    events = _events("Two Lithuanian journalists were arrested in Minsk on Friday.")
    arrests = [e for e in events if e.type == "COERCE"]
    assert len(arrests) == 1
    source = arrests[0].source
    assert source is not None and (source.country, source.sector) == ("BLR", "GOV")
    target = arrests[0].target
    assert target is not None and target.country == "LTU"  # not the detainees' own state


def test_protest_noun_with_no_named_crowd_implies_civilians() -> None:
    events = _events("Police fired tear gas at anti-government protests in Caracas on Sunday.")
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests and protests[0].source is not None
    assert (protests[0].source.country, protests[0].source.sector) == ("VEN", "CVL")
    target = protests[0].target
    assert target is not None and (target.country, target.sector) == ("VEN", "GOV")


def test_bare_participle_does_not_make_the_main_subject_its_agent() -> None:
    text = "Asked about the summit, the Japanese prime minister said talks would continue."
    assert not any(e.type == "REQUEST" for e in _events(text))


def test_light_verb_dative_is_the_addressee_of_a_noun_trigger() -> None:
    text = "The Chilean president sent the Brazilian president his warm congratulations."
    assert ("SUPPORT", "CHL", "BRA") in _dyads(text)


def test_between_names_the_parties_of_a_noun_trigger() -> None:
    text = "Germany described the agreement between Armenia and Azerbaijan as historic."
    dyads = _dyads(text)
    assert ("AGREE", "ARM", "AZE") in dyads
    assert not any(s == "DEU" for t, s, _ in dyads if t == "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "A meeting between the Indian and Chinese foreign ministers took place in Moscow.",
        "A meeting between the Kenyan and Ugandan presidents took place in Arusha.",
        "Clashes between Armenian and Azerbaijani troops broke out on the border.",
    ],
)
def test_coordinated_nationalities_after_between_are_never_one_party_twice(text: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    pairs = [(e.source.country, e.target.country) for e in coded.events if e.target]
    assert pairs and all(s != t for s, t in pairs), pairs


def test_unknown_acronym_is_not_read_as_a_town() -> None:
    events = _events("Jordan shared intelligence with the PA about the smuggling ring.")
    assert all(e.target is None or e.target.country != "CHN" for e in events)


def test_verb_with_an_unresolved_object_is_not_coded_without_target() -> None:
    # "the delegates" is an addressee the coder cannot code: the target is unknown, not absent
    assert not _events("The Spanish foreign minister met the delegates on Tuesday.")


def test_intransitive_verb_of_a_standalone_type_needs_no_target() -> None:
    # Abroad, a protest presses no government the text gives (at home it presses its own).
    events = _events("Thousands of Ukrainians protested in Berlin on Saturday.")
    assert any(e.type == "PROTEST" and e.target is None for e in events)


def test_headline_is_not_coded_twice() -> None:
    text = (
        "Minister arrested in Minsk\n\nBelarusian police arrested a Lithuanian minister in Minsk."
    )
    triggers = [e.trigger.start for e in _events(text)]
    assert triggers and all(start > text.index("\n\n") for start in triggers)


def test_present_tense_relative_clause_is_a_standing_state() -> None:
    text = "Turkey, which occupies northern Cyprus, rejected the Greek proposal."
    assert not any(e.type == "COERCE" for e in _events(text))


def test_thing_named_after_a_place_is_not_that_country() -> None:
    text = "The Canadian prime minister praised the Kyoto protocol on Monday."
    assert all(e.target is None or e.target.country != "JPN" for e in _events(text))


def test_subject_of_ready_to_is_the_source() -> None:
    events = _events("Poland is ready to negotiate with Belarus over the border crossings.")
    assert any(
        (e.type, e.source and e.source.country, e.target and e.target.country, e.status)
        == ("CONSULT", "POL", "BLR", "intended")
        for e in events
    )


def test_it_refers_to_the_organisation_named_before() -> None:
    text = "NATO met on Friday. It will open accession talks with Georgia in May."
    assert ("CONSULT", "IGO", "GEO") in _dyads(text)


def test_the_two_countries_are_the_last_two_named() -> None:
    text = (
        "Relations between Peru and Chile have thawed, "
        "and the two countries signed a deal with Bolivia."
    )
    dyads = _dyads(text)
    assert {("AGREE", "PER", "BOL"), ("AGREE", "CHL", "BOL")} <= dyads


def test_home_country_falls_back_to_the_actors_countries() -> None:
    text = "Belarusian opposition leader Pavel Sevastyanov was arrested on Tuesday."
    arrests = [e for e in _events(text) if e.type == "COERCE"]
    assert arrests and arrests[0].source is not None
    assert (arrests[0].source.country, arrests[0].source.sector) == ("BLR", "GOV")


def test_should_in_reported_speech_is_a_request_to_its_subject() -> None:
    text = "The Irish foreign minister said the Italian prime minister should withdraw the plan."
    assert ("REQUEST", "IRL", "ITA") in _dyads(text)


def test_self_exhortation_is_not_a_request() -> None:
    assert not any(
        e.type == "REQUEST" for e in _events('"We must stay calm," the Kenyan president said.')
    )
    assert not any(
        e.type == "REQUEST" for e in _events("The Kenyan president said we must all vote.")
    )


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The Irish foreign minister said Italy should accept more asylum seekers.",
         ("REQUEST", "IRL", "ITA")),
        ("Chile must return the seized trawlers at once, the Peruvian president said.",
         ("REQUEST", "PER", "CHL")),
        ("Poland's prime minister told reporters that Germany must pay reparations.",
         ("REQUEST", "POL", "DEU")),
    ],
)  # fmt: skip
def test_state_told_what_it_should_do_is_asked(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in _dyads(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Slovak government presented a budget in Bratislava. Slovak unions opposed the plans.",
        "Slovakia's cabinet approved a tax bill. The Slovak opposition attacked the measure.",
        "Slovak farmers rejected the policy, Slovakia's farm lobby said on Monday.",
    ],
)
def test_unowned_policy_criticised_is_the_home_governments(text: str) -> None:
    events = [e for e in _events(text) if e.type in {"REJECT", "ACCUSE"}]
    assert any(
        e.target is not None and (e.target.country, e.target.sector) == ("SVK", "GOV")
        for e in events
    )


def test_unowned_plans_opposed_are_the_home_governments() -> None:
    text = (
        "The Polish government unveiled a pension reform in Warsaw on Monday. "
        "Polish trade unions oppose the plans."
    )
    events = [e for e in _events(text) if e.type == "REJECT"]
    assert events and events[0].target is not None
    assert (events[0].target.country, events[0].target.sector) == ("POL", "GOV")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # forces put on alert, the story's country named before
        ("Fighting spread across Mali on Monday and Mali closed its borders. "
         "Norway put its forces on standby to evacuate Norwegian nationals.",
         ("MOBILIZE", "NOR", "MLI")),
        # a withdrawal with no place named, in a story about one country
        ("Haiti's capital saw heavy gang violence on Friday, Haiti's police said. "
         "Canada withdrew its embassy guards on Saturday.",
         ("RETREAT", "CAN", "HTI")),
        # a deployment whose place is named
        ("Kenya deployed 400 police officers in Haiti on Tuesday.",
         ("MOBILIZE", "KEN", "HTI")),
    ],
)  # fmt: skip
def test_forces_moved_act_toward_the_country_where_it_happens(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(text)


def test_protest_verb_with_an_object_is_another_sense() -> None:
    text = "The Danish prime minister demonstrated the strength of the coalition on Monday."
    assert not any(e.type == "PROTEST" for e in _events(text))


def test_it_is_not_resolved_past_a_nearer_thing() -> None:
    text = "Germany discussed the embargo on Monday, and Sweden wants it to end soon."
    assert not any(e.type == "REQUEST" and e.target is not None for e in _events(text))


def test_unless_makes_a_harmful_act_a_threat() -> None:
    text = "Hungary's government will veto the budget unless the European Union frees its funds."
    events = _events(text)
    assert any(e.type == "THREATEN" and e.status == "asserted" for e in events)


def test_could_if_stays_a_hypothetical_act() -> None:
    text = "Israel might strike Iranian nuclear sites if diplomacy fails."
    events = _events(text)
    assert not any(e.type == "THREATEN" for e in events)


def test_generic_plural_addressee_means_no_single_target() -> None:
    text = "The Norwegian prime minister asked other countries to join the fund."
    assert ("REQUEST", "NOR", None) in _dyads(text)


def test_state_and_its_own_government_are_no_dyad() -> None:
    text = "Polish Prime Minister Donald Tusk urged Poland to stay calm."
    assert not any(
        e.source and e.target and e.source.country == e.target.country == "POL"
        for e in _events(text)
    )


def test_government_and_opposition_of_one_country_are_a_dyad() -> None:
    text = "Kenyan opposition leader Raila Odinga accused the Kenyan government of fraud."
    events = [e for e in _events(text) if e.type == "ACCUSE"]
    assert events and events[0].source is not None and events[0].target is not None
    assert events[0].source.country == events[0].target.country == "KEN"


def test_should_have_done_in_reported_speech_is_an_accusation() -> None:
    text = "The Kenyan opposition leader said the Kenyan government should have acted sooner."
    events = _events(text)
    assert [(e.type, e.target and e.target.sector) for e in events] == [("ACCUSE", "GOV")]


def test_mutual_act_by_both_goes_both_ways() -> None:
    text = (
        "Relations between Armenia and Azerbaijan have warmed. Both exchanged prisoners on Friday."
    )
    dyads = _dyads(text)
    assert {("CONCEDE", "ARM", "AZE"), ("CONCEDE", "AZE", "ARM")} <= dyads


def test_people_handed_back_stand_for_their_country() -> None:
    assert ("CONCEDE", "EGY", "ISR") in _dyads("Egypt handed back an Israeli on Monday.")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("BAKU — Azerbaijan returned 15 Armenian prisoners on Monday.", ("CONCEDE", "AZE", "ARM")),
        ("SEOUL — South Korea returned two North Korean sailors across the sea border.",
         ("CONCEDE", "KOR", "PRK")),
        ("KYIV — Ukraine agreed to return the bodies of 500 Russian soldiers.",
         ("CONCEDE", "UKR", "RUS")),
    ],
)  # fmt: skip
def test_people_returned_stand_for_their_country(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in _dyads(text)


def test_ones_own_people_brought_home_are_handed_to_no_one() -> None:
    text = "KYIV — Ukraine has returned home 84 Ukrainian prisoners of war from Russian captivity."
    assert not [d for d in _dyads(text) if d[0] == "CONCEDE" and d[2] == "UKR"]


def test_finite_conjunct_keeps_its_own_status() -> None:
    text = (
        "The Irish prime minister said Fianna Fail would publish a plan soon "
        "and criticised the Sinn Fein proposals."
    )
    accusations = [e for e in _events(text) if e.type == "ACCUSE"]
    assert accusations and all(e.status == "asserted" for e in accusations)


def test_the_two_governments_are_states_not_a_body_named_between() -> None:
    text = (
        "Japan and Indonesia held talks in Jakarta on Monday. Japan pledged ten patrol "
        "boats for the Indonesian Navy. The two governments also agreed to hold joint "
        "drills next month."
    )
    agree = [e for e in _events(text) if e.type == "AGREE"]
    assert agree
    parties = {agree[0].source, agree[0].target}
    assert {a.name for a in parties if a} == {"Japan", "Indonesia"}
