"""Acts that are undone, undergone or accidental: a dropped probe or scrapped tariff eases
pressure (CONCEDE, with the undoing verb's status); the subject of a passive did not do
the act it suffered in ("killed in an air strike"); deaths in a crash or a flood are no
one's violence; what a probe looks "into" is its topic, not a second act."""

from __future__ import annotations

import pytest

from event_dyads import dyads, events_by_country


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return events_by_country(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Norway has dropped its investigation into the Iranian diplomat.",
         ("CONCEDE", "asserted", "NOR", "IRN")),
        ("Ottawa scrapped the tariffs on Chinese electric cars on Friday.",
         ("CONCEDE", "asserted", "CAN", "CHN")),
        ("The European Union suspended its sanctions on Belarus for six months.",
         ("CONCEDE", "asserted", "IGO", "BLR")),
        ("Brazil did not drop its complaint against Argentina.",  # declined to yield
         ("REJECT", "asserted", "BRA", "ARG")),
    ],
)  # fmt: skip
def test_an_undone_accusation_or_sanction_is_a_concession(
    text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "A Turkish flotilla broke the Israeli blockade of Gaza.",
        "Smugglers broke the UN embargo on Libya.",
    ],
)
def test_breaking_a_measure_is_no_easing_of_it(text: str) -> None:
    assert not any(e[0] == "CONCEDE" for e in _events(text))


def test_breaking_off_talks_still_undoes_them() -> None:
    assert ("SANCTION", "RUS", "UKR") in dyads("Russia broke off talks with Ukraine.", by="country")


@pytest.mark.parametrize(
    "text",
    [
        "Four Syrian civilians were killed in an air strike on Idlib.",
        "Two Afghan policemen were wounded in a bombing in Kabul.",
        "Three Kenyan teachers were abducted in a raid on their school.",
    ],
)  # fmt: skip
def test_the_subject_of_a_passive_did_not_do_the_act_it_suffered_in(text: str) -> None:
    found = _events(text)
    assert found, text
    victim = found[0][3]
    assert not any(source == victim for _, _, source, _ in found), found


def test_a_passive_party_to_talks_is_still_a_party() -> None:
    assert ("CONSULT", "AFG", "CHN") in dyads(
        "The Afghan envoy was received for talks with Chinese officials.", by="country"
    )


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Six Malian soldiers were killed in an ambush by jihadists near Gao.",
         ("ASSAULT", "MLI", "MLI")),
        ("Five Kenyan soldiers were wounded in an attack by al-Shabaab.",
         ("ASSAULT", "SOM", "KEN")),
    ],
)  # fmt: skip
def test_the_agent_of_the_setting_act_is_the_agent(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    "text",
    [
        "Two American soldiers were killed in a helicopter crash in Afghanistan.",
        "Eleven Indian pilgrims were killed when their bus overturned near Jammu.",
        "Six migrants were killed in a stampede at the Moroccan border fence.",
        "At least 30 Nepali villagers were killed in a landslide on Sunday.",
    ],
)  # fmt: skip
def test_deaths_by_accident_or_nature_are_no_assault(text: str) -> None:
    assert not any(e[0] == "ASSAULT" for e in _events(text)), _events(text)


def test_deaths_in_an_ambush_are_still_an_assault() -> None:
    assert any(
        e[0] == "ASSAULT"
        for e in _events("Three Nigerian soldiers were killed in an ambush near Maiduguri.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Sweden dropped its investigation into an allegation against the Russian envoy.",
        "The UN opened a probe into the sale of arms by Serbia to Myanmar.",
    ],
)
def test_what_a_probe_looks_into_is_its_topic(text: str) -> None:
    kinds = [e[0] for e in _events(text)]
    assert "COOPERATE" not in kinds and kinds.count("ACCUSE") <= 1, kinds


def test_an_agreement_entered_into_is_still_an_agreement() -> None:
    assert ("AGREE", "EGY", "SDN") in dyads(
        "Egypt entered into an agreement with Sudan on the Nile waters.", by="country"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan accused Indian troops of shelling villages overnight, killing two civilians.",
        "Kyiv accused Russian forces of bombing a market, wounding 14 shoppers.",
        "Lebanon demanded that Israel stop firing at its villages, killing farmers.",
    ],
)  # fmt: skip
def test_the_toll_of_an_alleged_act_is_not_the_accusers(text: str) -> None:
    accuser = _events(text)[0][2]
    assert not any(e[0] == "ASSAULT" and e[2] == accuser for e in _events(text)), _events(text)


def test_a_reported_killing_stays_an_assault() -> None:
    found = _events("Israeli troops shelled a village in southern Lebanon, killing two civilians.")
    assert ("ASSAULT", "asserted", "ISR", "LBN") in found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police arrested 140 Awami League activists in overnight raids across Bangladesh.",
         "COERCE"),
        ("Zimbabwean soldiers killed five Zimbabwean miners during a crackdown.", "ASSAULT"),
        ("Nigerian police detained 30 protesters in a raid on a Lagos church.", "COERCE"),
    ],
)  # fmt: skip
def test_force_named_as_the_setting_of_force_is_one_act(text: str, kind: str) -> None:
    kinds = [e[0] for e in _events(text)]
    assert kind in kinds and len(set(kinds)) == 1, kinds


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Georgian prime minister said Georgia would not bow to pressure from the "
         "European Union.", ("REJECT", "asserted", "GEO", "IGO")),
        ("Israel will not withdraw its troops from southern Lebanon, the defence minister said.",
         ("REJECT", "asserted", "ISR", "LBN")),
        ("Serbia did not lift its ban on imports from Kosovo.",
         ("REJECT", "asserted", "SRB", "XKX")),
    ],
)  # fmt: skip
def test_declining_to_yield_is_a_rejection(text: str, event: tuple[str, str, str, str]) -> None:
    # CAMEO 124, "decline to yield", is a PLOVER REJECT.
    assert event in _events(text)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # Money in budget support is aid given; undone, a sanction.
        ("The Netherlands pledged 40 million euros in budget support to Mozambique on "
         "Tuesday.", ("AID", "NLD", "MOZ")),
        ("Sweden froze its budget support to Zimbabwe after the disputed vote.",
         ("SANCTION", "SWE", "ZWE")),
        # An amount undone undoes what it measures.
        ("The African Development Bank suspended 120 million dollars in financial support "
         "to Guinea on Friday.", ("SANCTION", "IGO", "GIN")),
        ("Germany halted 50 million euros in loans to Niger after the coup.",
         ("SANCTION", "DEU", "NER")),
    ],
)  # fmt: skip
def test_money_given_or_withheld(text: str, dyad: tuple[str, str, str]) -> None:
    found = dyads(text, by="country")
    assert dyad in found, found
    assert not any(kind == "SUPPORT" for kind, _, _ in found), found


def test_support_without_money_stays_a_stance() -> None:
    found = dyads("Chile voiced strong support for Argentina's claim on Monday.", by="country")
    assert ("SUPPORT", "CHL", "ARG") in found, found
