"""A party that says a foreign party used force on its side accuses that party; the act
is its claim, not a deed the report confirms. Force told with its source after it, done
by the teller's own side, or done to a third party stays the act. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


def _kinds(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(k, src, tgt) for k, _, src, tgt in events_by_country(text)}


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        (
            "Armenia's defence ministry said Azerbaijani forces had fired on Armenian "
            "positions near the frontier.",
            "ARM",
            "AZE",
        ),
        ("Kyiv claims Russian units fired on a column of Ukrainian refugees.", "UKR", "RUS"),
        (
            "Cambodia's foreign ministry said on Friday that Thai soldiers had detained two "
            "Cambodian farmers.",
            "KHM",
            "THA",
        ),
    ],
)
def test_a_claim_of_force_on_ones_side_is_an_accusation(
    text: str, accuser: str, accused: str
) -> None:
    found = _kinds(text)
    assert ("ACCUSE", accuser, accused) in found
    assert not any(k in {"ASSAULT", "COERCE"} for k, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "kind", "doer"),
    [
        # the source told after the act: the report of it
        ("Thai soldiers detained two Cambodian farmers, Cambodia's army said.", "COERCE", "THA"),
        # the teller's own side acted
        ("Vietnam's navy said it had arrested 20 Chinese fishermen.", "COERCE", "VNM"),
        # force on a third country's people
        ("Washington said Russian troops shelled Kharkiv on Sunday.", "ASSAULT", "RUS"),
        # an abuse told by a rights group
        (
            "Amnesty International said Ethiopian soldiers killed civilians in Tigray.",
            "ASSAULT",
            "ETH",
        ),
    ],
)
def test_other_tellings_keep_the_act(text: str, kind: str, doer: str) -> None:
    found = _kinds(text)
    assert any(k == kind and src == doer for k, src, _ in found), found
    assert not any(k == "ACCUSE" for k, _, _ in found), found
