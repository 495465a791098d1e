"""A country's name inside the name of a sea, a gulf or an ocean ("the South China Sea",
"the Gulf of Mexico", "the Indian Ocean") names a place, not the state: it is no actor
and no party to an event. The country named on its own stays a state. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _coded(text: str) -> CodedArticle:
    coded = code_text(text, published="2026-06-02")
    assert isinstance(coded, CodedArticle)
    return coded


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Vietnamese fishing boats sheltered from the storm in the South China Sea.", "CHN"),
        ("Two tankers collided in the Gulf of Mexico on Sunday.", "MEX"),
        ("Island states of the Indian Ocean met to discuss fishing quotas.", "IND"),
    ],
)  # fmt: skip
def test_a_country_word_inside_a_seas_name_is_no_actor(text: str, absent: str) -> None:
    assert absent not in {a.country for a in _coded(text).actors}


def test_a_missile_fired_into_a_sea_named_for_a_country_hits_no_state() -> None:
    coded = _coded("North Korea fired three cruise missiles into the Sea of Japan.")
    assert any(e.source.country == "PRK" for e in coded.events)
    assert not any(e.target is not None and e.target.country == "JPN" for e in coded.events)


def test_the_country_named_on_its_own_is_still_a_state() -> None:
    coded = _coded("China sent coast guard ships to the South China Sea to shadow Vietnam.")
    assert {"CHN", "VNM"} <= {a.country for a in coded.actors}


@pytest.mark.parametrize(
    ("text", "absent", "party"),
    [
        # a region of another country named for a river or a state
        ("Nigerian troops raided a militant camp in the Niger Delta on Monday.", "NER", "NGA"),
        ("Gunmen attacked a pipeline in the Niger Delta, Nigeria's army said.", "NER", "NGA"),
    ],
)  # fmt: skip
def test_a_country_word_inside_another_countrys_place_is_no_actor(
    text: str, absent: str, party: str
) -> None:
    coded = _coded(text)
    assert absent not in {a.country for a in coded.actors}
    assert all(e.target is None or e.target.country != absent for e in coded.events)
    assert party in {a.country for a in coded.actors}


def test_the_state_named_alone_beside_such_a_place_stays_a_state() -> None:
    coded = _coded("Niger closed its border with Benin near the Niger Delta road on Monday.")
    assert "NER" in {a.country for a in coded.actors}
