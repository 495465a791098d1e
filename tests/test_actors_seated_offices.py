"""An unnamed court office, official or state body placed by an "in" phrase belongs to that
place's country ("a judge in Caracas", "an official in Kabul", "a court in Alexandria");
an office that travels ("the foreign minister in Brussels") or serves abroad ("the
ambassador in Washington") keeps its own country. A court with no place, in a story from a home
country, is that country's court. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _actors(text: str) -> dict[str, tuple[str | None, str | None]]:
    coded = code_text(text, published="2026-05-12")
    assert isinstance(coded, CodedArticle)
    return {a.name: (a.country, a.sector) for a in coded.actors}


@pytest.mark.parametrize(
    ("text", "name", "codes"),
    [
        ("A judge in Caracas jailed two union organisers for a year.", "judge", ("VEN", "JUD")),
        ("An official in Kabul blamed Pakistan for the border closure.", "official",
         ("AFG", "GOV")),
        ("The prosecutor in Izmir charged the harbour master with fraud.", "prosecutor",
         ("TUR", "JUD")),
        ("A senior official in Nairobi said the talks had stalled.", "senior official",
         ("KEN", "GOV")),
    ],
)  # fmt: skip
def test_an_office_placed_by_its_in_phrase_is_that_places(
    text: str, name: str, codes: tuple[str, str]
) -> None:
    assert _actors(text).get(name) == codes


@pytest.mark.parametrize(
    ("text", "name", "codes"),
    [
        ("A court in Alexandria sentenced four bloggers to prison.", "court", ("EGY", "JUD")),
        ("A military court in Lahore convicted the retired colonel.", "court", ("PAK", "JUD")),
        ("HARARE, Zimbabwe (AP) — A court sentenced two teachers' leaders to six months.",
         "court", ("ZWE", "JUD")),
    ],
)  # fmt: skip
def test_a_state_body_written_with_a_is_placed_like_a_named_one(
    text: str, name: str, codes: tuple[str, str]
) -> None:
    assert _actors(text).get(name) == codes


@pytest.mark.parametrize(
    ("text", "name", "home"),
    [
        ("TOKYO — The foreign minister in Brussels said the talks had gone well.",
         "foreign minister", "JPN"),
        ("NAIROBI — The president in Addis Ababa for the summit urged a ceasefire.",
         "president", "KEN"),
    ],
)  # fmt: skip
def test_a_travelling_office_keeps_its_home_not_the_place_it_is_in(
    text: str, name: str, home: str
) -> None:
    assert _actors(text).get(name, (None, None))[0] == home


def test_a_placed_court_is_the_source_of_its_sentence() -> None:
    coded = code_text("A court in Minsk sentenced the opposition blogger to eight years.",
                      published="2026-05-12")  # fmt: skip
    assert isinstance(coded, CodedArticle)
    dyads = {(e.type, e.source.country, e.source.sector) for e in coded.events}
    assert ("COERCE", "BLR", "JUD") in dyads
