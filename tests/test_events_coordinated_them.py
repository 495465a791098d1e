""" "them" as the object of a clause coordinated with an earlier one, whose own subject is
another party, stands for the earlier clause's plural subject: "protesters marched on
parliament, and police fired tear gas to disperse them". Sentences written for these
tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("NAIROBI, Kenya (AP) — Thousands of students marched on parliament on Monday, and "
         "riot police fired tear gas to disperse them.", ("COERCE", "riot police", "students")),
        ("LIMA, Peru (AP) — Miners blocked the highway for a week, but soldiers cleared the "
         "road and detained them.", ("COERCE", "soldiers", "Miners")),
        ("DHAKA, Bangladesh (AP) — Garment workers rallied outside the ministry, and police "
         "fired rubber bullets at them.", ("ASSAULT", "police", "workers")),
    ],
)  # fmt: skip
def test_them_stands_for_the_plural_subject_of_the_clause_before(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text), dyads(text)


def test_them_in_a_clause_with_the_same_subject_is_not_that_subject() -> None:
    text = "LIMA, Peru (AP) — Police cleared the square and detained them."
    assert not any(t == "Police" for _, _, t in dyads(text)), dyads(text)
