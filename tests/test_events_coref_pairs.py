"""'the two leaders', 'both ministers': the two people named last, not a new group; 'both
sides' a clause addresses: the two named before the clause, never its own subject."""

from __future__ import annotations

import pytest

from event_dyads import dyads, events_by_country
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed in "
         "Nairobi, and the two leaders signed a trade agreement.", "AGREE",
         {"William Ruto", "Abiy Ahmed"}),
        ("Indian Foreign Minister S. Jaishankar met his Chinese counterpart Wang Yi in Delhi. "
         "Both ministers agreed to resume border patrols.", "AGREE",
         {"S. Jaishankar", "Wang Yi"}),
        ("Brazilian President Lula da Silva welcomed Argentine President Javier Milei to "
         "Brasilia, and the two presidents held talks on trade.", "CONSULT",
         {"Lula da Silva", "Javier Milei"}),
    ],
)  # fmt: skip
def test_a_pair_of_people_is_the_two_named_last(text: str, kind: str, pair: set[str]) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    found = [
        {e.source.name, e.target.name}
        for e in coded.events
        if e.type == kind and e.source is not None and e.target is not None
    ]
    assert pair in found, found


@pytest.mark.parametrize(
    ("text", "dyads_wanted"),
    [
        ("Armenia and Azerbaijan traded fire on the border overnight. The EU urged both "
         "sides to show restraint.", {("REQUEST", "IGO", "ARM"), ("REQUEST", "IGO", "AZE")}),
        ("Sudan and South Sudan clashed over the oil field. The African Union called on "
         "both sides to withdraw their troops.",
         {("REQUEST", "IGO", "SDN"), ("REQUEST", "IGO", "SSD")}),
        ("Thailand and Cambodia exchanged artillery fire on Monday. China urged the two "
         "sides to settle the dispute through talks.",
         {("REQUEST", "CHN", "THA"), ("REQUEST", "CHN", "KHM")}),
    ],
)  # fmt: skip
def test_the_pair_is_named_before_the_clause_that_addresses_it(
    text: str, dyads_wanted: set[tuple[str, str, str]]
) -> None:
    # The clause's own subject (the EU, the AU, China) is never one of the pair.
    assert dyads_wanted <= dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # The text names no two parties "both sides" could stand for: the act told
        # before gives them.
        ("Kenyan police arrested dozens of striking doctors in Nairobi on Monday. Kenya's "
         "Catholic bishops urged both sides to return to talks.",
         ("REQUEST", "Kenyan police")),
        ("Chinese coast guard ships fired water cannon at a Philippine supply boat on "
         "Sunday. Indonesia's foreign minister urged both sides to exercise restraint.",
         ("REQUEST", "Philippines")),
        ("Serbian police detained two Kosovo border officers on Friday. The European Union "
         "called on the two sides to settle the matter.", ("REQUEST", "Kosovo")),
    ],
)  # fmt: skip
def test_both_sides_are_the_parties_of_the_act_told_before(
    text: str, dyad: tuple[str, str]
) -> None:
    kind, party = dyad
    found = dyads(text)
    assert any(k == kind and t == party for k, _, t in found), found


def test_both_sides_are_never_the_speaker() -> None:
    text = ("Ecuador's government broke off talks with the indigenous federation on "
            "Sunday. The government urged both sides to keep calm.")  # fmt: skip
    found = dyads(text)
    assert not any(k == "REQUEST" and s == t for k, s, t in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("SANTIAGO — Copper miners walked out at the Escondida mine on Monday. The two "
         "sides agreed on Friday to resume talks.", ("AGREE", "miners")),
        ("Kenyan police arrested dozens of striking doctors in Nairobi on Monday. The two "
         "sides met on Wednesday.", ("CONSULT", "Kenyan police")),
        ("Chinese coast guard ships fired water cannon at a Philippine supply boat on "
         "Sunday. Both sides traded accusations on Monday.", ("ACCUSE", "Philippines")),
    ],
)  # fmt: skip
def test_both_sides_as_subject_are_the_parties_of_the_act_told_before(
    text: str, dyad: tuple[str, str]
) -> None:
    kind, party = dyad
    found = dyads(text)
    assert any(k == kind and party in (s, t) for k, s, t in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # Two sentences of detail stand between the act and the call on both sides.
        ("Thai soldiers fired on a Cambodian patrol near the Preah Vihear temple on Monday. "
         "One soldier was wounded. The exchange lasted ten minutes. "
         "Malaysia urged both sides to hold talks.", ("REQUEST", "KHM")),
        ("Venezuelan troops seized a Guyanese fishing boat on the Cuyuni river on Friday. "
         "Its four crew were taken to Ciudad Bolivar. Their families have had no news. "
         "Brazil called on the two sides to show restraint.", ("REQUEST", "GUY")),
    ],
)  # fmt: skip
def test_both_sides_may_point_past_the_details_of_the_act(text: str, dyad: tuple[str, str]) -> None:
    kind, party = dyad
    found = dyads(text, by="country")
    assert any(k == kind and t == party for k, _, t in found), found


