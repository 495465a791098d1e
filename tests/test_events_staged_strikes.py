"""Strikes, walkouts and boycotts that a verb of their subject puts on ("began an
indefinite strike", "called a general strike", "went on strike"): pressure on the state
where they happen, as a march with no addressee is. A strike only named, or one abroad,
addresses no one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country
from eventwire.nlp import load


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("LIMA, Peru — Peruvian teachers began an indefinite strike on Monday over pay.", "PER"),
        ("DHAKA — The opposition called a nationwide general strike for Friday.", "BGD"),
        ("ROME — Italian transport workers went on strike across the country on Friday.", "ITA"),
        ("MOMBASA, Kenya — Dockworkers staged a 24-hour walkout at the port on Tuesday.", "KEN"),
        # being on strike, a standing protest as one begun is
        ("ACCRA, Ghana — Ghanaian nurses have been on strike since Monday over unpaid "
         "allowances.", "GHA"),
        ("CAIRO — A jailed Egyptian lawyer has been on hunger strike for three weeks, his "
         "wife said.", "EGY"),
        ("SANTIAGO, Chile — Chilean copper miners remained on strike for a second week.",
         "CHL"),
    ],
)  # fmt: skip
def test_a_strike_put_on_at_home_presses_the_government(text: str, country: str) -> None:
    protests = [e for e in events_by_country(text) if e[0] == "PROTEST"]
    assert protests
    assert all(target == country for _, _, _, target in protests)


@pytest.mark.parametrize(
    "text",
    [
        "LIMA, Peru — The teachers' strike ended on Friday after the ministry raised pay.",
        "LIMA, Peru — Shops stayed shut during the strike, residents said.",
        "BERLIN — Kenyan nurses working in Germany went on strike on Monday.",
    ],
)
def test_a_strike_only_named_or_abroad_presses_no_government(text: str) -> None:
    assert not [e for e in events_by_country(text) if e[0] == "PROTEST" and e[3] is not None]


def test_every_form_of_stage_has_its_own_lemma() -> None:
    doc = load()("Unions staged a strike, are staging another and stage more each year.")
    assert [t.lemma_ for t in doc if t.lower_.startswith("stag")] == ["stage"] * 3
