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
