"""A possessive pronoun on the subject of a reported clause stands for the speaker of
the clause above: "Kenya's president said his government would ...", "the minister said
her ministry had ...", "Kenya and Tanzania said their governments would ..."."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("LOME, Togo (AP) — Ghana's president said his government would not bow to pressure"
         " from Togo.", ("REJECT", "GHA", "TGO")),
        ("LIMA, Peru (AP) — The Chilean foreign minister said her ministry had summoned the"
         " Peruvian envoy.", ("ACCUSE", "CHL", "PER")),
        ("President Ruto said his government had accused Uganda of smuggling gold.",
         ("ACCUSE", "KEN", "UGA")),
    ],
)  # fmt: skip
def test_his_or_her_body_is_the_speakers(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_their_bodies_are_the_plural_speakers() -> None:
    found = dyads("Chile and Peru said their governments would sign a trade deal with Bolivia.",
                  by="country")  # fmt: skip
    assert {("AGREE", "CHL", "BOL"), ("AGREE", "PER", "BOL")} <= found


@pytest.mark.parametrize(
    "text",
    [
        # The pronoun owns an object, not the reported clause's subject.
        "The Chilean minister said Peru had insulted her ministry.",
        # A report told before its speaker points back past the speaker.
        "Her ministry had summoned the Peruvian envoy, a Chilean newspaper said.",
    ],
)
def test_no_speaker_above_no_owner(text: str) -> None:
    assert not any(source == "CHL" for _, source, _ in dyads(text, by="country"))
