"""Words for an act or an offer that falls short or goes astray ("inadequate",
"unrealistic", "premature", "a setback") accuse whoever owns what they judge; words for a
claim that cannot stand ("untenable", "unsubstantiated", "speculation") reject it. Read
after a verb of naming or saying, as the other evaluative words are. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BRASILIA (AP) — Brazil's foreign ministry called Argentina's offer inadequate "
            "on Monday.",
            ("ACCUSE", "BRA", "ARG"),
        ),
        (
            "SANTIAGO (AP) — The Chilean foreign minister called Bolivia's demands unrealistic.",
            ("ACCUSE", "CHL", "BOL"),
        ),
        (
            "LIMA (AP) — Peru's foreign ministry called Ecuador's explanation unconvincing "
            "and insufficient.",
            ("ACCUSE", "PER", "ECU"),
        ),
        (
            "ACCRA (AP) — Ghana's government called Togo's border closure premature and "
            "unwarranted.",
            ("ACCUSE", "GHA", "TGO"),
        ),
        (
            "NEW DELHI (AP) — India called Pakistan's claim untenable on Sunday.",
            ("REJECT", "IND", "PAK"),
        ),
        (
            "HANOI (AP) — Vietnam called China's account of the collision inaccurate and "
            "unsubstantiated.",
            ("REJECT", "VNM", "CHN"),
        ),
    ],
)
def test_a_judgement_of_falling_short_accuses_and_of_an_untenable_claim_rejects(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = [(kind, src, tgt) for kind, _, src, tgt in events_by_country(text)]
    assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        # no judgement: the words say what the speaker fears, not what another did
        "BRASILIA (AP) — Brazil's foreign minister said supplies were inadequate after the floods.",
        # a plight, not a party's act: "alarming" accuses no one
        "KHARTOUM (AP) — The WHO said the humanitarian situation in Sudan was alarming.",
        # negated: "not unrealistic" is no accusation
        "SANTIAGO (AP) — The Chilean foreign minister said Bolivia's demands were not unrealistic.",
    ],
)
def test_such_words_without_a_party_judged_accuse_no_one(text: str) -> None:
    assert not [e for e in events_by_country(text) if e[0] in {"ACCUSE", "REJECT"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # terror named, the object read as the predicate's modifier: an accusation of
        # whoever did the act told before
        (
            "KYIV, Ukraine (AP) — Russian missiles struck Kharkiv overnight. The Ukrainian "
            "foreign minister called the strikes pure terror.",
            ("ACCUSE", "UKR", "RUS"),
        ),
        (
            "KYIV, Ukraine (AP) — Russian drones hit a hospital in Sumy. The mayor called "
            "the attack sheer barbarism.",
            ("ACCUSE", "UKR", "RUS"),
        ),
        # a step judged positive, meaningful or promising: praise of whoever took it
        (
            "ADDIS ABABA (AP) — The African Union described Kenya's offer of mediation as "
            "positive.",
            ("SUPPORT", "IGO", "KEN"),
        ),
        (
            "PARIS (AP) — France's foreign ministry called Serbia's decision a meaningful step.",
            ("SUPPORT", "FRA", "SRB"),
        ),
        (
            "BERLIN (AP) — Germany called Poland's proposal promising and helpful.",
            ("SUPPORT", "DEU", "POL"),
        ),
    ],
)
def test_terror_accuses_and_a_positive_or_meaningful_step_is_praise(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = [(kind, src, tgt) for kind, _, src, tgt in events_by_country(text)]
    assert expected in found
