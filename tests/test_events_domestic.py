"""Domestic conflict: unnamed agents of one country acting on each other are events
(police on protesters, the army on rebels, a government on its opposition), victims are
targets, and violence with no agent named anywhere has an ``unidentified`` source. Our
own sentences over the real pipeline, and the real DuckDB store for the filter."""

from __future__ import annotations

from pathlib import Path

from eventwire.pipeline import code_text
from eventwire.records import UNIDENTIFIED_AGENT, Actor, CodedArticle, Event
from eventwire.store import Store


def _events(text: str) -> list[Event]:
    coded = code_text(text, published="2024-06-01")
    assert isinstance(coded, CodedArticle)
    return list(coded.events)


def _party(actor: Actor | None) -> tuple[str | None, str | None] | None:
    return None if actor is None else (actor.country, actor.sector)


def _coded(text: str) -> set[tuple[str, str | None, object, object]]:
    """(type, mode, (source country, sector), (target country, sector)) per event."""
    return {(e.type, e.mode, _party(e.source), _party(e.target)) for e in _events(text)}


# -- police (GOV) and protesters (CVL) ------------------------------------------------------


def test_police_arresting_protesters_is_coercion_at_home() -> None:
    found = _coded("Police arrested 40 protesters in Lagos on Saturday.")
    assert ("COERCE", "arrest", ("NGA", "GOV"), ("NGA", "CVL")) in found


def test_protesters_against_their_government() -> None:
    found = _coded("Thousands of protesters in Nairobi demonstrated against the government.")
    assert ("PROTEST", "demonstrate", ("KEN", "CVL"), ("KEN", "GOV")) in found
    found = _coded("Workers in Nairobi went on strike against the government.")
    assert ("PROTEST", "strike", ("KEN", "CVL"), ("KEN", "GOV")) in found


def test_a_riot_with_no_target_presses_the_government_at_home() -> None:
    # No addressee written: a riot at home is pressure on that country's government.
    found = _coded("Protesters rioted in Dhaka after the vote.")
    assert ("PROTEST", "riot", ("BGD", "CVL"), ("BGD", "GOV")) in found


# -- army (MIL) and rebels (REB) ------------------------------------------------------------


def test_the_army_on_rebels() -> None:
    found = _coded("The air force bombed rebels in the north of Ethiopia.")
    assert ("ASSAULT", "aerial", ("ETH", "MIL"), ("ETH", "REB")) in found


def test_soldiers_firing_on_protesters() -> None:
    found = _coded("Soldiers shot dead five protesters in Mandalay.")
    assert ("ASSAULT", "firearms", ("MMR", "MIL"), ("MMR", "CVL")) in found


def test_gunmen_abducting_villagers() -> None:
    found = _coded("Gunmen kidnapped 30 villagers in Zamfara state.")
    assert ("ASSAULT", "abduct", ("NGA", "REB"), ("NGA", "CVL")) in found


# -- government (GOV) and opposition (OPP), restrictions on a population ---------------------


def test_the_government_charging_opposition_lawmakers() -> None:
    found = _coded("The government charged opposition lawmakers in Harare with treason.")
    assert ("COERCE", "arrest", ("ZWE", "GOV"), ("ZWE", "OPP")) in found


def test_censorship_of_the_press_at_home() -> None:
    found = _coded("The government censored newspapers in Harare after the vote.")
    assert ("COERCE", "censor", ("ZWE", "GOV"), ("ZWE", "MED")) in found


def test_curfews_and_martial_law_fall_on_the_country_s_civilians() -> None:
    for text in (
        "The junta imposed a curfew on the city of Mandalay.",
        "The military declared martial law in six districts of Yangon.",
        "Police imposed a curfew on Mandalay after the riots.",
    ):
        events = [e for e in _events(text) if e.type == "COERCE"]
        assert events, text
        assert _party(events[0].target) == ("MMR", "CVL"), text
        assert events[0].mode == "restrict", text


def test_a_release_at_home_is_a_concession() -> None:
    # Our coding conventions (lexicons/EVENTS.md) code releasing prisoners as CONCEDE.
    found = _coded("The junta freed 300 detainees in Yangon on Friday.")
    assert ("CONCEDE", "release", ("MMR", "MIL"), ("MMR", "CVL")) in found


# -- victims --------------------------------------------------------------------------------


def test_victims_of_a_named_agent_are_the_target() -> None:
    found = _coded("In Kaduna, gunmen stormed a church, killing 20 worshippers.")
    assert ("ASSAULT", "kill", ("NGA", "REB"), ("NGA", "CVL")) in found


def test_an_agentless_killing_takes_the_armed_group_the_text_names() -> None:
    text = (
        "Bandits raided a market near Sokoto in northwestern Nigeria on Tuesday. At least "
        "eight villagers were killed, residents said."
    )
    killings = [e for e in _events(text) if e.type == "ASSAULT" and e.mode == "kill"]
    assert killings and killings[0].source is not None
    assert killings[0].source.name.lower() == "bandits"


def test_violence_with_no_agent_anywhere_has_an_unidentified_source() -> None:
    for text in (
        "At least eight demonstrators were killed in Mandalay on Friday.",
        "More than 200 schoolgirls were kidnapped in Zamfara state last week.",
        "Two journalists were shot dead in Kabul, police said.",
    ):
        violent = [e for e in _events(text) if e.type == "ASSAULT"]
        assert violent, text
        source = violent[0].source
        assert source is not None and source.name == UNIDENTIFIED_AGENT, text
        assert (source.kind, source.country, source.sector) == ("group", None, None), text
        assert violent[0].target is not None and violent[0].target.country is not None, text


def test_hypothetical_violence_gets_no_agent() -> None:
    events = _events("Officials in Lagos warned that pupils could still be kidnapped.")
    assert not [e for e in events if e.type == "ASSAULT"]


# -- the store: how each country was found, and the filter to what the text states ----------


def test_the_store_keeps_country_how_and_filters_to_stated_countries(tmp_path: Path) -> None:
    texts = [
        "Police in Lagos arrested 40 protesters on Saturday.",
        "Kenyan police arrested Ugandan traders on Sunday.",
        "At least eight demonstrators were killed in Mandalay on Friday.",
    ]
    items = [code_text(t, published="2024-06-01", uri=f"mem:{i}") for i, t in enumerate(texts)]
    with Store(tmp_path / "ev.duckdb") as store:
        run = store.begin_run(["mem"], version="t", lexicon_version="t")
        for item in items:
            store.write(item, run)
        store.end_run(run, coded=3, rejected=0, skipped=0)
        rows = store.query_events()
        assert isinstance(rows, list)
        hows = {(r["source_country_how"], r["target_country_how"]) for r in rows}
        assert ("phrase", "phrase") in hows and ("text", "text") in hows
        stated = store.query_events(stated=True)
        assert isinstance(stated, list)
        assert [(r["source_country"], r["target_country"]) for r in stated] == [("KEN", "UGA")]
        actors = store._con.execute(
            "SELECT name, country_how FROM actors WHERE name = 'Police'"
        ).fetchall()
        assert actors == [("Police", "phrase")]
