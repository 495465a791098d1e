"""A nationality hyphenated to a word of ownership before an unnamed group ("two
Iranian-flagged tankers", "Chinese-owned mines") gives the group its country, whatever
the story's home. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Two Iranian-flagged oil tankers were seized by U.S. naval forces in the Arabian "
         "Sea on Wednesday, the Pentagon said.", ("COERCE", "asserted", "USA", "IRN")),
        ("WASHINGTON (AP) — Yemeni rebels fired missiles at two Greek-flagged cargo ships in "
         "the Red Sea, the U.S. military said.", ("ASSAULT", "asserted", "YEM", "GRC")),
        ("Zambian police raided three Chinese-owned mines near Kitwe on Monday, the "
         "ministry said.", ("COERCE", "asserted", "ZMB", "CHN")),
    ],
)  # fmt: skip
def test_the_owner_s_country(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in events_by_country(text)
