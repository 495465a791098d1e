"""An office that speaks for its holder: "his office" or "her office" opening a
sentence stands for the person named last before it, and a presidential office or
administration is a government body of the story's country. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads, events_by_country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ANKARA — Turkish President Recep Tayyip Erdogan returned from Baku on Sunday. His "
         "office accused Greece of violating Turkish airspace.",
         ("ACCUSE", "Recep Tayyip Erdogan", "Greece")),
        ("ROME — Prime Minister Giorgia Meloni chaired the cabinet on Friday. Her office "
         "rejected the French proposal on migrants.",
         ("REJECT", "Giorgia Meloni", "France")),
        ("Kenyan President William Ruto flew to Addis Ababa for the summit. His office later "
         "urged Ethiopia to reopen the border crossing at Moyale.",
         ("REQUEST", "William Ruto", "Ethiopia")),
    ],
)  # fmt: skip
def test_his_or_her_office_speaks_for_the_person_named_before(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in dyads(text), dyads(text)


def test_their_office_is_no_single_person() -> None:
    found = dyads(
        "Prime Minister Giorgia Meloni met the German chancellor in Rome. Their offices "
        "rejected the French proposal on migrants."
    )
    assert not any(s == "Giorgia Meloni" and t == "REJECT" for t, s, _ in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("KYIV — The presidential office accused Russia of shelling a hospital in Kharkiv.",
         ("ACCUSE", "UKR", "RUS")),
        ("SEOUL — The presidential office urged Pyongyang to resume dialogue.",
         ("REQUEST", "KOR", "PRK")),
        ("MOSCOW — The presidential administration accused Estonia of harassing Russian "
         "speakers.", ("ACCUSE", "RUS", "EST")),
    ],
)  # fmt: skip
def test_a_presidential_office_is_its_countrys_government(
    text: str, dyad: tuple[str, str, str]
) -> None:
    kind, source, target = dyad
    assert (kind, "asserted", source, target) in events_by_country(text)
