"""Actor recognition and coding rules, each on a sentence of our own over a real parse."""

from __future__ import annotations

import datetime as dt

from eventwire.actors import recognise
from eventwire.actors.lexicon import load_lexicon
from eventwire.nlp import parse
from eventwire.records import Actor


def _actors(text: str, **options: object) -> dict[str, Actor]:
    index = recognise(parse(text), **options)  # type: ignore[arg-type]
    return {a.name: a for a in index.actors}


def test_title_and_nationality_before_a_name() -> None:
    actors = _actors("Israeli Defense Minister Benny Gantz flew to Washington.")
    gantz = actors["Benny Gantz"]
    assert (gantz.country, gantz.sector, gantz.role, gantz.kind) == (
        "ISR",
        "MIL",
        "Defense Minister",
        "person",
    )


def test_apposition_gives_title_and_country() -> None:
    actors = _actors("Mark Esper, the U.S. defense secretary, met his counterparts.")
    assert (actors["Mark Esper"].country, actors["Mark Esper"].sector) == ("USA", "MIL")


def test_possessive_title_without_name() -> None:
    actors = _actors("Turkey's foreign minister said the talks would resume.")
    (minister,) = [a for a in actors.values() if a.kind == "person"]
    assert (minister.country, minister.sector, minister.role) == ("TUR", "GOV", "Foreign Minister")


def test_surname_title_and_pronoun_resolve_to_one_actor() -> None:
    text = (
        "Japanese Foreign Minister Yoko Kamikawa arrived in Seoul on Monday. "
        "Kamikawa met officials there. The foreign minister later left. She said little."
    )
    actors = _actors(text)
    person = actors["Yoko Kamikawa"]
    surfaces = [m.of(text) for m in person.mentions]
    assert surfaces.count("Kamikawa") == 1 and "She" in surfaces
    assert any("foreign minister" in s for s in surfaces)


def test_metonyms_and_organisation_short_forms() -> None:
    actors = _actors("The Pentagon and the Kremlin traded accusations at the U.N. on Friday.")
    assert (actors["Pentagon"].country, actors["Pentagon"].sector) == ("USA", "MIL")
    assert actors["Kremlin"].country == "RUS"
    assert (actors["United Nations"].country, actors["United Nations"].sector) == ("IGO", "IGO")


def test_capital_is_an_actor_only_as_subject() -> None:
    text = "Beijing rejected the claim. Officials met in Beijing."
    index = recognise(parse(text))
    states = [a for a in index.actors if a.country == "CHN" and a.kind == "state"]
    assert len(states) == 1 and len(states[0].mentions) == 1


def test_nationality_group_nouns() -> None:
    actors = _actors("Israeli troops and the U.S. administration disagreed.")
    assert (actors["Israeli troops"].country, actors["Israeli troops"].sector) == ("ISR", "MIL")
    assert (actors["U.S. administration"].country, actors["U.S. administration"].sector) == (
        "USA",
        "GOV",
    )


def test_home_country_for_the_government() -> None:
    actors = _actors("Protesters marched against the government on Sunday.", home_country="GEO")
    assert (
        actors["the government"].country == "GEO"
        if "the government" in actors
        else any(a.country == "GEO" and a.sector == "GOV" for a in actors.values())
    )


def test_dated_people_lexicon() -> None:
    text = "Tony Blair said the summit had gone well."
    then = _actors(text, published=dt.date(2004, 11, 3))["Tony Blair"]
    assert (then.country, then.sector, then.role) == ("GBR", "GOV", "Prime Minister")


def test_user_file_adds_a_person(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    user = folder / "mine.csv"
    user.write_text("name,aliases,country,sector,kind,role\nAda Quist,,NOR,NGO,person,Director\n")
    lex = load_lexicon(user_files=[user])
    actors = _actors("Ada Quist criticised the plan.", lex=lex)
    assert (actors["Ada Quist"].country, actors["Ada Quist"].sector) == ("NOR", "NGO")
