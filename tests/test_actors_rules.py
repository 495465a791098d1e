"""Actor coding rules added for party standing, dating, affiliations and sector output;
each on a sentence of our own over a real parse."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eventwire.actors import recognise
from eventwire.actors.lexicon import Era, default_lexicon, load_lexicon, same_role
from eventwire.nlp import parse
from eventwire.records import Actor


def _actors(text: str, **options: object) -> dict[str, Actor]:
    index = recognise(parse(text), **options)  # type: ignore[arg-type]
    return {a.name: a for a in index.actors}


def _code(actor: Actor) -> tuple[str | None, str | None]:
    return actor.country, actor.sector


# -- sectors as reported ----------------------------------------------------------------


def test_refined_sectors_are_reported_in_the_coarse_set() -> None:
    actors = _actors("The Trades Union Congress called a one-day strike.")
    assert _code(actors["Trades Union Congress"]) == ("GBR", "CVL")
    lex = default_lexicon()
    assert (lex.output_sector("LAB"), lex.output_sector("SPY"), lex.output_sector("MIL")) == (
        "CVL",
        "GOV",
        "MIL",
    )


def test_criminal_gangs_are_armed_groups_and_single_offenders_civilians() -> None:
    # The gold conventions code criminal gangs and cartels as their country's REB; a
    # suspect or a smuggler stays a civilian (CRM, reported as CVL).
    assert default_lexicon().output_sector("CRM") == "CVL"
    actors = _actors("Honduran gang members torched two buses on Monday.")
    assert _code(actors["Honduran gang members"]) == ("HND", "REB")
    actors = _actors("Mexican cartels fought Honduran suspects on Monday.")
    assert _code(actors["Mexican cartels"]) == ("MEX", "REB")
    assert _code(actors["Honduran suspects"]) == ("HND", "CVL")


# -- party standing ---------------------------------------------------------------------


def test_party_in_government_on_the_date_is_gov_and_out_of_it_opp() -> None:
    lex = default_lexicon()
    assert lex.party_sector("Labour Party", dt.date(2006, 3, 1), None) == "GOV"
    assert lex.party_sector("Labour Party", dt.date(2016, 3, 1), None) == "OPP"
    assert lex.party_sector("Labour Party", None, None) is None
    assert lex.party_sector("British National Party", dt.date(2006, 3, 1), None) is None


def test_party_standing_over_an_era_must_hold_for_all_of_it() -> None:
    lex = default_lexicon()
    inside = Era(dt.date(2002, 1, 1), dt.date(2005, 1, 1))
    across = Era(dt.date(2008, 1, 1), dt.date(2012, 1, 1))
    assert lex.party_sector("Conservative Party", None, inside) == "OPP"
    assert lex.party_sector("Labour Party", None, inside) == "GOV"
    assert lex.party_sector("Labour Party", None, across) is None


def test_party_leader_takes_the_party_standing_on_the_publication_date() -> None:
    text = "Labour leader Peter Marchbank attacked the budget."
    before = _actors(text, published=dt.date(2016, 2, 1))["Peter Marchbank"]
    during = _actors(text, published=dt.date(2003, 2, 1))["Peter Marchbank"]
    assert _code(before) == ("GBR", "OPP")
    assert _code(during) == ("GBR", "GOV")


def test_party_person_with_no_date_known_stays_pol() -> None:
    actors = _actors("Labour leader Peter Marchbank attacked the budget.")
    assert _code(actors["Peter Marchbank"]) == ("GBR", "POL")


def test_undated_article_is_dated_by_an_office_its_text_names() -> None:
    actors = _actors("Prime Minister Tony Blair met Tory leader Edwin Halloran in London.")
    assert _code(actors["Tony Blair"]) == ("GBR", "GOV")
    assert _code(actors["Edwin Halloran"]) == ("GBR", "OPP")


def test_a_movement_in_power_is_the_government_and_out_of_it_armed() -> None:
    # The Taliban governed from 1996 to 2001 and again from August 2021.
    lex = default_lexicon()
    assert lex.party_sector("Taliban", dt.date(2024, 3, 1), None) == "GOV"
    assert lex.party_sector("Taliban", dt.date(2012, 3, 1), None) == "REB"
    assert lex.party_sector("Taliban", dt.date(1999, 3, 1), None) == "GOV"
    text = "The Taliban's foreign ministry urged Germany to reopen its embassy in Kabul."
    for year, sector in [(2024, "GOV"), (2012, "REB")]:
        actors = _actors(text, published=dt.date(year, 3, 1))
        assert _code(actors["Taliban"]) == ("AFG", sector), year
    # Hayat Tahrir al-Sham has governed Syria since December 2024.
    assert lex.party_sector("Hayat Tahrir al-Sham", dt.date(2025, 6, 1), None) == "GOV"
    assert lex.party_sector("Hayat Tahrir al-Sham", dt.date(2023, 6, 1), None) == "REB"
    # No date known: the lexicon's own sector.
    assert _code(_actors("Taliban fighters seized the district centre.")["Taliban"]) == (
        "AFG",
        "REB",
    )


def test_the_text_s_standing_wins_over_the_date() -> None:
    # Labour governs on this date, but the text calls it the opposition.
    actors = _actors(
        "The opposition Labour Party condemned the budget.", published=dt.date(2025, 3, 5)
    )
    assert _code(actors["Labour Party"]) == ("GBR", "OPP")


def test_party_named_as_governing_group_is_the_government() -> None:
    actors = _actors("The Labour government raised taxes.", published=dt.date(2016, 5, 1))
    (group,) = [a for a in actors.values() if a.kind == "group"]
    assert _code(group) == ("GBR", "GOV")


# -- titles, modifiers and affiliations ---------------------------------------------------


def test_words_between_party_and_title_are_skipped() -> None:
    actors = _actors(
        "Lib Dem home affairs spokesman Rupert Aldine criticised the bill.",
        published=dt.date(2005, 6, 1),
    )
    assert _code(actors["Rupert Aldine"]) == ("GBR", "OPP")


def test_party_before_a_title_is_part_of_the_person_mention() -> None:
    actors = _actors(
        "Conservative leader Edwin Halloran spoke first.", published=dt.date(2005, 6, 1)
    )
    assert "Conservative Party" not in actors


def test_former_office_gives_no_sector_and_a_civilian_when_nothing_else_is_known() -> None:
    actors = _actors("Former foreign minister Ilse Brandauer criticised the deal.")
    person = actors["Ilse Brandauer"]
    assert person.sector == "CVL"
    assert person.role == "Former Foreign Minister"


def test_former_office_dates_the_article_after_it_ended() -> None:
    # Jack Straw left the Home Office in 2001; the office he held longest after it
    # is Foreign Secretary.
    actors = _actors("Former home secretary Jack Straw said the law was sound.")
    assert _code(actors["Jack Straw"]) == ("GBR", "GOV")


def test_titled_person_without_nationality_takes_the_home_country() -> None:
    actors = _actors("The lawyer Maria Quiroga said the ruling was unfair.", home_country="ESP")
    assert _code(actors["Maria Quiroga"]) == ("ESP", "CVL")


def test_title_inside_an_organisation_entity_starts_a_person() -> None:
    # spaCy reads "Lawyer Maria Quiroga" as one ORG entity.
    actors = _actors("Lawyer Maria Quiroga said the ruling was unfair.", home_country="ESP")
    assert _code(actors["Maria Quiroga"]) == ("ESP", "CVL")


def test_person_of_a_named_organisation_takes_its_codes() -> None:
    actors = _actors("Joan Fairweather of the Refugee Council said families were at risk.")
    assert _code(actors["Joan Fairweather"]) == ("GBR", "NGO")


def test_title_in_apposition_through_a_preposition() -> None:
    actors = _actors("The talks were led by Italy's deputy minister for Europe, Marco Rossetti.")
    assert _code(actors["Marco Rossetti"]) == ("ITA", "GOV")
    assert [a for a in actors.values() if a.kind == "person"] == [actors["Marco Rossetti"]]


def test_an_unlisted_role_owned_by_a_body_gives_the_body_codes() -> None:
    before = _actors("The World Bank's mission chief, Ana Ferreira, met the finance minister.")
    assert _code(before["Ana Ferreira"]) == ("IGO", "IGO")
    after = _actors("Tomas Lind, the IMF's resident representative, left Accra on Monday.")
    assert _code(after["Tomas Lind"]) == ("IGO", "IGO")
    ngo = _actors("Amnesty International's regional researcher, Olga Sirko, spoke in Lviv.")
    assert _code(ngo["Olga Sirko"])[1] == "NGO"


def test_an_unlisted_role_owned_by_a_country_is_no_body() -> None:
    actors = _actors("Kenya's best-known runner, Ruth Chebet, criticised the plan.")
    assert _code(actors["Ruth Chebet"]) == ("KEN", "CVL")


def test_known_person_is_a_person_whatever_the_entity_label() -> None:
    actors = _actors("President Thabo Mbeki opened the summit in Pretoria.")
    assert _code(actors["Thabo Mbeki"]) == ("ZAF", "GOV")


# -- metonyms -------------------------------------------------------------------------


def test_metonym_that_only_modifies_a_noun_is_no_actor() -> None:
    assert "Brussels" not in _actors("Ministers left the Brussels summit early.")
    assert "Brussels" not in _actors("Meeting in Brussels, the ministers agreed a plan.")
    assert _code(_actors("Brussels rejected the offer.")["Brussels"]) == ("IGO", "IGO")


# -- the lexicon helpers --------------------------------------------------------------


def test_same_role_accepts_a_shortened_office() -> None:
    assert same_role("Chancellor", "Chancellor of the Exchequer")
    assert same_role("Leader of the Opposition", "leader")
    assert not same_role("Prime Minister", "Former Prime Minister")


def test_era_narrowing_and_containment() -> None:
    a = Era(dt.date(2000, 1, 1), dt.date(2010, 1, 1))
    b = Era(dt.date(2005, 1, 1), None)
    assert a.narrow(b) == Era(dt.date(2005, 1, 1), dt.date(2010, 1, 1))
    assert a.narrow(Era(None, dt.date(1999, 1, 1))) is None
    assert a.within(dt.date(1999, 1, 1), None)
    assert not a.within(dt.date(2001, 1, 1), None)
    assert a.meets(dt.date(2009, 1, 1), dt.date(2011, 1, 1))


def test_undated_person_takes_the_office_covering_most_of_the_era() -> None:
    lex = default_lexicon()
    era = Era(dt.date(2003, 11, 10), dt.date(2008, 6, 12))
    blair = lex.person("Tony Blair", None, era=era)
    assert blair is not None and blair.role == "Prime Minister"


def test_an_era_shared_by_two_offices_does_not_pick_one() -> None:
    lex = default_lexicon()
    # Prime minister to mid-2007, then Middle East envoy: neither office dominates.
    era = Era(dt.date(2003, 3, 14), dt.date(2014, 8, 28))
    blair = lex.person("Tony Blair", None, era=era)
    assert blair is not None and blair.role is None
    said = lex.person("Tony Blair", None, era=era, text="The prime minister said so.")
    assert said is not None and said.role == "Prime Minister"


def test_short_office_name_in_the_text_picks_the_office() -> None:
    lex = default_lexicon()
    brown = lex.person("Gordon Brown", None, text="The chancellor said debts would be cut.")
    assert brown is not None and brown.role == "Chancellor of the Exchequer"


def test_user_yaml_file_adds_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(
        "actors:\n"
        "  - {name: Zorvan Pell, aliases: [Pell], country: ISR, sector: MIL, kind: person}\n"
        "  - {name: Labour Party, aliases: [Labour], country: GBR, sector: GOV}\n",
        encoding="utf-8",
    )
    lex = load_lexicon(user_files=[path])
    assert lex.people["zorvan pell"].sector == "MIL"
    assert lex.organisations["labour"].sector == "GOV"


def test_a_title_alone_that_resolves_to_a_known_person_dates_the_article() -> None:
    actors = _actors(
        "Michael Howard attacked the asylum plan. The Tory leader said costs had doubled. "
        "Lib Dem spokesman Rupert Aldine agreed."
    )
    assert _code(actors["Michael Howard"]) == ("GBR", "OPP")
    assert _code(actors["Rupert Aldine"]) == ("GBR", "OPP")


def test_office_the_text_says_was_left_is_not_the_one_meant() -> None:
    lex = default_lexicon()
    text = "Ms Short, who resigned as international development secretary, spoke."
    short = lex.person("Clare Short", None, text=text)
    assert short is not None and (short.sector, short.role) == ("LEG", "Member of Parliament")


def test_hyphenated_nationality_is_no_actor() -> None:
    actors = _actors("Protesters chanted anti-Swedish slogans outside the embassy.")
    assert not [a for a in actors.values() if a.country == "SWE"]
    assert [a.country for a in _actors("Swedish diplomats left.").values()] == ["SWE"]


def test_surname_alone_is_the_one_known_person_of_the_home_country() -> None:
    uk = _actors("Mr Howard said the bill was badly drafted.", home_country="GBR")
    assert "Michael Howard" in uk and _code(uk["Michael Howard"]) == ("GBR", "OPP")
    australia = _actors("Mr Howard said the bill was badly drafted.", home_country="AUS")
    assert _code(australia["John Howard"]) == ("AUS", "GOV")
    nowhere = _actors("Mr Howard said the bill was badly drafted.")
    assert "Howard" in nowhere


# -- one-word names, bodies behind titles, members of a body ------------------------


def test_a_lone_capitalised_word_needs_support_to_be_a_person() -> None:
    text = (
        "The envoys met at the minister's official Kent house. The naval ship Diligence "
        "docked at Portsmouth. Mr Howard welcomed them."
    )
    actors = _actors(text, published=dt.date(2005, 1, 10))
    people = {name for name, a in actors.items() if a.kind == "person"}
    assert "Kent" not in people and "Diligence" not in people
    assert "Howard" in people  # an honorific introduces a surname


def test_a_lone_surname_of_a_person_named_in_full_is_that_person() -> None:
    text = "Sorokin said on Tuesday that Mikhail Sorokin was fine. Later Sorokin left."
    actors = _actors(text)
    assert "Sorokin" not in actors
    assert len(actors["Mikhail Sorokin"].mentions) >= 2


def test_the_body_in_an_appositive_title_codes_the_person() -> None:
    text = "Nadia Farrell, director of campaign group Open Doors, criticised the UK government."
    assert _code(_actors(text)["Nadia Farrell"]) == ("GBR", "NGO")
    text = "The head of the Ukrainian state-owned Naftohaz company, Petro Marko, was satisfied."
    assert _code(_actors(text)["Petro Marko"]) == ("UKR", "BUS")


def test_a_body_before_an_unlisted_title_is_the_persons_not_an_actor() -> None:
    actors = _actors("US Treasury Counsellor Lena Moss said the dollar would recover.")
    assert "Treasury Department" not in actors
    assert _code(actors["Lena Moss"]) == ("USA", "GOV")


def test_members_of_a_named_body_are_the_body_unless_they_add_a_sector() -> None:
    actors = _actors("World Bank officials and UN peacekeepers arrived, and Hamas militants fired.")
    assert "World Bank officials" not in actors
    assert _code(actors["World Bank"]) == ("IGO", "IGO")
    assert actors["Hamas"].kind == "organisation"
    assert _code(actors["UN peacekeepers"]) == ("IGO", "MIL")
    assert actors["UN peacekeepers"].kind == "group"


def test_offices_with_two_names_are_one_office() -> None:
    lex = default_lexicon()
    assert lex.same_office("Premier", "Prime Minister")
    assert not lex.same_office("Defense Minister", "Defense Secretary")
    text = "Tony Blair met Jacques Chirac on Monday. Later the UK premier flew home."
    blair = _actors(text, published=dt.date(2004, 3, 1))["Tony Blair"]
    assert len(blair.mentions) == 2


def test_a_known_name_is_known_without_its_middle_name() -> None:
    lex = default_lexicon()
    erdogan = lex.person("Recep Erdogan", dt.date(2005, 1, 1))
    assert erdogan is not None and (erdogan.country, erdogan.role) == ("TUR", "Prime Minister")


def test_short_forms_leave_out_suffixes_and_may_be_a_family_name_first() -> None:
    text = (
        "President Ferdinand Marcos Jr. met Premier Li Qiang. Marcos accused the coast "
        "guard, and Li denied it."
    )
    actors = _actors(text)
    assert "Marcos" not in actors and "Li" not in actors
    assert len(actors["Ferdinand Marcos Jr."].mentions) == 2
    assert len(actors["Li Qiang"].mentions) == 2


# -- standing words, state bodies, IGO officials, names the lexicon knows ---------------


def test_ruling_and_opposition_before_a_party_give_its_sector() -> None:
    text = "The ruling Zanu-PF accused the opposition Movement for Democratic Change of fraud."
    actors = _actors(text)
    assert _code(actors["ZANU-PF"]) == ("ZWE", "GOV")
    assert _code(actors["Movement for Democratic Change"]) == ("ZWE", "OPP")
    assert not any(a.kind == "group" and a.name == "opposition" for a in actors.values())


def test_a_state_body_without_nationality_belongs_to_the_home_country() -> None:
    text = "The Supreme Court blocked the decree on Monday, lawyers said."
    court = next(a for a in _actors(text, home_country="PER").values() if "Court" in a.name)
    assert _code(court) == ("PER", "JUD")


def test_a_body_spacy_names_is_one_actor_not_a_state_and_a_group() -> None:
    actors = _actors("The Ghana Armed Forces said the Ghanaians had been evacuated.")
    assert _code(actors["Ghana Armed Forces"]) == ("GHA", "MIL")
    assert actors["Ghana Armed Forces"].kind == "organisation"


def test_an_igo_official_is_igo_whatever_the_title_says() -> None:
    text = "Secretary-General Antonio Guterres, a former Portuguese prime minister, spoke."
    guterres = _actors(text, published=dt.date(2023, 5, 1))["Antonio Guterres"]
    assert _code(guterres) == ("IGO", "IGO")


def test_a_body_before_a_title_crosses_qualifiers_but_not_a_verb() -> None:
    text = (
        "Russian foreign ministry spokeswoman Olga Petrenko said talks would go on. "
        "Reuters quoted President Jorge Mendes as saying so."
    )
    actors = _actors(text)
    assert _code(actors["Olga Petrenko"]) == ("RUS", "GOV")
    assert actors["Jorge Mendes"].sector == "GOV"
    text = "Kremlin spokesman Ivan Orlov denied it."
    assert _code(_actors(text)["Ivan Orlov"]) == ("RUS", "GOV")


def test_a_title_before_a_name_is_no_unnamed_person() -> None:
    actors = _actors("The minister told the Kenyan broadcaster Citizen TV that he would stay.")
    assert not any(a.kind == "person" and a.role == "Broadcaster" for a in actors.values())


def test_a_name_followed_by_a_kind_of_body_is_that_body() -> None:
    actors = _actors("Mr Tan told the Lianhe Zaobao newspaper that he would resign.")
    body = next(a for a in actors.values() if a.name.endswith("Zaobao"))
    assert (body.kind, body.sector) == ("organisation", "MED")


def test_known_full_names_are_found_whole() -> None:
    text = "NATO chief Jens Stoltenberg met Anders Fogh Rasmussen in Oslo."
    actors = _actors(text, published=dt.date(2016, 3, 1))
    assert "Anders Fogh Rasmussen" in actors
    assert "Fogh Rasmussen" not in actors


def test_a_known_person_out_of_office_keeps_a_nationality() -> None:
    lex = default_lexicon()
    assert lex.person("Anthony Albanese", dt.date(2015, 1, 1)) is None
    assert lex.nationality("Anthony Albanese") == "AUS"
    assert (
        lex.nationality("Anders Fogh Rasmussen") is None
        or lex.nationality("Anders Fogh Rasmussen") == "DNK"
    )


def test_on_the_day_an_office_changes_hands_the_outgoing_holder_holds_it() -> None:
    bremer = default_lexicon().person("Paul Bremer", dt.date(2004, 6, 28))
    assert bremer is not None and (bremer.country, bremer.sector) == ("USA", "GOV")
