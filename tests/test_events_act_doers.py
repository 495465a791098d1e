"""A definite act noun whose doer is a kind of body ("the ruling": a court), with no owner
written and no such act coded before it, points at the nearest such body named in the
sentences before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Indonesia's Constitutional Court on Tuesday struck down a regulation that let the "
         "ministry block websites. Opposition lawmakers welcomed the ruling.",
         ("SUPPORT", "Opposition lawmakers", "Constitutional Court")),
        ("Kenya's High Court suspended the deployment on Friday. Interior Minister Amina "
         "Yusuf criticized the ruling.", ("ACCUSE", "Amina Yusuf", "High Court")),
        ("A Paris court convicted the opposition leader of embezzlement on Monday. Her "
         "National Rally party rejected the verdict.", ("REJECT", "National Rally",
                                                        "Paris court")),
    ],
)  # fmt: skip
def test_the_ruling_is_the_courts(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text)


def test_no_court_named_before_gives_no_target() -> None:
    found = dyads("Opposition lawmakers in Jakarta welcomed the ruling on Tuesday.")
    assert not any(kind == "SUPPORT" for kind, _, _ in found), found
