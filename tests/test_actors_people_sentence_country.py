"""A titled official the text gives no nationality belongs to the one country its
sentence speaks for before naming them (the subject's country, its owner or nationality,
or the place the clause opens in), else to the article's home country. Sentences of our
own over a real parse."""

from __future__ import annotations

import pytest

from eventwire.actors import recognise
from eventwire.nlp import parse


def _country(text: str, name: str, home: str | None = "PER") -> str | None:
    index = recognise(parse(text), home_country=home)
    return next(a.country for a in index.actors if a.name == name)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the owner of the subject
        ("Bolivia's foreign ministry said President Rosa Quispe stood by her remarks.", "BOL"),
        # the nationality of the subject
        ("The Chilean government said Interior Minister Pablo Rojas would resign.", "CHL"),
        # the place the clause opens in
        ("In Quito, Foreign Minister Lucia Vera rejected the decision.", "ECU"),
        # the subject itself
        ("Colombia said Defence Minister Ana Gil would travel to Lima.", "COL"),
    ],
)
def test_the_sentence_says_whose_official_it_is(text: str, country: str) -> None:
    name = next(w for w in ("Rosa Quispe", "Pablo Rojas", "Lucia Vera", "Ana Gil") if w in text)
    assert _country(text, name) == country


@pytest.mark.parametrize(
    "text",
    [
        # another party, not the speaker's side
        "After talks with Bolivia, President Rosa Quispe said trade would resume.",
        "Sanctions on Bolivia were lifted, President Rosa Quispe said.",
        # two countries named: no one side
        "Bolivia and Chile signed the accord, President Rosa Quispe said.",
    ],
)
def test_otherwise_the_home_country(text: str) -> None:
    assert _country(text, "Rosa Quispe") == "PER"
