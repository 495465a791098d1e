"""Two parses the small model often gets wrong around speech: a second verb hung on the
reported clause ("said the sanctions were illegal and accused the EU"), and a name given
to a thing parsed as its apposition ("called Russia's annexation a crime")."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The Kremlin said the new sanctions were illegal and accused the European Union "
         "of hypocrisy.", ("ACCUSE", "RUS", "IGO")),
        ("Seoul said the launch was a provocation and urged Pyongyang to return to talks.",
         ("REQUEST", "KOR", "PRK")),
        ("Ukraine's president called Russia's annexation of the regions a crime.",
         ("ACCUSE", "UKR", "RUS")),
        ("Lithuania's foreign minister branded Belarus's border policy a disgrace.",
         ("ACCUSE", "LTU", "BLR")),
    ],
)  # fmt: skip
def test_the_speaker_does_the_act_the_parse_hides(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_material_act_after_a_report_keeps_its_own_doer() -> None:
    # The officers arrest; the spokesman who reports it does not.
    text = ("Officers said the guards had searched the ship and later arrested the Greek "
            "captain, police spokesman Jan Novak said.")  # fmt: skip
    assert not any(src == "Jan Novak" for _, src, _ in dyads(text))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt called for Israel to withdraw from Rafah.",
        "A call by Egypt for Israel to withdraw from Rafah went unanswered.",
    ],
)
def test_an_act_asked_for_in_a_for_clause_is_not_done(text: str) -> None:
    found = dyads(text, by="country")
    assert not any(kind == "RETREAT" for kind, _, _ in found)


def test_the_request_itself_is_still_coded() -> None:
    found = dyads("Egypt called for Israel to withdraw from Rafah.", by="country")
    assert ("REQUEST", "EGY", "ISR") in found
