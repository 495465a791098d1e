"""A state that hosts talks between two parties meets each of them (CONSULT from the host
to each party), as a mediator does; the talks themselves stay a meeting of the two. A
host whose guest is named keeps that guest. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "host", "parties"),
    [
        ("DOHA — Qatar hosted talks between Sudan and Chad on Sunday.", "QAT", {"SDN", "TCD"}),
        ("ANKARA — Turkey hosted a second round of negotiations between Ethiopia and Somalia.",
         "TUR", {"ETH", "SOM"}),
        ("CAIRO — Egypt hosted a fresh round of ceasefire talks between Israel and Hamas.",
         "EGY", {"ISR", "PSE"}),
        ("NAIROBI — Kenya will host fresh talks between Rwanda and Burundi next month.", "KEN",
         {"RWA", "BDI"}),
    ],
)  # fmt: skip
def test_the_host_of_talks_between_two_parties_meets_each(
    text: str, host: str, parties: set[str]
) -> None:
    found = dyads(text, by="country")
    assert {t for kind, s, t in found if kind == "CONSULT" and s == host} == parties, found


def test_the_talks_stay_a_meeting_of_the_two_parties() -> None:
    found = dyads("DOHA — Qatar hosted talks between Sudan and Chad on Sunday.", by="country")
    assert ("CONSULT", "SDN", "TCD") in found, found


def test_a_named_guest_stays_the_hosts_only_party() -> None:
    found = dyads("OSLO — Norway hosted the Colombian president for talks on Monday.",
                  by="country")  # fmt: skip
    assert {t for kind, s, t in found if kind == "CONSULT" and s == "NOR"} == {"COL"}, found
