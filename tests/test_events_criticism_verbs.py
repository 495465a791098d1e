"""Verbs of harsh criticism as wire copy writes them ("blasted", "rapped", "excoriated"),
and "blast" and "pound" as acts of force when a weapon or a force does them. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Ghana blasted Togo's government on Friday over the arrest of three Ghanaian "
         "traders.", ("ACCUSE", "GHA", "TGO")),
        ("Beijing rapped Seoul over its joint drills with the U.S. navy.",
         ("ACCUSE", "CHN", "KOR")),
        ("Peru's foreign minister excoriated Bolivia for harbouring fugitives.",
         ("ACCUSE", "PER", "BOL")),
        ("Serbia's president chided Croatia over the border dispute.",
         ("ACCUSE", "SRB", "HRV")),
    ],
)  # fmt: skip
def test_harsh_words_accuse(text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Russian missiles blasted a power station outside Kharkiv overnight.",
         ("ASSAULT", "RUS", "UKR")),
        ("Rebels pounded army positions near Goma with mortars on Sunday.",
         ("ASSAULT", "COD", "COD")),
        ("Turkish jets pounded Kurdish militant hideouts in northern Iraq.",
         ("ASSAULT", "TUR", "IRQ")),
    ],
)  # fmt: skip
def test_blasting_and_pounding_by_force(text: str, event: tuple[str, str, str]) -> None:
    found = dyads(text, by="country")
    assert event in found
    assert not any(kind == "ACCUSE" for kind, _, _ in found), found
