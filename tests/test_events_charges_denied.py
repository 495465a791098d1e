"""A charge told and then summed up in an apposition that its target denies ("Congo
accused Kigali of backing the rebels, a charge Rwanda denies") is an accusation made; only
the charge is denied. The parser often hangs the first clause under "denies". Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KINSHASA (AP) — Congo accused Kigali of supporting the rebels, a charge Rwanda "
         "denies.", ("ACCUSE", "asserted", "COD", "RWA")),
        ("MOSCOW (AP) — Ukraine accused Russia of shelling the plant, an allegation Moscow "
         "rejects.", ("ACCUSE", "asserted", "UKR", "RUS")),
        ("WASHINGTON (AP) — The United States accused China of hacking government networks, "
         "a claim Beijing has denied.", ("ACCUSE", "asserted", "USA", "CHN")),
    ],
)  # fmt: skip
def test_a_charge_its_target_denies_is_still_made(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in events_by_country(text)


def test_a_denied_act_stays_denied() -> None:
    """What a speaker denies doing is still no act: "denied that it had shelled the plant"."""
    found = events_by_country("MOSCOW (AP) — Russia denied that it had shelled the plant.")
    assert ("ASSAULT", "asserted", "RUS", "UKR") not in found, found
