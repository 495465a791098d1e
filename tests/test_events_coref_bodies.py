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
