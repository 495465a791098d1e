"""An act asked for is not an act done: the REQUEST carries the dyad, and the act inside
the request ("urged X to withdraw") is not coded as an event of its own."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    return [
        (e.type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in coded.events
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an object and a to-infinitive
        ("Germany urged Russia to withdraw its troops from the border.", "DEU", "RUS"),
        # the asked act is itself a stop ("halt the drills": no MOBILIZE, negated or not)
        ("Japan asked China to halt military drills near Taiwan.", "JPN", "CHN"),
        # a phrasal verb of asking
        ("France called on Iran to free the detained journalists.", "FRA", "IRN"),
        # the asked act is violent
        ("Pakistan pressed India not to strike targets across the border.", "PAK", "IND"),
    ],
)
def test_only_the_request_is_coded(text: str, source: str, target: str) -> None:
    events = _events(text)
    assert ("REQUEST", source, target) in events, events
    assert all(kind == "REQUEST" for kind, _, _ in events), events


def test_an_act_beside_a_request_is_still_coded() -> None:
    """Only what hangs under the asking verb is dropped; a coordinated act stands."""
    events = _events(
        "Turkey shelled Kurdish positions in Syria and urged Washington to end its support."
    )
    assert any(kind == "ASSAULT" for kind, _, _ in events), events


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an accusation's "of" complement
        ("GOMA, May 3 (Wire) - Rebels accused the army of shelling villages.", "ACCUSE"),
        # an accusation's clausal complement
        ("Ankara accused Athens of having sent warships into its waters.", "ACCUSE"),
        # a refusal's complement
        ("Seoul rejected a demand from Tokyo to halt the joint drills.", "REJECT"),
    ],
)
def test_an_alleged_or_refused_act_is_not_coded_apart(text: str, kind: str) -> None:
    events = _events(text)
    assert any(k == kind for k, _, _ in events), events
    assert all(k == kind for k, _, _ in events), events


def test_a_circumstance_beside_a_request_is_its_own_event() -> None:
    """ "..., with X speaking to Y": an absolute clause reports an act of its own."""
    events = _events(
        "Washington urged Israel to show restraint, with the envoy meeting Jordan's king "
        "after the talks."
    )
    assert ("REQUEST", "USA", "ISR") in events, events
