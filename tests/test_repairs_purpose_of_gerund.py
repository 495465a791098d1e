"""A "to" clause of purpose right after a "for" phrase's gerund ("praised Rwanda for
deploying troops to help fight the insurgents") is the gerund's purpose, whatever the
parser hangs it on: its doer is the one praised, not the one praising. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country
from eventwire.nlp import parse


@pytest.mark.parametrize(
    ("text", "praiser"),
    [
        ("Mozambique's President Felisberto Mondlane praised Rwanda for deploying troops "
         "to help fight Islamist insurgents in Cabo Delgado province.", "MOZ"),
        ("Somalia's president thanked Uganda for sending soldiers to help fight al-Shabaab "
         "militants near Mogadishu.", "SOM"),
    ],
)  # fmt: skip
def test_the_purpose_is_not_the_praiser_s(text: str, praiser: str) -> None:
    assert not any(e[0] == "ASSAULT" and e[2] == praiser for e in events_by_country(text))


def test_the_purpose_hangs_on_the_gerund() -> None:
    doc = parse("Chile thanked Peru for sending planes to help fight the forest fires.")
    helping = next(t for t in doc if t.lower_ == "help")
    assert helping.head.lower_ == "sending"
