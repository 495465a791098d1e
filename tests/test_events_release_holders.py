"""Whom a call to free people is made of when the sentence names no captor before it:
the captor a participle names, the government of the country they are held in, or the
home country's government for people the phrase places nowhere; never the people to be
freed, nor the caller's own government. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads, events_by_country


def _requests(text: str) -> list[tuple[str | None, str | None]]:
    return [(s, t) for kind, _, s, t in events_by_country(text) if kind == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "PARIS — France demanded the release of two French journalists held in Mali.",
            "FRA",
            "MLI",
        ),
        (
            "NAIROBI — The Kenyan opposition called for the release of its jailed leader.",
            "KEN",
            "KEN",
        ),
        (
            "HARARE, Zimbabwe — The teachers' union urged the immediate release of the "
            "striking nurses.",
            "ZWE",
            "ZWE",
        ),
        (
            "WASHINGTON — The State Department demanded the release of an American reporter "
            "detained by Russian authorities.",
            "USA",
            "RUS",
        ),
        # the participle the parser hangs on "release" rather than on the people
        (
            "TOKYO — Japan demanded the immediate release of its citizens detained in China.",
            "JPN",
            "CHN",
        ),
        (
            "SEOUL — South Korea demanded the swift release of its sailors held in Iran.",
            "KOR",
            "IRN",
        ),
    ],
)
def test_a_call_for_a_release_is_made_of_whoever_holds_them(
    text: str, source: str, target: str
) -> None:
    assert (source, target) in _requests(text)


def test_a_participle_of_no_holding_places_no_one() -> None:
    text = (
        "WASHINGTON — The State Department demanded the release of two Americans, stranded "
        "in Qatar for weeks."
    )
    assert ("USA", "QAT") not in _requests(text)


def test_the_callers_own_government_is_not_asked() -> None:
    found = dyads("PARIS — The French government demanded the release of two French aid workers.")
    assert not [t for kind, _, t in found if kind == "REQUEST" and t and "authorities" in t]


def test_a_camp_abroad_does_not_say_who_holds_them() -> None:
    assert ("GBR", "CUB") not in _requests(
        "LONDON — British lawyers called for the release of the detainees at Guantanamo Bay."
    )
