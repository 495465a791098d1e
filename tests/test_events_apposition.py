"""A noun that names no actor of its own ("counterpart", "envoy") stands, as an event's
argument, for the person or body its apposition names. Sentences written for these
tests, with invented people."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("German Chancellor Lena Vogt spoke by phone on Sunday with French counterpart Paul "
         "Mercier.", ("CONSULT", "Lena Vogt", "Paul Mercier")),
        ("British Foreign Secretary Tom Hale and his Spanish counterpart Diego Ruiz agreed to "
         "set up a joint commission.", ("AGREE", "Tom Hale", "Diego Ruiz")),
        ("Uganda's president hosted his Kenyan counterpart, William Otieno, in Kampala on "
         "Friday.", ("CONSULT", "Uganda's president", "William Otieno")),
    ],
)  # fmt: skip
def test_the_apposition_names_the_party(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text)
