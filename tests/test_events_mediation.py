"""A mediation is the mediator's, made to each of the parties it stands between (CONSULT,
CAMEO 045): "Egypt is mediating between Israel and Hamas", "Egypt's mediation between
...". Talks "between" two parties with no mediator are theirs, first-named as source.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CAIRO (AP) — Egypt and Qatar are mediating between Israel and Hamas on a new "
            "ceasefire.",
            {("CONSULT", "EGY", "ISR"), ("CONSULT", "EGY", "PSE"), ("CONSULT", "QAT", "ISR")},
        ),
        (
            "CAIRO (AP) — Egypt's mediation between Sudan and Chad stalled on Monday.",
            {("CONSULT", "EGY", "SDN"), ("CONSULT", "EGY", "TCD")},
        ),
        (
            "ADDIS ABABA (AP) — The African Union mediated between Ethiopia and Eritrea.",
            {("CONSULT", "IGO", "ETH"), ("CONSULT", "IGO", "ERI")},
        ),
    ],
)
def test_the_mediator_meets_each_party(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = dyads(text, by="country")
    assert expected <= found
    assert not [d for d in found if d[0] == "CONSULT" and d[1] not in {e[1] for e in expected}]


def test_talks_between_two_parties_are_theirs() -> None:
    found = dyads(
        "ANKARA (AP) — Talks between Ethiopia and Somalia resumed on Monday.", by="country"
    )
    assert ("CONSULT", "ETH", "SOM") in found
