"""A deed that a "what" clause names as something ("shelled the port in what Kyiv called a
war crime", "moved troops to the border, in what Seoul called a provocation") is judged:
the clause's speaker accuses, or praises, the deed's doer. An apology expressed to a party
("expressed deep remorse to Seoul") is that party's apology. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("KYIV — Russian forces shelled the port of Izmail overnight in what Ukraine called a "
         "deliberate war crime.", ("ACCUSE", "UKR", "RUS")),
        ("SEOUL — North Korea moved rocket launchers closer to the border, in what South Korea "
         "called a reckless provocation.", ("ACCUSE", "KOR", "PRK")),
        ("MANILA — China's coast guard blocked a supply mission to the shoal on Monday in what "
         "the Philippines called an illegal and aggressive act.", ("ACCUSE", "PHL", "CHN")),
    ],
)  # fmt: skip
def test_a_deed_named_in_a_what_clause_is_judged(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country"), dyads(text, by="country")


def test_a_what_clause_with_no_judgement_accuses_no_one() -> None:
    text = ("KYIV — Russian forces shelled the port of Izmail overnight in what Ukraine called "
            "the busiest night of the week.")  # fmt: skip
    assert not any(t == "ACCUSE" for t, _, _ in dyads(text, by="country"))


@pytest.mark.parametrize(
    "text",
    [
        'TOKYO — Japan\'s prime minister expressed "deep remorse" to South Korea for the '
        "colonial-era abuses.",
        "TOKYO — Japan's foreign minister expressed contrition to South Korea over the wartime "
        "labour camps.",
    ],
)
def test_remorse_expressed_to_a_party_is_an_apology_to_it(text: str) -> None:
    assert ("SUPPORT", "JPN", "KOR") in dyads(text, by="country"), dyads(text, by="country")


def test_concern_expressed_stays_a_criticism() -> None:
    text = "TOKYO — Japan expressed concern to South Korea over the court ruling."
    assert not any(t == "SUPPORT" for t, _, _ in dyads(text, by="country"))
