"""Aid and ties set aside: frozen, axed, or put on hold or on ice, toward whom they went."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Germany froze development aid to Niger.", ("DEU", "NER")),
        ("Sweden has frozen its aid to Rwanda over the fighting.", ("SWE", "RWA")),
        ("Canada put its aid to Haiti on hold.", ("CAN", "HTI")),
        ("Brussels put its trade talks with Tunisia on ice.", ("IGO", "TUN")),
        ("The World Bank halted a $40 million loan disbursement to Malawi.", ("IGO", "MWI")),
    ],
)
def test_aid_or_ties_set_aside_are_a_sanction(text: str, dyad: tuple[str, str]) -> None:
    assert ("SANCTION", *dyad) in dyads(text, by="country")


def test_an_axed_pact_is_rejected() -> None:
    assert ("REJECT", "UGA", "KEN") in dyads(
        "Uganda axed its defence pact with Kenya.", by="country"
    )


def test_a_disbursement_paid_out_is_aid() -> None:
    text = "The World Bank approved the disbursement of a $200 million loan to Ghana."
    assert ("AID", "IGO", "GHA") in dyads(text, by="country")


def test_a_case_put_on_hold_is_no_event() -> None:
    assert dyads("Kenya's High Court put the case against Uganda on hold.", by="country") == set()
