"""An unqualified definite body ("the defence ministry", "the military") in a datelined
story is the home country's, though a body of the same sector abroad was named just
before ("YEREVAN — Armenia accused Azerbaijani forces ... The defence ministry said");
the same word repeated ("Ghanaian police ... the police") and stories with no dateline
keep the nearest earlier body, as does a story whose dateline is only a bureau's (the
text does not name the dateline's country). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _country_of(text: str, name: str) -> str | None:
    """The one country of the actors named ``name`` or ending in it ("Nigerian police")."""
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    found = {a.country for a in coded.actors if a.name == name or a.name.endswith(f" {name}")}
    assert len(found) == 1, [(a.name, a.country) for a in coded.actors]
    return found.pop()


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("YEREVAN, Armenia (Reuters) — Armenia accused Azerbaijani forces of firing on its "
         "positions overnight. The defence ministry raised the readiness of border units.",
         "defence ministry", "ARM"),
        ("SEOUL (Reuters) - Russian military aircraft entered South Korea's air defence "
         "zone on Tuesday. The military scrambled fighter jets in response.", "military", "KOR"),
        ("KYIV (AP) - Russian troops shelled Ukrainian villages overnight. The army said "
         "it had shot down 20 drones.", "army", "UKR"),
    ],
)  # fmt: skip
def test_a_definite_body_in_a_datelined_story_is_the_home_country_s(
    text: str, name: str, country: str
) -> None:
    assert _country_of(text, name) == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # The same word: the same body.
        ("ACCRA (Reuters) - Nigerian police arrested six Ghanaian traders in Lagos. The "
         "police said the men had no permits.", "police", "NGA"),
        # No dateline: the nearest body of the sector.
        ("Myanmar's military seized power in 2021. The junta has since jailed thousands.",
         "junta", "MMR"),
    ],
)  # fmt: skip
def test_the_same_body_or_an_undated_story_keeps_the_nearest(
    text: str, name: str, country: str
) -> None:
    assert _country_of(text, name) == country
