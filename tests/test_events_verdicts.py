"""A court's or panel's verdict against someone ("found X guilty", "ruled the decree
illegal", "ruled that the deployment was unlawful") is an accusation (ACCUSE, as CAMEO
codes a finding of guilt or liability), made to whoever the verdict names or owns what
it names. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a small clause: "found X guilty"
        ("Kenya's High Court found former finance minister Henry Rotich guilty of fraud.", "KEN"),
        ("Pakistan's Supreme Court found Imran Khan guilty of contempt of court.", "PAK"),
        # a verdict on an act, made to its owner
        ("Colombia's Constitutional Court ruled the government's decree illegal.", "COL"),
        (
            "The Supreme Court of Kenya ruled that the government's deployment of police "
            "to Haiti was unlawful.",
            "KEN",
        ),
    ],
)
def test_a_verdict_against_someone_accuses_them(text: str, country: str) -> None:
    found = [(k, src, tgt) for k, _, src, tgt in events_by_country(text) if k == "ACCUSE"]
    assert found == [("ACCUSE", country, country)]


@pytest.mark.parametrize(
    "text",
    [
        "Investigators found the bodies of two soldiers near the border.",
        "Kenya's High Court found former finance minister Henry Rotich innocent.",
    ],
)
def test_finding_things_or_innocence_accuses_no_one(text: str) -> None:
    assert not [k for k, _, _, _ in events_by_country(text) if k == "ACCUSE"]
