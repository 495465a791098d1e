"""An act done "in protest" or "in a strike" is itself the protest: its subject protests,
and, with no addressee written, the protest is made to the government at home, as a
march or a strike is ("shopkeepers kept their stores shut in protest at the levy").
(A phrase the parser hangs on a noun, "armbands in protest", is not read.) Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "LAGOS, June 2 (Reuters) - Shopkeepers in Lagos kept their stores shut on "
            "Monday in protest at the new market levy.",
            "NGA",
        ),
        (
            "NAIROBI, June 2 (Reuters) - Teachers in Kisumu wore black armbands on Tuesday "
            "in protest against the pay freeze.",
            "KEN",
        ),
        (
            "ACCRA, June 2 (Reuters) - Taxi drivers parked their cars across the main road "
            "as a protest against fuel prices.",
            "GHA",
        ),
        (
            "LIMA, June 2 (Reuters) - Miners in the south stayed away from the pits for a "
            "second day in a strike over unpaid wages.",
            "PER",
        ),
    ],
)
def test_an_act_done_in_protest_is_a_protest_to_the_government_at_home(
    text: str, home: str
) -> None:
    found = [(src, tgt) for kind, _, src, tgt in events_by_country(text) if kind == "PROTEST"]
    assert found and all(src == home and tgt == home for src, tgt in found)


@pytest.mark.parametrize(
    "text",
    [
        # a protest only named, not done by the clause's subject
        "LAGOS, June 2 (Reuters) - The minister said the protest had been peaceful.",
        # the phrase describes a noun, not the act of a clause
        "NAIROBI, June 2 (Reuters) - The union published a letter in protest of the "
        "pay freeze that it had written last year.",
        # a protest the act only happens in, told with "the"; no doer of the act
        "KINSHASA, June 2 (Reuters) - Three people were killed in the protests in "
        "Kinshasa on Monday.",
        "KINSHASA, June 2 (Reuters) - The opposition leader spoke to reporters in the "
        "protest on Monday.",
        # a verb of naming puts "as a protest" on its object
        "NAIROBI, June 2 (Reuters) - The minister described the march as a protest "
        "against the tax.",
    ],
)
def test_a_protest_noun_outside_an_act_of_protest_codes_no_protest(text: str) -> None:
    assert not [e for e in events_by_country(text) if e[0] == "PROTEST"]
