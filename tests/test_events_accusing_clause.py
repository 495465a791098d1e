"""A participle clause "accusing them of ..." after an arrest speaks of the people the
main clause acted on, also when the main clause coordinates two verbs and the clause hangs
on the second. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        # the clause hangs on the second of two coordinated verbs
        (
            "Ecuador's navy detained five Peruvian sailors and impounded their boat, "
            "accusing them of fishing without a licence.",
            "ECU",
            "PER",
        ),
        (
            "Tunisian police arrested two Algerian smugglers and seized their truck on "
            "Friday, accusing them of trafficking fuel.",
            "TUN",
            "DZA",
        ),
        # one verb: as before
        (
            "Kenya's coastguard arrested 12 Somali fishermen, accusing them of fishing "
            "without permits.",
            "KEN",
            "SOM",
        ),
    ],
)
def test_the_accused_are_the_people_acted_on(text: str, accuser: str, accused: str) -> None:
    found = [(src, tgt) for k, _, src, tgt in events_by_country(text) if k == "ACCUSE"]
    assert found == [(accuser, accused)]
