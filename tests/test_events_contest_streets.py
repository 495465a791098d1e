"""A verb of winning marks a sports sense only when it wins something: "took to the
streets to protest" is a protest, "took the title after he struck" is sport. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of people took to the streets of Tbilisi on Sunday night to protest the "
        "government's decision.",
        "Thousands of teachers took to the streets of Nairobi to protest against the "
        "government's pay freeze.",
        "Students in Belgrade took to the streets again to protest the government's "
        "handling of the disaster.",
    ],
)  # fmt: skip
def test_taking_to_the_streets_is_a_protest(text: str) -> None:
    assert any(t == "PROTEST" for t, _, _ in dyads(text)), dyads(text)


def test_winning_a_match_is_still_sport() -> None:
    text = ("The Ghana striker took the title for his club when he fired a shot past the "
            "Nigerian keeper.")  # fmt: skip
    assert not any(t == "ASSAULT" for t, _, _ in dyads(text))
