"""Each disambiguation rule of Gazetteer.resolve, on the real gazetteer."""

from __future__ import annotations

import pytest

from eventwire.geo import Candidate, Gazetteer
from eventwire.geo.disambiguate import choose
from eventwire.records import Span

SPAN = Span(0, 5)


def test_country_rule(gaz: Gazetteer) -> None:
    place = gaz.resolve("Jordan", SPAN)
    assert place is not None
    assert (place.country, place.feature, place.rule) == ("JOR", "country", "country")
    assert place.lat is not None and place.geonames_id is not None
    assert place.name == "Jordan" and place.span == SPAN


def test_landmark_rule(gaz: Gazetteer) -> None:
    place = gaz.resolve("Pentagon", SPAN)
    assert place is not None
    assert (place.country, place.feature, place.rule) == ("USA", "landmark", "landmark")
    assert place.lat == pytest.approx(38.87, abs=0.05)
    gaza = gaz.resolve("Gaza", SPAN)
    assert gaza is not None and gaza.country == "PSE" and gaza.rule == "landmark"


def test_georgia_is_the_country_unless_the_story_is_american(gaz: Gazetteer) -> None:
    country = gaz.resolve("Georgia", SPAN)
    assert country is not None and country.country == "GEO" and country.rule == "country"
    state = gaz.resolve("Georgia", SPAN, context_countries=["USA"])
    assert state is not None
    assert (state.country, state.feature, state.admin1) == ("USA", "admin1", "GA")
    assert state.rule == "context-country"
    both = gaz.resolve("Georgia", SPAN, context_countries=["USA", "GEO"])
    assert both is not None and both.country == "GEO"


def test_population_rule(gaz: Gazetteer) -> None:
    paris = gaz.resolve("Paris", SPAN)
    assert paris is not None
    assert (paris.country, paris.feature, paris.rule) == ("FRA", "city", "population")
    washington = gaz.resolve("Washington", SPAN)
    assert washington is not None and washington.country == "USA" and washington.admin1 == "DC"


def test_context_admin1_rule_paris_texas(gaz: Gazetteer) -> None:
    place = gaz.resolve("Paris", SPAN, context_admin1=[("USA", "TX")])
    assert place is not None
    assert (place.country, place.admin1, place.rule) == ("USA", "TX", "context-admin1")


def test_context_country_rule(gaz: Gazetteer) -> None:
    place = gaz.resolve("Birmingham", SPAN, context_countries=["USA"])
    assert place is not None and place.admin1 == "AL" and place.rule == "context-country"
    uk = gaz.resolve("Birmingham", SPAN)
    assert uk is not None and uk.country == "GBR"


def test_dateline_rule(gaz: Gazetteer) -> None:
    place = gaz.resolve("Birmingham", SPAN, dateline_country="USA")
    assert place is not None and place.country == "USA" and place.rule == "dateline"
    brighton = gaz.resolve("Brighton", SPAN, dateline_country="AUS")
    assert brighton is not None and brighton.country == "AUS" and brighton.rule == "dateline"


def test_capital_beats_a_small_namesake_in_context(gaz: Gazetteer) -> None:
    place = gaz.resolve("Washington", SPAN, context_countries=["GBR"])
    assert place is not None and place.country == "USA" and place.rule == "capital"
    moscow = gaz.resolve("Moscow", SPAN, dateline_country="USA")
    assert moscow is not None and moscow.country == "RUS" and moscow.rule == "capital"


def test_documented_choices(gaz: Gazetteer) -> None:
    jerusalem = gaz.resolve("Jerusalem", SPAN)
    assert jerusalem is not None and jerusalem.country == "ISR"
    east = gaz.resolve("East Jerusalem", SPAN)
    assert east is not None and east.country == "PSE"
    hong_kong = gaz.resolve("Hong Kong", SPAN)
    assert hong_kong is not None and hong_kong.country == "HKG"
    tel_aviv = gaz.resolve("Tel Aviv", SPAN)
    assert tel_aviv is not None and tel_aviv.country == "ISR" and tel_aviv.feature == "city"


def test_division_and_city_of_one_name_resolve_to_the_city(gaz: Gazetteer) -> None:
    place = gaz.resolve("New York", SPAN)
    assert place is not None and place.feature == "city" and place.country == "USA"


def test_division_rule_in_context(gaz: Gazetteer) -> None:
    place = gaz.resolve("Kent", SPAN, context_countries=["GBR"])
    assert place is not None and place.country == "GBR" and place.feature == "admin1"


