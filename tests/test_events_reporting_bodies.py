""" "it" as the subject of a reported clause stands for the body that is the subject of
the reporting clause, though a place in that body's own phrase comes nearer ("The largest
union in Argentina said it would ..."). Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The largest trade union in Argentina said it would call a general strike unless "
         "the government withdrew the labour reform.",
         ("THREATEN", "trade union", "government")),
        ("The ruling party in Georgia said on Tuesday that it would sue the opposition "
         "broadcaster for slander.", ("ACCUSE", "ruling party", "opposition")),
        ("The main opposition party in Zambia said it would boycott next month's local "
         "elections unless the electoral commission replaces its chairman.",
         ("THREATEN", "opposition party", "electoral commission")),
    ],
)  # fmt: skip
def test_it_is_the_reporting_body(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text)


def test_a_person_reporting_leaves_it_to_the_nearest_body() -> None:
    # A person is never "it": the reference falls back to the body named before.
    found = dyads("The spokesman of the foreign ministry in Ankara said it would summon "
                  "the Swedish ambassador.")  # fmt: skip
    assert ("ACCUSE", "foreign ministry", "Swedish ambassador") in found, found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # a body no lexicon names, known by its owner before the noun
        ("KYIV (AP) — Ukraine's border agency said it had detained two Russian agents.",
         ("COERCE", "UKR", "RUS")),
        # known by its own name before the noun
        ("KYIV (AP) — The SBU counter-intelligence unit said it had arrested two Russian "
         "agents.", ("COERCE", "UKR", "RUS")),
        # the security service itself, a body of the state
        ("TBILISI (AP) — Georgia's security service said on Monday it had expelled a "
         "Russian diplomat.", ("SANCTION", "GEO", "RUS")),
    ],
)  # fmt: skip
def test_it_is_the_body_its_owner_or_name_gives(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")
