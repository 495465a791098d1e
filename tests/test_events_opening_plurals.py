"""An event noun in the plural that opens a sentence, which the small model tags as a
proper name and leaves unlemmatised ("Talks between X and Y resumed"), is still that
event noun; a name that only ends in "s" is no event."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("DOHA — Talks between Israel and Hamas resumed in Doha on Monday.",
         ("CONSULT", "ISR", "PSE")),
        ("Talks between Armenia and Azerbaijan ended without a deal in Washington.",
         ("CONSULT", "ARM", "AZE")),
    ],
)  # fmt: skip
def test_a_plural_event_noun_opening_a_sentence_is_that_event(
    text: str, dyad: tuple[str, str, str]
) -> None:
    found = dyads(text, by="country")
    kind, a, b = dyad
    assert (kind, a, b) in found or (kind, b, a) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # "Tours" and "Grants" would read as the nouns "tour" and "grant"
        "TOURS, France — Tours officials met the regional prefect on Monday.",
        "Grants Pass officials met state lawmakers in Salem on Monday.",
    ],
)
def test_a_place_name_ending_in_s_opens_no_event(text: str) -> None:
    found = dyads(text, by="country")
    assert not any(t in {"AID"} for t, _, _ in found), found
