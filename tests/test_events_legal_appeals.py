"""An appeal that is no plea to anyone ("the ministry will appeal", "appealed the verdict",
"appealed against the ruling") contests a court's decision: a REJECT of the court named
before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "source", "court"),
    [
        (
            "LILONGWE, Malawi (AP) — Malawi's Constitutional Court on Tuesday struck down "
            "the new road toll. The finance ministry will appeal.",
            "finance ministry",
            "Constitutional Court",
        ),
        (
            "ACCRA, Ghana (AP) — Ghana's Supreme Court annulled the gold mining licence on "
            "Thursday. The mines ministry appealed against the ruling.",
            "mines ministry",
            "Supreme Court",
        ),
        (
            "KAMPALA, Uganda (AP) — Uganda's High Court acquitted the two bloggers on "
            "Monday. The attorney general appealed the acquittal.",
            "attorney general",
            "High Court",
        ),
    ],
)
def test_an_appeal_contests_the_court(text: str, source: str, court: str) -> None:
    found = {(s, t) for kind, s, t in dyads(text) if kind == "REJECT"}
    assert any(source in (s or "") and court in (t or "") for s, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        # Pleas to someone, or for something, are requests, not appeals against a court.
        "LIMA (AP) — Peru's High Court freed the former governor. The president appealed "
        "for restraint.",
        "LIMA (AP) — Peru's High Court freed the former governor. The president appealed "
        "to Chile to hand over the files.",
    ],
)
def test_a_plea_is_no_legal_appeal(text: str) -> None:
    assert not [d for d in dyads(text) if d[0] == "REJECT"]
