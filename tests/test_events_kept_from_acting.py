"""A verb that keeps its object from doing something ("blocked supporters from
marching", "barred reporters from entering"): the gerund's doer is the object, not the
verb's subject, and the act was not done. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "restricted"),
    [
        ("Riot police blocked opposition supporters from marching to the election "
         "commission in Dhaka.", ("COERCE", "asserted", "BGD", "BGD")),
        ("Kenyan police stopped hundreds of students from marching on parliament.",
         ("COERCE", "asserted", "KEN", "KEN")),
    ],
)  # fmt: skip
def test_a_crowd_kept_from_protesting(text: str, restricted: tuple[str, str, str, str]) -> None:
    found = events_by_country(text)
    assert restricted in found
    assert not any(e[0] == "PROTEST" and e[1] == "asserted" for e in found)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hungary blocked the European Union from sending weapons to Ukraine.",
         ("AID", "negated", "IGO", "UKR")),
        ("The navy barred the Turkish ship from delivering aid to Gaza.",
         ("AID", "negated", "TUR", "PSE")),
    ],
)  # fmt: skip
def test_the_act_kept_from_is_not_done_by_the_one_keeping(
    text: str, kept: tuple[str, str, str, str]
) -> None:
    found = events_by_country(text)
    assert kept in found
    assert not any(e[0] == "AID" and e[1] == "asserted" for e in found)


def test_a_gain_from_an_act_keeps_no_one_from_it() -> None:
    text = "Russia earned billions from selling oil to India."
    assert ("COOPERATE", "asserted", "RUS", "IND") in events_by_country(text)
