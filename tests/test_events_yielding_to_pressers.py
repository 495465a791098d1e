"""Whoever presses is whom a government gives way to, through the pressure's own phrase:
"bowing to weeks of demonstrations by university students", "bowed to a wave of strikes
by dock workers". A party written as the object of "to" is read as before. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("BELGRADE, Serbia — The prime minister resigned on Tuesday, bowing to weeks of "
         "demonstrations by university students.", ("CONCEDE", "prime minister", "students")),
        ("LISBON, Portugal — The government bowed to a wave of strikes by dock workers and "
         "withdrew the port reform.", ("CONCEDE", "government", "workers")),
    ],
)  # fmt: skip
def test_the_presser_behind_the_pressure_is_given_way_to(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text), dyads(text)


def test_a_party_written_after_to_is_read_as_before() -> None:
    found = dyads("LIMA, Peru — The government bowed to the demands of striking miners.")
    assert ("CONCEDE", "government", "miners") in found, found
