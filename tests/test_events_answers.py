"""A speaker that an act told just before fell on, and whose own clause names no
addressee, answers the doer of that act: a denial, a condemnation or a warning that
follows a seizure, an accusation or a strike is made to whoever did it."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Latvian police detained a Russian cargo ship on Monday. Moscow denied any "
         "wrongdoing by the crew.", ("REJECT", "RUS", "LVA")),
        ("Kenya accused Sudan's army of shelling its border posts. The army denied any "
         "involvement.", ("REJECT", "SDN", "KEN")),
        ("Turkish jets bombed a Syrian army post near Kobani on Sunday. Damascus "
         "warned that it would respond.", ("THREATEN", "SYR", "TUR")),
        ("Algeria expelled four French diplomats on Tuesday. Paris warned of a firm "
         "response.", ("THREATEN", "FRA", "DZA")),
    ],
)  # fmt: skip
def test_an_answer_goes_to_the_doer_of_what_was_done(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    "text",
    [
        # Help and meetings are not answered with a denial.
        "Chad sent food aid to Sudan on Monday. Sudan denied any wrongdoing.",
        # Rebels hit in the country do not make the state's denial an answer to them.
        "Government troops attacked rebel camps in Darfur. The rebels denied any losses.",
        # Two speakers who acted together do not answer each other.
        "Russia and China vetoed the resolution. Both denied any wrongdoing.",
    ],
)
def test_no_answer_without_a_hostile_act_on_the_speaker(text: str) -> None:
    assert not any(kind == "REJECT" for kind, _, _ in dyads(text, by="country"))


def test_a_denial_of_allegations_answers_only_an_accusation() -> None:
    text = (
        "Greek police arrested a Turkish journalist in Athens. Turkey's foreign ministry "
        "denied the allegations."
    )
    assert not any(kind == "REJECT" for kind, _, _ in dyads(text, by="country"))


def test_an_act_asked_for_answers_no_one() -> None:
    text = (
        "Indian troops fired on a Pakistani post in Kashmir. Pakistan called on the United "
        "Nations observers to investigate."
    )
    assert ("ACCUSE", "PAK", "IND") not in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Egypt accused Ethiopia of breaking the water deal on Monday. Cairo warned of a "
         "firm response.", ("THREATEN", "EGY", "ETH")),
        ("Lithuania expelled two Belarusian diplomats on Friday. Vilnius also ruled out "
         "any dialogue.", ("REJECT", "LTU", "BLR")),
        ("The Indian navy seized a Sri Lankan trawler near Rameswaram. New Delhi then "
         "threatened tougher measures.", ("THREATEN", "IND", "LKA")),
    ],
)  # fmt: skip
def test_a_speaker_goes_on_addressing_whom_it_just_acted_on(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")
