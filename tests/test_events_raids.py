"""A raid is read by who makes it: police or prosecutors searching premises coerce
(PLOVER's COERCE 'seize'); fighters or troops raiding a village attack. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a search of premises by police or prosecutors
        ("QUITO, Ecuador — Prosecutors raided the headquarters of the ruling party on Monday.",
         "COERCE"),
        ("LAGOS, Nigeria — Police raided a mosque in Kano and detained 30 worshippers.",
         "COERCE"),
        # an armed raid stays an attack
        ("NIAMEY, Niger — Jihadist fighters raided a village near the Malian border.",
         "ASSAULT"),
    ],
)  # fmt: skip
def test_a_raid_by_police_is_a_search_not_an_attack(text: str, kind: str) -> None:
    found = dyads(text, by="country")
    assert any(k == kind for k, _, _ in found), found
    assert not any(k == ("ASSAULT" if kind == "COERCE" else "COERCE") for k, _, _ in found)
