"""A known state body keeps the nationality the text states, and a named ministry or
force takes the sector of the body noun the titles lexicon codes."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


class _Bodies(dict[str, tuple[str | None, str | None]]):
    """The article's bodies by name; a key finds the body whose name ends with it."""

    def __missing__(self, key: str) -> tuple[str | None, str | None]:
        found = [v for name, v in self.items() if name.lower().endswith(key.lower())]
        if len(found) != 1:
            raise KeyError(key)
        return found[0]


def _actors(text: str) -> _Bodies:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    return _Bodies({a.name: (a.country, a.sector) for a in coded.actors if a.kind != "state"})


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Seoul's Joint Chiefs of Staff reported two launches off the east coast overnight.",
         "Joint Chiefs of Staff", "KOR"),
        ("South Korean Joint Chiefs of Staff officers briefed lawmakers on the launches.",
         "Joint Chiefs of Staff", "KOR"),
        ("Lawmakers in Lima said Peru's Congress would debate the motion next week.",
         "Congress", "PER"),
    ],
)  # fmt: skip
def test_a_stated_nationality_wins_over_the_lexicons(text: str, name: str, country: str) -> None:
    assert _actors(text)[name][0] == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Joint Chiefs of Staff met at the Pentagon on Tuesday.", "Joint Chiefs of Staff",
         "USA"),
        ("The U.S. Congress passed the spending bill late on Friday.", "Congress", "USA"),
    ],
)  # fmt: skip
def test_without_a_stated_nationality_the_lexicon_holds(text: str, name: str, country: str) -> None:
    assert _actors(text)[name][0] == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("China's Defense Ministry called the patrols a provocation on Monday.",
         "Defense Ministry"),
        ("A statement from Russia's Defence Ministry said two villages had fallen.",
         "Defence Ministry"),
        ("Officials at the Japanese defence ministry declined to comment on the report.",
         "defence ministry"),
    ],
)  # fmt: skip
def test_a_defence_ministry_is_military(text: str, name: str) -> None:
    assert _actors(text)[name][1] == "MIL"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kenya's Interior Ministry imposed a curfew on the county.", "Interior Ministry"),
        ("The Brazilian Health Ministry confirmed 40 new cases on Sunday.", "Health Ministry"),
    ],
)  # fmt: skip
def test_other_ministries_stay_civilian_government(text: str, name: str) -> None:
    assert _actors(text)[name][1] == "GOV"
