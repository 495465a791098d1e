"""A definite act noun with no owner written ("condemned the launches") points at the
doer of an act told just before with the noun's own verb ("North Korea launched two
missiles"): a coded act of that verb, else the subject of the verb. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("North Korea launched two ballistic missiles into the sea on Tuesday, the South "
         "Korean military said. Japan's government condemned the launches as a threat to "
         "regional peace.", ("ACCUSE", "Japan's government", "North Korea")),
        ("Soldiers in Guinea mutinied at a base near Conakry on Sunday. The regional bloc "
         "ECOWAS condemned the mutiny.", ("ACCUSE", "ECOWAS", "Soldiers")),
        ("Serbian farmers blockaded the main highway into Belgrade for a third day. The "
         "government denounced the blockade on Wednesday.",
         ("ACCUSE", "government", "Serbian farmers")),
        ("Hungary vetoed the joint statement on Tuesday. Poland's foreign minister "
         "criticised the veto.", ("ACCUSE", "Poland's foreign minister", "Hungary")),
    ],
)  # fmt: skip
def test_the_act_noun_is_the_verbs_doers(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text)


def test_another_verb_is_no_antecedent() -> None:
    # Opening a railway is no launch: the noun points at no act told before. (Missiles
    # fired are launches: framing.yaml's deed_nouns, tested with the other antecedents.)
    found = dyads("North Korea opened a new railway line to Russia on Tuesday. "
                  "Japan condemned the launches.")  # fmt: skip
    assert not any(kind == "ACCUSE" for kind, _, _ in found), found


def test_the_speakers_own_act_is_not_condemned() -> None:
    found = dyads("Soldiers in Guinea mutinied at a base on Sunday. The soldiers later "
                  "defended the mutiny.")  # fmt: skip
    assert not any(source == target for _, source, target in found), found
