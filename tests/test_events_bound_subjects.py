"""Sources the clause names only by a pronoun or a message: "officials said they had
expelled", "the group issued a statement condemning"."""

from __future__ import annotations

import pytest

from event_dyads import dyads


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
    assert event in dyads(text)


def test_they_opening_a_sentence_carries_on_the_subject_past_a_thing_named_nearer() -> None:
    # The subject of the sentence before, not the object named nearer, goes on: the
    # officials expel, as the talks cannot (stop 34: subject continuity).
    found = dyads(
        "Ukrainian officials praised the talks in Geneva. They expelled two Russian diplomats."
    )
    assert ("SANCTION", "Ukrainian officials", "Russian diplomats") in found


def test_they_does_not_skip_a_plural_thing_that_was_the_subject() -> None:
    # "they" is the sanctions here: no actor freezes anything.
    found = dyads("The new sanctions took effect on Monday. They froze the assets of two "
                  "Russian banks, the ministry said.")  # fmt: skip
    assert not any(kind == "SANCTION" and source is not None for kind, source, _ in found)


def test_a_singular_pronoun_is_not_bound_to_a_plural_subject() -> None:
    found = dyads("Kenyan officials said it would expel two Somali diplomats.")
    assert not any(source == "Kenyan officials" for _, source, _ in found)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Hamas released a statement calling on Egypt to open the crossing.",
         ("REQUEST", "Hamas", "Egypt")),
        ("The Kenyan parliament passed a resolution urging Uganda to withdraw its troops.",
         ("REQUEST", "Kenyan parliament", "Uganda")),
        ("The Taliban issued a statement condemning the Pakistani government.",
         ("ACCUSE", "Taliban", "Pakistani government")),
        # a relative clause says what the message does, as the participle does
        ("Ukraine's foreign ministry issued a statement that accused Moscow of war crimes.",
         ("ACCUSE", "Ukraine's foreign ministry", "Russia")),
        ("The Ghanaian parliament passed a motion which urged Togo to reopen the border.",
         ("REQUEST", "Ghanaian parliament", "Togo")),
        ("Hezbollah released a video that threatened Israel with new rocket fire.",
         ("THREATEN", "Hezbollah", "Israel")),
    ],
)  # fmt: skip
def test_a_message_acts_for_whoever_issued_it(text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(text)


def test_an_act_described_by_a_participle_on_another_noun_has_no_sender() -> None:
    # "an attack killing soldiers": the attack is no message; the UN killed no one.
    found = dyads("The UN condemned an attack killing 20 Malian soldiers.")
    assert not any(kind == "ASSAULT" and source == "United Nations" for kind, source, _ in found)


def test_a_resolution_against_a_state_targets_it() -> None:
    found = dyads("Russia and China said they would veto the resolution against Syria.")
    assert {("REJECT", "Russia", "Syria"), ("REJECT", "China", "Syria")} <= found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Arab League condemned the move announced on Monday by the Israeli government.",
         ("ACCUSE", "Arab League", "Israeli government")),
        ("Kenyan police opened an inquiry into abuses committed by Somali militias.",
         ("ACCUSE", "Kenyan police", "Somali militias")),
    ],
)  # fmt: skip
def test_the_agent_of_a_described_thing_is_its_owner(
    text: str, event: tuple[str, str, str]
) -> None:
    assert event in dyads(text)
