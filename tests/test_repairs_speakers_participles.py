"""A participle of speech after an order ("ordered the group to leave, accusing it of
...") is the orderer's, not the ordered party's; "it" after a verb of charging is the
one ordered. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country
from eventwire.nlp import parse


@pytest.mark.parametrize(
    ("text", "accusation"),
    [
        ("Eritrea's government ordered the Turkish charity to leave the country within a "
         "week, accusing it of spying.", ("ACCUSE", "asserted", "ERI", "TUR")),
        ("Nicaragua told the Spanish ambassador to leave within 48 hours, accusing him of "
         "meddling.", ("ACCUSE", "asserted", "NIC", "ESP")),
        ("Burundi ordered Rwandan traders to leave the country, accusing them of smuggling.",
         ("ACCUSE", "asserted", "BDI", "RWA")),
    ],
)  # fmt: skip
def test_the_one_who_orders_accuses(text: str, accusation: tuple[str, str, str, str]) -> None:
    found = events_by_country(text)
    assert accusation in found, found
    kind, _, source, target = accusation
    assert (kind, "asserted", target, source) not in found


def test_the_participle_hangs_on_the_order() -> None:
    doc = parse("Chad ordered the aid group to leave the country, accusing it of bias.")
    accusing = next(t for t in doc if t.lower_ == "accusing")
    assert accusing.head.lower_ == "ordered"
