""" "The country" or "the nation" as a subject stands for the state that was the subject
of an earlier sentence; where the sentences before name states only in other roles, it
stands for none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Armenia had long declined to recognise a Palestinian state. The country formally "
         "recognised the State of Palestine on Friday.", ("SUPPORT", "ARM", "PSE")),
        ("Ghana has hosted talks on the crisis for months. On Monday the country expelled "
         "two Malian diplomats.", ("SANCTION", "GHA", "MLI")),
        ("Norway's aid budget has grown for a decade. The nation pledged 200 million "
         "dollars to Ukraine on Tuesday.", ("AID", "NOR", "UKR")),
    ],
)  # fmt: skip
def test_the_country_is_the_earlier_subject(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_no_subject_state_before_means_no_country() -> None:
    found = dyads("Relations between Algeria and Spain have been strained. The country "
                  "recalled its ambassador on Saturday.", by="country")  # fmt: skip
    assert not any(kind == "SANCTION" for kind, _, _ in found), found