def test_both_sides_do_not_reach_an_act_of_another_paragraph() -> None:
    # Four sentences on, "both sides" are no longer the parties of that act.
    text = (
        "Thai soldiers fired on a Cambodian patrol near the temple on Monday. "
        "One soldier was wounded. The exchange lasted ten minutes. Markets stayed open. "
        "Tourists were told to avoid the border. Malaysia urged both sides to hold talks."
    )
    assert not any(k == "REQUEST" for k, _, _ in dyads(text, by="country"))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # The parties were named in the lead, a paragraph of detail ago.
        ("QUITO, Ecuador — Ecuador recalled its ambassador from Colombia on Monday after "
         "Colombian troops crossed the San Miguel river in pursuit of a drug gang. Ecuador's "
         "defence ministry said the soldiers had entered three kilometres into Sucumbios "
         "province and detained four farmers, who were released on Tuesday. Colombia said "
         "the patrol had lost its way in heavy rain and that the farmers had been questioned "
         "as witnesses. Local officials said roads in the area were closed for most of the "
         "week, and schools sent pupils home early. Traders complained that the closure had "
         "cut them off from the market at Lago Agrio for the second time this year. "
         "The two foreign ministers spoke by telephone on Wednesday.",
         ("CONSULT", {"ECU", "COL"})),
        # A possessive pair: "the two countries' ministers".
        ("Ghana closed its border with Togo on Friday after gunmen attacked a Ghanaian "
         "customs post. Togo said the gunmen were not from Togo. The two countries' "
         "interior ministers will meet in Lome next week.", ("CONSULT", {"GHA", "TGO"})),
        # A mediator named as often as one party: of the two, the one named first.
        ("Serbia accused Kosovo of arresting a Serbian police officer near the border on "
         "Sunday. Kosovo said the officer had crossed into its territory. Hungary offered to "
         "mediate, and Hungary's envoy flew to Pristina. The two governments agreed to "
         "resume talks.", ("AGREE", {"SRB", "XKX"})),
    ],
)  # fmt: skip
def test_a_pair_as_subject_is_the_two_countries_the_story_names_most(
    text: str, wanted: tuple[str, set[str]]
) -> None:
    kind, pair = wanted
    found = [{s, t} for k, _, s, t in events_by_country(text) if k == kind]
    assert found == [pair], found


def test_a_story_of_one_country_gives_no_pair() -> None:
    # Only Peru is named twice: no two parties for "the two sides" to stand for.
    text = (
        "LIMA, Peru — Peruvian truckers blocked the Pan-American Highway on Monday. Peru's "
        "transport minister said traffic was slow. Exporters said their cargo was "
        "held up for days. Fruit rotted at the ports. The two sides met on Tuesday."
    )
    assert not any(k == "CONSULT" for k, *_ in events_by_country(text))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # The parties were named paragraphs before the call on them; a quote between.
        ("NAIROBI — Kenya lodged a protest with Tanzania on Tuesday after Tanzania banned "
         "imports of Kenyan milk, the latest row between the neighbours. Kenyan officials "
         "said the ban broke the rules of the customs union and cost farmers millions of "
         "shillings a week. Traders at the border post of Namanga said lorries had been "
         "turned back since Friday and that milk was being poured away at collection "
         "centres across the Rift Valley. \"Our patience has limits, and the farmers "
         "cannot wait much longer for an answer,\" one official told reporters after a "
         "meeting in the capital on Monday evening. The African Union urged both "
         "governments to settle the matter through dialogue.", {"KEN", "TZA"}),
        ("Peru accused Ecuador of hiding an oil spill on the Napo river, and Ecuador's "
         "ambassador was summoned. Peru's environment "
         "ministry said the slick had reached three villages downstream and that fishing "
         "had stopped along more than forty kilometres of the river. Officials said water "
         "samples taken on Sunday showed crude at levels far above the legal limit, and "
         "that schools in two districts had closed for the week. \"We learned of it "
         "from the villagers themselves, not from the company that runs the line,\" a "
         "ministry official said at a news conference in the capital on Tuesday. The "
         "Organization of American States called on both governments to share "
         "their data.", {"PER", "ECU"}),
    ],
)  # fmt: skip
def test_a_pair_addressed_far_from_its_parties_is_the_story_s_two_countries(
    text: str, wanted: set[str]
) -> None:
    found = {t for k, _, _, t in events_by_country(text) if k == "REQUEST"}
    assert found == wanted, found
