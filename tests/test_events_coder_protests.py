"""Protests and strikes: the labour sense of a bare "strike", the state a protest with no
addressee presses, force used on a gathering (which falls on the protesters, not on
what they protest), and conditional threats to strike, block or withdraw."""

from __future__ import annotations

import pytest

from event_dyads import dyads, events_by_country
from eventwire.events.coder import _named_place_country
from eventwire.nlp import parse


def _types(text: str) -> set[str]:
    return {t for t, _, _, _ in events_by_country(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan nurses struck for a third day on Tuesday over unpaid allowances.",
        "Ghanaian teachers will strike next week, their union said.",
        "Nigerian unions struck across the country on Monday.",
    ],
)
def test_civilians_striking_without_an_object_is_a_labour_strike(text: str) -> None:
    assert "PROTEST" in _types(text)
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck a weapons depot near Beirut.",
        "Russian missiles struck Kharkiv overnight.",
        "Ukrainian drones struck an oil refinery in Russia's Bryansk region.",
    ],
)
def test_a_strike_on_something_stays_an_attack(text: str) -> None:
    assert "ASSAULT" in _types(text)
    assert "PROTEST" not in _types(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Thousands of Georgians rallied outside parliament in Tbilisi on Sunday.", "GEO"),
        ("Thousands marched in Belgrade on Saturday against the new mining law.", "SRB"),
        ("Kenyan nurses struck in Nairobi on Monday over unpaid allowances.", "KEN"),
    ],
)
def test_a_protest_at_home_presses_its_government(text: str, country: str) -> None:
    protests = [e for e in events_by_country(text) if e[0] == "PROTEST"]
    assert protests
    assert all(target == country for _, _, _, target in protests)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # A march to a foreign mission presses the state whose mission it is; the
        # mission's nationality is not the marchers'.
        ("KATHMANDU, Nepal (AP) — Hundreds of students marched to the Indian embassy in "
         "Kathmandu on Monday.", ("NPL", "IND")),
        ("SKOPJE (Reuters) — Several thousand people rallied outside the Bulgarian embassy "
         "in Skopje on Tuesday evening.", ("MKD", "BGR")),
        ("MANILA (AP) — Fishermen's groups protested at the Chinese embassy in Manila on "
         "Sunday.", ("PHL", "CHN")),
    ],
)  # fmt: skip
def test_a_protest_at_a_foreign_mission_presses_its_state(text: str, dyad: tuple[str, str]) -> None:
    protests = [(s, t) for k, _, s, t in events_by_country(text) if k == "PROTEST"]
    assert protests == [dyad], protests


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # Protesters gathering, massing or assembling at a mission demonstrate there.
        ("DHAKA (Reuters) — Hundreds of protesters gathered outside the Myanmar embassy in "
         "Dhaka on Friday.", ("BGD", "MMR")),
        ("ANKARA (AP) — Demonstrators massed outside the Swedish embassy in Ankara after "
         "Friday prayers.", ("TUR", "SWE")),
        ("TBILISI (Reuters) — Protesters assembled outside the Russian embassy in Tbilisi "
         "late on Sunday.", ("GEO", "RUS")),
    ],
)  # fmt: skip
def test_protesters_gathered_at_a_mission_protest(text: str, dyad: tuple[str, str]) -> None:
    protests = [(s, t) for k, _, s, t in events_by_country(text) if k == "PROTEST"]
    assert protests == [dyad], protests


@pytest.mark.parametrize(
    "text",
    [
        "DHAKA (Reuters) — Hundreds of mourners gathered outside the mosque in Dhaka.",
        "ANKARA (AP) — Foreign ministers gathered in Ankara for the summit.",
        "BAKU (Reuters) — Azerbaijani troops massed near the Armenian border.",
    ],
)
def test_other_gatherings_are_no_protest(text: str) -> None:
    assert not any(e[0] == "PROTEST" for e in events_by_country(text))


def test_a_protest_abroad_addresses_no_government() -> None:
    # Diaspora rallying in another country presses neither state the text gives.
    protests = [e for e in events_by_country("Ukrainians rallied in Berlin on Sunday.")
                if e[0] == "PROTEST"]  # fmt: skip
    assert all(target is None for _, _, _, target in protests)


