""" "It" opening a sentence as its main subject carries on the subject of the sentence
before, when that is a state or a body, though other names come nearer ("The EU said
Russia had broken the deal. It imposed ..."). Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads, events_by_country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain closed its embassy in Khartoum as fighting spread through the Sudanese "
         "capital. It evacuated all diplomatic staff to Djibouti on Sunday.",
         ("RETREAT", "GBR")),
        ("The European Union said on Monday that Belarus had broken the transit accord. It "
         "imposed new sanctions on Minsk later that day.", ("SANCTION", "IGO")),
        ("Turkey's defence ministry said on Friday that Syria was massing troops near the "
         "border. It put its own units on high alert.", ("MOBILIZE", "TUR")),
    ],
)  # fmt: skip
def test_it_carries_on_the_subject_before(text: str, expected: tuple[str, str]) -> None:
    kind, source = expected
    assert any(t == kind and s == source for t, _, s, _ in events_by_country(text)), text


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # Another party opens the sentence: "it" there is that party.
        ("Peru recalled its envoy from Caracas on Sunday. On Monday Venezuela said it would "
         "expel Peru's ambassador.", ("SANCTION", "VEN", "PER")),
        # A person is no "it": the nearest body named before stands.
        ("Kenyan President William Ruto addressed the African Union in Addis Ababa on Monday. "
         "It called on Sudan's army to accept a truce.", ("REQUEST", "IGO", "SDN")),
    ],
)  # fmt: skip
def test_it_is_not_the_subject_before_when_the_grammar_says_otherwise(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Britain closed its embassy in Khartoum as fighting spread. It evacuated all "
         "diplomatic staff to Djibouti on Sunday, the Foreign Office said.",
         ("RETREAT", "GBR", None)),
        ("Kyrgyz troops had occupied a hilltop claimed by Tajikistan since September. They "
         "pulled back to their old positions overnight, Tajik border officials said.",
         ("RETREAT", "KGZ", "TJK")),
        ("Chad's army moved two battalions to the border last week. It withdrew them on "
         "Tuesday, a Sudanese military source said.", ("RETREAT", "TCD", None)),
    ],
)  # fmt: skip
def test_an_attribution_after_the_clause_binds_no_pronoun(
    text: str, dyad: tuple[str, str, str | None]
) -> None:
    """ "..., the Foreign Office said": the reporter named after what it reports is the
    source of the news, not the "it" or "they" of the clause."""
    kind, source, target = dyad
    found = [(s, o) for t, _, s, o in events_by_country(text) if t == kind]
    assert found and all(s == source for s, _ in found), found
    assert target is None or (source, target) in found, found


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ("Chadian rebels seized two border towns on Friday. They also captured a Sudanese "
         "officer, a Chadian military source said.", "ASSAULT", "TCD"),
        ("Ethiopian and Somali troops attacked al-Shabaab positions near Baidoa on Monday. "
         "They killed 30 militants, the army said.", "ASSAULT", "SOM"),
        ("Bolivian miners occupied the mine's offices on Tuesday. They detained two "
         "Canadian managers, the company said.", "COERCE", "BOL"),
    ],
)  # fmt: skip
def test_they_carries_on_a_plural_subject_before(text: str, kind: str, source: str) -> None:
    """ "They" opening a sentence carries on the plural subject of the sentence before,
    past the attribution that follows it."""
    coded = [(t, s) for t, _, s, _ in events_by_country(text) if t == kind]
    assert (kind, source) in coded, coded


def test_they_is_no_singular_body_before() -> None:
    text = ("The army shelled the town of Kidal on Monday. They fled to the hills, residents "
            "said.")  # fmt: skip
    assert not any(t == "RETREAT" for t, _, _, _ in events_by_country(text))


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Chile's foreign ministry called the expulsion unjustified and said it would "
         "expel two Peruvian diplomats in return.", ("SANCTION", "CHL", "PER")),
        ("The Ghanaian government condemned the raid on Monday and said it would recall its "
         "ambassador from Lome.", ("SANCTION", "GHA", "TGO")),
        ("Norway's fisheries ministry welcomed the ruling on Friday and said it would "
         "resume talks with Russia on quotas.", ("CONSULT", "NOR", "RUS")),
    ],
)  # fmt: skip
def test_it_in_a_report_of_a_second_speech_verb_is_that_verbs_speaker(
    text: str, dyad: tuple[str, str, str]
) -> None:
    """ "X called ... and said it would ...": the second verb has no subject of its own;
    "it" is the subject of the verb it is coordinated with."""
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The Chinese embassy rejected the report as groundless, and it accused Canada of "
         "spreading lies.", ("ACCUSE", "CHN", "CAN")),
        ("Pakistan's foreign ministry summoned the Afghan envoy on Monday, and it warned "
         "Kabul against sheltering militants.", ("THREATEN", "PAK", "AFG")),
        ("Ghana's interior ministry said the crossing would stay shut, and it urged Togo to "
         "hand over the gunmen.", ("REQUEST", "GHA", "TGO")),
    ],
)  # fmt: skip
def test_it_in_a_clause_coordinated_after_a_body_s_own_is_that_body(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country"), dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Kenya's foreign ministry recalled its ambassador from Uganda on Monday. In a "
         "statement, it accused Kampala of arming the rebels.", ("ACCUSE", "KEN", "UGA")),
        ("Pakistan closed its border with Afghanistan on Sunday. On Monday, it accused the "
         "Taliban of sheltering militants.", ("ACCUSE", "PAK", "AFG")),
        ("Peru recalled its ambassador from Mexico on Friday. Later that day, it also "
         "expelled the Mexican envoy.", ("SANCTION", "PER", "MEX")),
    ],
)  # fmt: skip
def test_it_after_a_phrase_of_time_or_medium_still_carries_on_the_subject(
    text: str, dyad: tuple[str, str, str]
) -> None:
    kind, source, target = dyad
    found = events_by_country(text)
    # the second sentence's own event, besides the first sentence's
    assert len([e for e in found if e[0] == kind and e[2:] == (source, target)]) == (
        2 if kind == "SANCTION" else 1
    ), found


def test_it_after_a_phrase_that_names_a_place_is_not_carried_on() -> None:
    # "In Kabul, it was ...": the opening phrase names a party of its own.
    found = events_by_country(
        "Pakistan closed the Torkham crossing on Sunday. In Kabul, it was accused of blocking food."
    )
    assert not any(t == "COERCE" for t, *_ in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Russia shelled Kharkiv overnight. Ukraine accused it of targeting civilians.",
         ("ACCUSE", "UKR", "RUS")),
        ("Israel struck a depot near Damascus. Syria condemned it as an act of aggression.",
         ("ACCUSE", "SYR", "ISR")),
        ("Belarus flew balloons into Lithuania on Friday. Lithuania accused it of hybrid "
         "attacks.", ("ACCUSE", "LTU", "BLR")),
    ],
)  # fmt: skip
def test_it_as_an_object_is_never_the_clauses_own_subject(
    text: str, dyad: tuple[str, str, str]
) -> None:
    kind, source, target = dyad
    found = events_by_country(text)
    assert any(e[0] == kind and e[2:] == (source, target) for e in found), found
