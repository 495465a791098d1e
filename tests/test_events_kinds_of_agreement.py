"""A partner hung on the noun that names the kind of a signed text ("a memorandum of
understanding with Kenya", "a treaty of friendship with Laos", "a declaration of intent
with Chile") is the partner of the signing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Ethiopia signed a memorandum of understanding with Kenya on Monday.",
         ("AGREE", "ETH", "KEN")),
        ("Vietnam signed a treaty of friendship with Laos in Hanoi.",
         ("AGREE", "VNM", "LAO")),
        ("Argentina signed a declaration of intent with Chile on lithium mining.",
         ("AGREE", "ARG", "CHL")),
    ],
)  # fmt: skip
def test_the_partner_of_the_kind(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")
