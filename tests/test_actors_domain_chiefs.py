"""A chief named by the field an international body gives them ("the U.N. humanitarian
chief", "EU trade chief") speaks for that body, not for the country the story is about.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("U.N. humanitarian chief Oskar Lindahl urged Sudan's army to open the roads to "
         "El Fasher.", "Oskar Lindahl", "Humanitarian Chief"),
        ("The U.N. refugee chief, Amina Seck, asked Chad to keep its border open.",
         "Amina Seck", "Refugee Chief"),
        ("EU trade chief Piet Janssens warned Beijing against dumping cheap steel.",
         "Piet Janssens", "Trade Chief"),
    ],
)  # fmt: skip
def test_the_chief_is_the_body_s(text: str, name: str, role: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    person = next(a for a in coded.actors if a.name == name)
    assert (person.country, person.sector, person.role) == ("IGO", "IGO", role)
