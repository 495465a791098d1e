"""A spokesperson with no body, office or nationality of their own speaks for the state
body that is the subject just before them, not for the country a bureau files from.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _person(text: str, name: str) -> tuple[str | None, str | None]:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    person = next(a for a in coded.actors if a.name == name)
    return person.country, person.sector


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("WASHINGTON (AP) — The State Department cleared a sale of radars to Taiwan on "
         "Friday. China's foreign ministry condemned the sale. Spokesperson Wen Hao warned "
         "of countermeasures.", "Wen Hao", "CHN"),
        ("NAIROBI — Ethiopia's foreign ministry accused Eritrea of massing troops. Ministry "
         "spokesman Dawit Tesfaye said Addis Ababa would defend itself.",
         "Dawit Tesfaye", "ETH"),
        ("BANGKOK — Cambodia's defence ministry said Thai jets had bombed two villages, and "
         "spokeswoman Sok Chenda called the raids a violation of the truce.",
         "Sok Chenda", "KHM"),
    ],
)  # fmt: skip
def test_the_spokesperson_of_the_body_just_named(text: str, name: str, country: str) -> None:
    assert _person(text, name)[0] == country


def test_an_office_named_keeps_the_home() -> None:
    text = (
        "N'DJAMENA — Chad recalled its ambassador after Sudanese jets struck a market. "
        "Sudan's army denied the raid. Government spokesman Abakar Idriss said the strike "
        "killed 14 people."
    )
    assert _person(text, "Abakar Idriss")[0] == "TCD"
