"""An attack verb whose clause goes on to tell what its doer said ("attacked the budget
plan, saying it would hurt the poor") is an accusation; an attribution of the whole
sentence that the parser hangs on the verb ("drones struck a tanker overnight, setting it
on fire, a source said") leaves the attack an attack. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    "text",
    [
        "KYIV — Ukrainian naval drones struck a Russian tanker overnight, setting it on fire, "
        "a source in Ukraine's security service said on Saturday.",
        "BEIRUT — Israeli jets struck a depot near Tyre before dawn, killing two guards, a "
        "Lebanese security official said.",
    ],
)
def test_an_attribution_hung_on_the_attack_leaves_it_an_attack(text: str) -> None:
    found = {t for t, _, _ in dyads(text, by="country")}
    assert "ASSAULT" in found and "REJECT" not in found, found


def test_an_attack_in_words_is_still_an_accusation() -> None:
    text = ("ANKARA — Turkey's opposition leader attacked the government's budget plan, "
            "saying it would hurt pensioners.")  # fmt: skip
    found = {t for t, _, _ in dyads(text, by="country")}
    assert "ACCUSE" in found and "ASSAULT" not in found, found
