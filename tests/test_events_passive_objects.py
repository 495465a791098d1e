"""A passive whose subject is the noun a verb's entry takes as its object ("sanctions were
imposed on Iran") tells one event, the verb's: the noun, met first in text order, is not
coded again with a target of its own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BRUSSELS (AP) — New sanctions were imposed on Iran by the European Union on Monday.",
         ("SANCTION", "IGO", "IRN")),
        ("LONDON (AP) — Fresh sanctions were slapped on Belarus by Britain on Friday.",
         ("SANCTION", "GBR", "BLR")),
        ("WASHINGTON (AP) — Tariffs of 25% were imposed on Mexican steel by the United "
         "States.", ("SANCTION", "USA", "MEX")),
    ],
)  # fmt: skip
def test_a_passive_measure_is_one_event(text: str, expected: tuple[str, str, str]) -> None:
    found = [(kind, src, tgt) for kind, _, src, tgt in events_by_country(text)]
    assert found == [expected], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CAIRO (AP) — Talks were held in Cairo between Hamas and Israel on Sunday.",
         ("CONSULT", "PSE", "ISR")),
        ("NAIROBI (AP) — Negotiations were held on Monday between Kenya and Somalia.",
         ("CONSULT", "KEN", "SOM")),
    ],
)  # fmt: skip
def test_a_passive_meeting_is_between_the_parties_its_verb_names(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = [(kind, src, tgt) for kind, _, src, tgt in events_by_country(text)]
    assert expected in found, found
