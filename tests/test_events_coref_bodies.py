"""A bare definite body noun ("the party", "the army", "the group") stands for the
nearest body of that kind named before it: one whose name holds the noun, or whose
sector is the noun's."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Bangladesh's election commission banned the Awami League on Monday. "
         "The party denounced the ban as illegal.",
         ("ACCUSE", "Awami League", "Bangladesh's election commission")),
        ("Hezbollah fired rockets at northern Israel on Monday. Israel's defence minister "
         "threatened the group with a heavy response.",
         ("THREATEN", "Israel's defence minister", "Hezbollah")),
        ("Sudan's army shelled Omdurman overnight. The Rapid Support Forces accused the "
         "army of war crimes.", ("ACCUSE", "Rapid Support Forces", "Sudan's army")),
    ],
)  # fmt: skip
def test_a_definite_body_noun_is_the_body_named_before(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text)


def test_a_modified_body_noun_is_not_a_back_reference() -> None:
    # "the ruling party" is another party than the opposition one named before.
    found = dyads(
        "Bangladesh banned the Awami League on Monday. The ruling party welcomed the ban."
    )
    assert not any(src == "Awami League" for _, src, _ in found), found


def test_no_body_of_that_kind_means_no_actor() -> None:
    found = dyads("Egypt and Sudan signed a water deal. The company criticised the deal.")
    assert not any(kind == "ACCUSE" for kind, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The European Union held talks with Tunisia on Monday. The bloc urged Tunis to free "
         "the jailed reporters.", ("REQUEST", "European Union", "Tunisia")),
        ("The International Monetary Fund met Egyptian officials in Cairo. The lender urged "
         "Egypt to cut fuel subsidies.", ("REQUEST", "International Monetary Fund", "Egypt")),
        ("NATO foreign ministers met in Brussels on Thursday. The alliance warned Russia "
         "against any attack on its members.", ("THREATEN", "NATO", "Russia")),
        ("The International Atomic Energy Agency sent inspectors to Natanz. The agency "
         "accused Iran of hiding uranium.", ("ACCUSE", "International Atomic Energy Agency",
                                            "Iran")),
        ("The UN Security Council met behind closed doors. The council condemned North "
         "Korea over the launch.", ("ACCUSE", "UN Security Council", "North Korea")),
    ],
)  # fmt: skip
def test_a_definite_noun_for_a_kind_of_body_is_the_body_named_before(
    text: str, dyad: tuple[str, str, str]
) -> None:
    # "the bloc", "the alliance": an intergovernmental body; "the lender": a bank or fund;
    # "the agency", "the council": a body whose name holds the noun (body_nouns.csv).
    assert dyad in dyads(text)


def test_a_kind_noun_with_no_such_body_before_is_no_actor() -> None:
    # A state is no bloc, and no agency was named: the sentence has no source.
    found = dyads("Kenya hosted the summit. The bloc urged Somalia to hold elections.")
    assert not any(kind == "REQUEST" for kind, _, _ in found), found
    found = dyads("Egypt met the envoy. The agency accused Iran of hiding uranium.")
    assert not any(kind == "ACCUSE" for kind, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Hamas rejected the proposal on Monday. The faction accused Israel of stalling "
         "the talks.", ("ACCUSE", "Hamas", "Israel")),
        ("The UN human rights office said on Tuesday that 40 people had died. The office "
         "urged Nicaragua to free the detainees.",
         ("REQUEST", "UN human rights office", "Nicaragua")),
        ("Hezbollah fighters fired rockets on Monday. The militant faction accused Israel "
         "of violating the truce.", ("ACCUSE", "Hezbollah", "Israel")),
    ],
)  # fmt: skip
def test_a_faction_an_office_and_a_body_noun_after_an_adjective(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The International Atomic Energy Agency inspected the plant. The watchdog accused "
         "Iran of hiding uranium.", ("ACCUSE", "IGO", "IRN")),
        ("The Asian Development Bank approved a loan on Friday. The bank said it would lend "
         "$200 million to Nepal.", ("AID", "IGO", "NPL")),
    ],
)  # fmt: skip
def test_the_names_of_watchdogs_and_banks_are_read_back(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # The body is named only as the owner of the speaker's title.
        ("NATO's secretary general said the alliance would send more troops to Lithuania.",
         ("MOBILIZE", "NATO", "Lithuania")),
        ("The European Union's trade commissioner said the bloc would send aid to "
         "Tunisia.", ("AID", "European Union", "Tunisia")),
        ("The World Bank's country director said the lender would lend Tajikistan "
         "$200 million.", ("AID", "World Bank", "Tajikistan")),
    ],
)  # fmt: skip
def test_a_body_noun_after_a_title_that_names_its_body_is_that_body(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text)


def test_a_state_that_owns_a_title_is_no_body() -> None:
    # "Japan's foreign minister ... the ministry": Japan is a state, not a ministry.
    found = dyads("Japan's foreign minister said the ministry would protest to China.")
    assert not any(src == "Japan" for _, src, _ in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("NAIROBI — The Kenya Wildlife Service, a state agency, said on Monday that poachers "
         "killed two rhinos. The agency accused Somali gangs of smuggling the horns.",
         ("ACCUSE", "Kenya Wildlife Service", "Somali gangs")),
        ("WARSAW — Frontex, the EU border agency, said crossings fell in March. The agency "
         "accused Belarus of pushing migrants toward the Polish border.",
         ("ACCUSE", "Frontex", "Belarus")),
        ("ATHENS — Greece's Hellenic Data Protection Authority, the privacy watchdog, opened "
         "an inquiry on Tuesday. The watchdog accused the ministry of breaking the law.",
         ("ACCUSE", "Hellenic Data Protection Authority", "ministry")),
    ],
)  # fmt: skip
def test_a_body_noun_takes_up_the_noun_set_beside_a_name(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text), dyads(text)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("BEIRUT — The United Nations Interim Force in Lebanon said Israeli troops had fired "
         "at a watchtower. The force accused Israel of violating the truce.",
         ("ACCUSE", "UNIFIL", "Israel")),
        ("GAZA — The United Nations Relief and Works Agency said its schools were full. The "
         "agency urged Israel to let fuel into the strip.",
         ("REQUEST", "UNRWA", "Israel")),
    ],
)  # fmt: skip
def test_a_body_noun_reads_the_name_as_the_text_writes_it(
    text: str, dyad: tuple[str, str, str]
) -> None:
    # The lexicon's name is the acronym; the text spells it out.
    assert dyad in dyads(text), dyads(text)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("LONDON — The BBC aired the documentary last week. Ministers accused the "
         "broadcaster of bias.", ("ACCUSE", "Ministers", "BBC")),
        ("JERUSALEM — Haaretz published the leaked memo on Sunday. The prime minister "
         "accused the newspaper of incitement.", ("ACCUSE", "prime minister", "Haaretz")),
    ],
)  # fmt: skip
def test_the_broadcaster_or_the_newspaper_is_the_outlet_named_before(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text), dyads(text)
