"""Acts offered in a clause coordinated with one that addresses parties ("urged both
sides to talk and offered to host talks") are offered to those parties; an offered
meeting is a meeting to come (CONSULT, intended), not an agreement; and an act a
request asks for is not coded as done when the parser reads its "to" clause as an
adjunct. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt called on Israel and Hamas to halt the fighting and offered to host a new "
         "round of talks in Cairo.",
         {("CONSULT", "intended", "EGY", "ISR"), ("CONSULT", "intended", "EGY", "PSE")}),
        ("Norway urged Colombia and the ELN to return to negotiations and offered to "
         "mediate.", {("CONSULT", "intended", "NOR", "COL")}),
        ("The Swiss foreign minister invited his Armenian counterpart to Bern and offered "
         "to host a meeting with Azerbaijan.", {("CONSULT", "intended", "CHE", "AZE")}),
    ],
)  # fmt: skip
def test_an_offer_coordinated_with_an_address_is_made_to_its_addressees(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    found = events_by_country(text)
    assert expected <= set(found), found
    assert not any(kind == "AGREE" for kind, *_ in found), found


def test_the_object_of_another_act_is_not_offered_anything() -> None:
    # France criticised Russia; the weapons it pledged are for Ukraine.
    found = events_by_country(
        "France criticised Russia and pledged to send more weapons to Ukraine."
    )
    assert not any(kind == "AGREE" and target == "RUS" for kind, _, _, target in found), found


def test_an_offer_with_no_addressee_in_reach_has_no_target() -> None:
    # The welcome addresses no party: nobody is offered the talks.
    found = events_by_country("Brazil welcomed the truce and offered to host talks.")
    assert not any(kind == "CONSULT" for kind, *_ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan foreign minister met the envoy and called on Ethiopia to pull back its troops.",
        "The Kenyan foreign minister visited Nairobi and urged Ethiopia to withdraw its "
        "troops from the border.",
    ],
)
def test_an_act_asked_for_in_a_to_clause_is_not_done(text: str) -> None:
    found = events_by_country(text)
    assert ("REQUEST", "asserted", "KEN", "ETH") in found, found
    assert not any(kind == "RETREAT" for kind, *_ in found), found
