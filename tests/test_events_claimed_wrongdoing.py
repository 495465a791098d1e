"""A speaker who says another party did wrong accuses it: "said Russia had violated the
truce", "said Iran was behind the attack"; a stance on an act is toward its doer.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("KYIV — Ukraine said Russia had violated the ceasefire.", ("ACCUSE", "UKR", "RUS")),
        ("NAIROBI — Kenya said Tanzania's ban violated regional trade rules.",
         ("ACCUSE", "KEN", "TZA")),
        ("MANILA — The coast guard said the Chinese vessel had intruded into Philippine waters.",
         ("ACCUSE", "PHL", "CHN")),
        ("WASHINGTON — The State Department said Iran had interfered in the election.",
         ("ACCUSE", "USA", "IRN")),
        ("BERLIN — Germany insisted that Moscow had lied about the troop build-up.",
         ("ACCUSE", "DEU", "RUS")),
    ],
)  # fmt: skip
def test_a_claim_that_another_did_wrong_is_an_accusation(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL — Seoul said Pyongyang had not breached the agreement.",
        "PARIS — France said it had violated no rules.",
        "ROME — Italy said the talks had gone well.",
    ],
)
def test_a_denied_or_harmless_claim_accuses_no_one(text: str) -> None:
    assert not [d for d in dyads(text, by="country") if d[0] == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("JERUSALEM — Israel said Iran was behind the attack on the tanker.",
         ("ACCUSE", "ISR", "IRN")),
        ("ISLAMABAD — Pakistan said India was to blame for the blast.", ("ACCUSE", "PAK", "IND")),
        ("BEIRUT — Lebanon said Israel was guilty of war crimes.", ("ACCUSE", "LBN", "ISR")),
        ("LONDON — Britain said Russia was responsible.", ("ACCUSE", "GBR", "RUS")),
    ],
)  # fmt: skip
def test_a_harm_laid_at_a_partys_door_is_an_accusation(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")


def test_a_duty_is_no_blame() -> None:
    text = "PARIS — France said the Interior Ministry was responsible for public order."
    assert not [d for d in dyads(text, by="country") if d[0] == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("KYIV — Ukraine condemned the killing of its envoy by Russian soldiers.",
         ("ACCUSE", "UKR", "RUS")),
        ("LONDON — Britain condemned Russia's arrest of the journalist.",
         ("ACCUSE", "GBR", "RUS")),
        ("DOHA — Qatar welcomed the release of the hostages by Hamas.", ("SUPPORT", "QAT", "PSE")),
    ],
)  # fmt: skip
def test_a_stance_on_an_act_is_taken_toward_its_doer(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW — Vladimir Putin condemned the killing of Andrei Karlov.",
        "CAIRO — Egypt condemned the arrest of three Egyptian fishermen.",
    ],
)
def test_a_stance_on_an_act_is_not_taken_toward_its_victims(text: str) -> None:
    assert not [d for d in dyads(text) if d[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW — Vladimir Putin described the killing of Andrei Karlov as an attack on ties.",
        "WASHINGTON — The FBI is investigating the bombing of the embassy.",
    ],
)
def test_telling_or_examining_an_act_is_not_doing_it(text: str) -> None:
    assert not [d for d in dyads(text) if d[0] == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("ANKARA — Erdogan hit out at Sweden over the Koran burning.", ("ACCUSE", "TUR", "SWE")),
        ("PARIS — France said Mali had failed to protect civilians.", ("ACCUSE", "FRA", "MLI")),
        ("MANILA — The Philippines alleged that Chinese ships had rammed its vessel.",
         ("ACCUSE", "PHL", "CHN")),
        ("KYIV — Zelenskyy pointed the finger at Moscow for the blackout.",
         ("ACCUSE", "UKR", "RUS")),
    ],
)  # fmt: skip
def test_more_shapes_of_blame(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_second_at_phrase_is_the_venue() -> None:
    found = dyads("DELHI — India took aim at Pakistan at the UN.", by="country")
    assert ("ACCUSE", "IND", "PAK") in found
    assert ("ACCUSE", "IND", "IGO") not in found


def test_firing_at_people_is_an_attack() -> None:
    found = dyads("GOMA — M23 rebels fired at Congolese soldiers at a checkpoint.", by="country")
    assert ("ASSAULT", "COD", "COD") in found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("BEIJING — China brushed off U.S. concerns about the base.", ("REJECT", "CHN", "USA")),
        ("PARIS — France threw its weight behind the Egyptian plan.", ("SUPPORT", "FRA", "EGY")),
    ],
)
def test_idioms_of_stance(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("MOGADISHU — A suicide bomber killed 12 soldiers at a base near Mogadishu. "
         "Al-Shabaab claimed the attack.", ("ASSAULT", "Al-Shabaab", "soldiers")),
        ("ANKARA — A gunman shot the Russian ambassador in Ankara on Monday.",
         ("ASSAULT", "unidentified", "Russian ambassador")),
    ],
)  # fmt: skip
def test_an_attacker_nobody_names_is_the_group_named_or_unidentified(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("KABUL — Three Taliban fighters were killed when Pakistani jets bombed a camp.",
         ("ASSAULT", "PAK", "AFG")),
        ("GAZA — Five people were wounded as Israeli tanks shelled the camp.",
         ("ASSAULT", "ISR", "PSE")),
    ],
)  # fmt: skip
def test_a_when_clause_names_the_agent_of_a_passive(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")