def test_a_strike_in_a_relative_clause_is_no_event_of_today() -> None:
    text = ("Police in Addis Ababa detained two reporters, who had covered a strike by "
            "Ethiopian health workers.")  # fmt: skip
    assert "PROTEST" not in _types(text)


@pytest.mark.parametrize(
    ("text", "police"),
    [
        ("Police dispersed a protest against the government in Nairobi.", "KEN"),
        ("Riot police broke up a student demonstration in Dhaka on Sunday.", "BGD"),
        ("The rally was broken up by police in Harare.", "ZWE"),
    ],
)
def test_force_used_on_a_gathering_falls_on_the_protesters(text: str, police: str) -> None:
    coerced = [e for e in events_by_country(text) if e[0] == "COERCE"]
    assert coerced
    for _, _, source, target in coerced:
        assert (source, target) == (police, police)  # the country's police on its people


@pytest.mark.parametrize(
    ("text", "protesters"),
    [
        ("Turkish riot police broke up a rally organised by the teachers' union near the "
         "ministry.", "union"),
        ("Soldiers in Lagos dispersed a demonstration staged by Nigerian students at the "
         "campus gate.", "Nigerian students"),
        ("Belarusian police broke up a vigil called by the opposition in Minsk.", "opposition"),
    ],
)  # fmt: skip
def test_force_on_a_gathering_falls_on_whoever_the_participle_says_held_it(
    text: str, protesters: str
) -> None:
    found = dyads(text)
    assert any(t == "COERCE" and target == protesters for t, _, target in found), found


def test_a_lowercase_gathering_noun_is_no_town_of_that_name() -> None:
    # The small model tags "march" here as a proper noun; looked up as a name, it was the
    # English town of March, and the event's target became Britain.
    doc = parse(
        "Bangladeshi police prevented the march of opposition supporters from reaching the "
        "election office."
    )
    lowercase_names = [t for t in doc if t.pos_ == "PROPN" and t.text.islower()]
    assert lowercase_names
    assert all(_named_place_country(t) is None for t in lowercase_names)


def test_the_police_who_disperse_a_protest_are_not_its_protesters() -> None:
    found = dyads("Police dispersed a protest against the government in Nairobi.")
    assert not any(t == "PROTEST" and s == "Police" for t, s, _ in found)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Nigerian unions threatened to strike unless the government raised wages.",
         ("NGA", "NGA")),
        ("Kenyan farmers threatened to block roads unless the government cut fuel prices.",
         ("KEN", "KEN")),
        ("The EU threatened sanctions unless Belarus freed the prisoners.", ("IGO", "BLR")),
        ("Nigerian unions threatened a general strike if the government did not reverse "
         "the fuel price rise.", ("NGA", "NGA")),
    ],
)  # fmt: skip
def test_a_threat_is_made_to_whoever_the_condition_names(text: str, dyad: tuple[str, str]) -> None:
    threats = [(s, t) for kind, _, s, t in events_by_country(text) if kind == "THREATEN"]
    assert dyad in threats


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria will withdraw its peacekeepers from Chad unless the junta holds elections.",
        "Serbia said it would pull its troops out of the mission unless Kosovo disbanded the unit.",
        "Kenya will withdraw its police officers from Haiti unless the council renews "
        "their mandate, the interior minister said.",
    ],
)
def test_a_withdrawal_made_to_depend_on_unless_is_a_threat(text: str) -> None:
    kinds = _types(text)
    assert "THREATEN" in kinds
    assert "RETREAT" not in kinds


def test_a_withdrawal_offered_if_the_other_side_acts_is_no_threat() -> None:
    text = "Israel will withdraw its troops from the town if Hamas frees the hostages."
    assert "THREATEN" not in _types(text)


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("Thousands of Kenyans marched in Nairobi to protest against China's fishing rules.",
         "CHN"),
        ("Hundreds of Filipinos rallied in Manila to protest against China's coast guard.",
         "CHN"),
        ("Greek farmers marched in Athens to protest against Turkey's new quotas.", "TUR"),
    ],
)  # fmt: skip
def test_a_march_to_protest_is_one_protest_with_the_purposes_addressee(
    text: str, addressee: str
) -> None:
    protests = [e for e in events_by_country(text) if e[0] == "PROTEST"]
    assert protests
    assert all(target == addressee for _, _, _, target in protests)
