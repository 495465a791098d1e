"""A warning whose reported act hangs on a condition ("warned it would shut the ports
unless the government ...") is a threat to whoever the condition names. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Iran warned on Sunday that it would close the Strait of Hormuz if Washington "
         "imposed fresh sanctions on its oil exports.", ("THREATEN", "Iran", "Washington")),
        ("The Serbian president warned that Belgrade would cut electricity to the north "
         "unless Kosovo withdrew its special police.",
         ("THREATEN", "Serbian president", "Kosovo")),
        ("The Philippine navy chief warned on Friday that his sailors would respond in kind "
         "if Chinese vessels fired water cannon again.",
         ("THREATEN", "Philippine navy chief", "China")),
    ],
)  # fmt: skip
def test_a_conditioned_warning_threatens_the_condition_subject(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text)


def test_a_condition_on_the_speaker_itself_names_no_one() -> None:
    found = dyads("Iran warned that it would close the strait if it had to.")
    assert not any(kind == "THREATEN" for kind, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("BEIJING (Reuters) - China said it would ban imports of Lithuanian timber if Vilnius "
         "kept its Taiwan office open.", ("THREATEN", "CHN", "LTU")),
        ("NEW DELHI (AP) - India's army chief said India would respond with full force if "
         "Pakistani troops crossed the line again.", ("THREATEN", "IND", "PAK")),
        ("LAGOS (Reuters) - The union said its members would block the ports if the "
         "government raised fuel prices.", ("THREATEN", "NGA", "NGA")),
    ],
)  # fmt: skip
def test_a_reported_would_with_a_condition_is_a_threat(
    text: str, dyad: tuple[str, str, str]
) -> None:
    """ "said it would X if Y": the reported "would" is the speaker's "will"."""
    assert dyad in dyads(text, by="country")


def test_a_plain_would_if_stays_hypothetical() -> None:
    text = "The army would strike if the talks collapsed, analysts in Nairobi believe."
    assert not any(t == "THREATEN" for t, _, _ in dyads(text, by="country"))


@pytest.mark.parametrize(
    "text",
    [
        "ANKARA (Reuters) - Turkey said it would act if Kurdish fighters in northern Syria did "
        "not withdraw.",
        "KHARTOUM (Reuters) - Sudan's army said it would resume shelling if the Rapid Support "
        "Forces did not withdraw from El Fasher.",
        "MOSCOW (AP) - Russia said talks could resume if Ukraine did not release the men.",
    ],
)
def test_a_negated_act_in_a_condition_is_no_refusal(text: str) -> None:
    """ "if the fighters do not withdraw": a condition, not a refusal by the fighters."""
    assert not any(t in {"REJECT", "RETREAT", "CONCEDE"} for t, _, _ in dyads(text, by="country"))


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # the condition of a threat: what the threatened party must stop or do
        ("BELGRADE (AP) — Serbia threatened to cut power to the north unless Kosovo "
         "drops the charges against the Serb mayors.", {"CONCEDE"}),
        # what the speaker would answer: an attack, an expulsion not made
        ("ANKARA (AP) — Turkey said it would launch a new offensive if Kurdish fighters "
         "attacked its border posts.", {"ASSAULT"}),
        ("MOSCOW (AP) — Russia warned it would cut gas supplies to Moldova if the "
         "government expelled more Russian diplomats.", {"SANCTION"}),
    ],
)  # fmt: skip
def test_an_act_in_a_condition_is_not_coded(text: str, kinds: set[str]) -> None:
    """ "unless Kosovo drops the charges": a condition, no act done or planned."""
    found = dyads(text, by="country")
    assert any(t == "THREATEN" for t, _, _ in found), found
    assert not any(t in kinds for t, _, _ in found), found
