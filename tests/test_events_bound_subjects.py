"""Sources the clause names only by a pronoun, a message or a stance: "officials said
they had expelled", "the group issued a statement condemning", "X is opposed to Y"."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _dyads(text: str) -> set[tuple[str, str, str]]:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    return {
        (e.type, e.source.name, e.target.name)
        for e in coded.events
        if e.source is not None and e.target is not None
    }


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Ukrainian officials said they had expelled two Russian diplomats.",
         ("SANCTION", "Ukrainian officials", "Russian diplomats")),
        ("Chinese officials said on Friday that they would impose sanctions on Lithuania.",
         ("SANCTION", "Chinese officials", "Lithuania")),
        ("Kenyan teachers said they would strike unless the government raised their pay.",
         ("THREATEN", "Kenyan teachers", "government")),
        ("Israeli troops entered the camp at dawn. They arrested four Palestinians.",
         ("COERCE", "Israeli troops", "Palestinians")),
    ],
)  # fmt: skip
def test_they_stands_for_the_group_named_above(text: str, event: tuple[str, str, str]) -> None:
    assert event in _dyads(text)


def test_they_does_not_skip_a_plural_thing_named_nearer() -> None:
    # "they" is the talks here, not the officials: no expulsion is coded for the officials.
    dyads = _dyads(
        "Ukrainian officials praised the talks in Geneva. They expelled two Russian diplomats."
    )
    assert not any(source == "Ukrainian officials" for kind, source, _ in dyads
                   if kind == "SANCTION")  # fmt: skip


def test_a_singular_pronoun_is_not_bound_to_a_plural_subject() -> None:
    dyads = _dyads("Kenyan officials said it would expel two Somali diplomats.")
    assert not any(source == "Kenyan officials" for _, source, _ in dyads)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Hamas released a statement calling on Egypt to open the crossing.",
         ("REQUEST", "Hamas", "Egypt")),
        ("The Kenyan parliament passed a resolution urging Uganda to withdraw its troops.",
         ("REQUEST", "Kenyan parliament", "Uganda")),
        ("The Taliban issued a statement condemning the Pakistani government.",
         ("ACCUSE", "Taliban", "Pakistani government")),
    ],
)  # fmt: skip
def test_a_message_acts_for_whoever_issued_it(text: str, event: tuple[str, str, str]) -> None:
    assert event in _dyads(text)


def test_an_act_described_by_a_participle_on_another_noun_has_no_sender() -> None:
    # "an attack killing soldiers": the attack is no message; the UN killed no one.
    dyads = _dyads("The UN condemned an attack killing 20 Malian soldiers.")
    assert not any(kind == "ASSAULT" and source == "United Nations" for kind, source, _ in dyads)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Israel is opposed to French mediation in the talks.", ("REJECT", "Israel", "France")),
        ("Kenya remains firmly opposed to any deployment of Ugandan troops.",
         ("REJECT", "Kenya", "Ugandan troops")),
        ("Russia was strongly opposed to NATO enlargement.", ("REJECT", "Russia", "NATO")),
    ],
)  # fmt: skip
def test_a_stance_with_to_is_held_by_the_subject(text: str, event: tuple[str, str, str]) -> None:
    assert event in _dyads(text)


def test_a_negated_stance_is_no_rejection() -> None:
    assert not any(kind == "REJECT" for kind, _, _ in _dyads("Russia is not opposed to talks "
                                                             "with Ukraine."))  # fmt: skip


def test_a_resolution_against_a_state_targets_it() -> None:
    dyads = _dyads("Russia and China said they would veto the resolution against Syria.")
    assert {("REJECT", "Russia", "Syria"), ("REJECT", "China", "Syria")} <= dyads


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Northern Liberation Front claimed the raid. The group also opposes Chinese "
         "mining in the province.", "Northern Liberation Front"),
        ("Kenyan police blamed the separatist group for the blast in Mombasa. The group also "
         "rejected the Kenyan peace plan.", "separatist group"),
    ],
)  # fmt: skip
def test_the_group_is_the_body_named_last(text: str, source: str) -> None:
    assert any(s == source for kind, s, _ in _dyads(text) if kind == "REJECT")


def test_a_qualified_group_is_no_reference_back() -> None:
    dyads = _dyads("The Northern Liberation Front claimed the raid. A rival group rejected "
                   "the Kenyan peace plan.")  # fmt: skip
    assert not any(s == "Northern Liberation Front" for kind, s, _ in dyads if kind == "REJECT")
