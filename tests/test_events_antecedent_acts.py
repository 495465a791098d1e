"""A definite act noun with no owner written ("condemned the strike", "criticised the
move") points back at an act the article told just before: its source is the target."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Israeli jets struck Hezbollah positions in southern Lebanon on Monday. "
         "Lebanon's president condemned the strike.", ("ACCUSE", "LBN", "ISR")),
        ("Japan and India signed a defence pact on Friday. China criticised the move.",
         ("ACCUSE", "CHN", "JPN")),
        ("Germany began deporting Afghan men convicted of crimes. The Pakistani government "
         "criticised the decision.", ("ACCUSE", "PAK", "DEU")),
        ("Kenya deployed 400 troops to Haiti in June. The United States welcomed "
         "the deployment.", ("SUPPORT", "USA", "KEN")),
    ],
)  # fmt: skip
def test_a_definite_act_noun_points_back_at_its_act(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_demand_is_no_move() -> None:
    # The generic noun points at deeds: the demand told before is not "the measures".
    found = dyads(
        "Liberty called on the British government to free the detained men. "
        "But the Home Office defended the move.",
        by="country",
    )
    assert not any(kind == "SUPPORT" for kind, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI, Kenya — Rights groups urged the government to free the jailed protesters. "
        "The interior ministry defended the move.",
        "Lawyers called on Ruritania to release the detained reporters on Monday. Its "
        "foreign ministry welcomed the decision.",
    ],
)
def test_an_act_asked_for_is_no_move(text: str) -> None:
    # What a demand asks for has not been done: "the move" is no such act.
    assert not any(kind == "SUPPORT" for kind, _, _ in dyads(text, by="country"))


def test_the_speaker_does_not_condemn_its_own_act() -> None:
    found = dyads(
        "Turkey shelled Kurdish positions in northern Syria on Sunday. "
        "Turkey defended the strike as self-defence.",
        by="country",
    )
    assert ("SUPPORT", "TUR", "TUR") not in found


def test_an_act_told_long_before_is_too_far_back() -> None:
    text = (
        "Russia expelled two Estonian diplomats on Monday. The ministry gave no reason. "
        "Tallinn has not replied. Trade between the two has fallen. Talks are planned. "
        "On Friday, Finland criticised the expulsion."
    )
    assert ("ACCUSE", "FIN", "RUS") not in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Pakistan accused India of shelling its villages. India's army denied the charge.",
         ("REJECT", "IND", "PAK")),
        ("Kenya accused Uganda of arming rebels. Kampala rejected the allegations as baseless.",
         ("REJECT", "UGA", "KEN")),
        ("Poland accused Russia of ordering the arson attack. Moscow called the accusations "
         "absurd.", ("REJECT", "RUS", "POL")),
    ],
)  # fmt: skip
def test_a_claim_noun_points_back_at_the_accusation(text: str, dyad: tuple[str, str, str]) -> None:
    found = dyads(text, by="country")
    assert dyad in found
    assert ("ACCUSE", dyad[1], dyad[2]) not in found  # condemning a claim rejects it
