"""Forces moved to or along a frontier face the country on its other side, however the
parse hangs the frontier: as the object ("reinforced its border with X"), with the "with"
phrase on the verb, or with the forces moved named as the object. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "TASHKENT (AP) — Uzbekistan reinforced its border with Afghanistan on Monday.",
            "UZB",
            "AFG",
        ),
        (
            "ASTANA (AP) — Kazakhstan moved soldiers along the Chinese border on Friday.",
            "KAZ",
            "CHN",
        ),
        (
            "ATHENS (AP) — Greece moved extra soldiers to the Evros river border with Turkey.",
            "GRC",
            "TUR",
        ),
    ],
)
def test_forces_moved_to_a_frontier_face_the_other_side(
    text: str, source: str, target: str
) -> None:
    assert ("MOBILIZE", "asserted", source, target) in events_by_country(text)


def test_a_frontier_of_the_source_alone_faces_no_one() -> None:
    found = events_by_country("ATHENS (AP) — Greek police reinforced the northern border.")
    assert all(e[3] is None for e in found if e[0] == "MOBILIZE")