def test_unknown_names_give_no_place(gaz: Gazetteer) -> None:
    assert gaz.resolve("Israeli", SPAN) is None
    assert gaz.resolve("Qwertyland", SPAN) is None


def test_a_continent_is_a_vague_region_never_a_town(gaz: Gazetteer) -> None:
    # A vague region is a toponym only under the geoparsing convention (see locate).
    place = gaz.resolve("Europe", SPAN)
    assert place is not None and (place.feature, place.rule) == ("region", "collective")


def test_a_small_town_answers_only_in_its_state(gaz: Gazetteer) -> None:
    assert gaz.resolve("Tompkinsville", SPAN) is None
    assert gaz.resolve("Tompkinsville", SPAN, context_countries=["USA", "MEX"]) is None
    town = gaz.resolve("Tompkinsville", SPAN, context_admin1=[("USA", "KY")])
    assert town is not None and (town.country, town.admin1) == ("USA", "KY")
    assert town.rule == "context-admin1" and town.feature == "city"


def test_a_small_town_answers_in_the_only_country_named(gaz: Gazetteer) -> None:
    town = gaz.resolve("Mareeba", SPAN, context_countries=["AUS"])
    assert town is not None and town.country == "AUS" and town.rule == "context-country"
    assert gaz.resolve("Mareeba", SPAN, context_countries=["AUS", "JPN"]) is None


def test_a_town_of_the_dateline_s_state_beats_a_bigger_namesake(gaz: Gazetteer) -> None:
    # Cadiz: a Spanish province and city, a Philippine city, and a Kentucky town.
    abroad = gaz.resolve("Cadiz", SPAN)
    assert abroad is not None and abroad.country != "USA"
    local = gaz.resolve("Cadiz", SPAN, dateline_country="USA", context_admin1=[("USA", "KY")])
    assert local is not None and (local.country, local.admin1) == ("USA", "KY")


def test_a_state_of_the_story_outranks_a_town_of_its_name(gaz: Gazetteer) -> None:
    state = gaz.resolve("Wyoming", SPAN, dateline_country="USA", context_admin1=[("USA", "OH")])
    assert state is not None and (state.feature, state.admin1) == ("admin1", "WY")


def test_a_town_of_a_state_named_in_passing_yields_to_a_capital(gaz: Gazetteer) -> None:
    capital = gaz.resolve(
        "Washington", SPAN, context_countries=["USA"], context_admin1=[("USA", "IA")]
    )
    assert capital is not None and (capital.country, capital.admin1) == ("USA", "DC")


def _shadow_case(own_capital: bool) -> list[Candidate]:
    """A state with no population on record beside a big capital that has (or once had,
    as an alternate name) the state's name, and a smaller city of that very name."""
    return [
        Candidate("Norland", "admin1", "AAA", admin1="AA-NO"),
        Candidate("Port Royal", "city", "BBB", population=3_000_000, capital=own_capital),
        Candidate("Norland", "city", "BBB", population=400_000),
    ]


def test_a_capital_known_by_another_name_casts_no_shadow_on_a_state() -> None:
    cands = _shadow_case(own_capital=True)
    # The capital answers to the name only as an alternate one: the state keeps it.
    primary = frozenset({id(cands[0]), id(cands[2])})
    picked = choose(cands, primary=primary)
    assert picked is not None and picked[0] is cands[0]
    # In the capital's own country the city of that very name answers.
    picked = choose(cands, primary=primary, context_countries=["BBB"])
    assert picked is not None and picked[0] is cands[2]


def test_a_capital_of_that_very_name_still_shadows_a_state() -> None:
    cands = _shadow_case(own_capital=True)
    picked = choose(cands, primary=frozenset(id(c) for c in cands))
    assert picked is not None and picked[0] is cands[1]
    # No ids of exact names given: every city counts, as before.
    picked = choose(cands)
    assert picked is not None and picked[0] is cands[1]


def test_victoria_is_the_australian_state_not_hong_kong(gaz: Gazetteer) -> None:
    place = gaz.resolve("Victoria", SPAN)
    assert place is not None and (place.country, place.feature) == ("AUS", "admin1")
    canada = gaz.resolve("Victoria", SPAN, context_countries=["CAN"])
    assert canada is not None and (canada.country, canada.feature) == ("CAN", "city")
    jerusalem = gaz.resolve("Jerusalem", SPAN)
    assert jerusalem is not None and (jerusalem.country, jerusalem.feature) == ("ISR", "city")
