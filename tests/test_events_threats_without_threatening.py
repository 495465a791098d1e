"""Threats told without a verb of threatening: a harmful act its doer stands ready to
take, or makes to depend on an "if" in its own or its officials' words; and the verbs of
holding back ("hesitate", "balk") that, denied, commit to an act. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from event_dyads import events_by_country


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Lithuania is ready to shut its border with Belarus, the interior minister said.",
         ("LTU", "BLR")),
        ("Venezuela's army would not hesitate to strike Guyanese positions, a general said.",
         ("VEN", "GUY")),
        ("Turkey is prepared to expel the Dutch ambassador, a ministry official said.",
         ("TUR", "NLD")),
        ("Beijing stands ready to use force against Taiwan, China's defence ministry said.",
         ("CHN", "TWN")),
    ],
)  # fmt: skip
def test_a_harmful_act_its_doer_stands_ready_to_take(text: str, dyad: tuple[str, str]) -> None:
    assert ("THREATEN", "asserted", *dyad) in events_by_country(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Russia is not ready to impose sanctions on Armenia, the Kremlin said.",
         ("SANCTION", "negated", "RUS", "ARM")),
        ("Serbia is not due to recall its envoy from Montenegro.",
         ("SANCTION", "negated", "SRB", "MNE")),
        ("Ghana could be ready to impose a ban on Nigerian traders next year.",
         ("SANCTION", "hypothetical", "GHA", "NGA")),
    ],
)  # fmt: skip
def test_readiness_denied_or_only_possible_is_no_threat(
    text: str, event: tuple[str, str, str, str]
) -> None:
    found = events_by_country(text)
    assert event in found
    assert not any(e[0] == "THREATEN" for e in found)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Algeria may cut gas supplies to Spain if the dispute drags on, the energy "
         "minister said.", ("DZA", "ESP")),
        ("The United States could impose fresh sanctions on Nicaragua if political "
         "prisoners are not freed, a State Department spokeswoman said.", ("USA", "NIC")),
    ],
)  # fmt: skip
def test_a_condition_its_doer_states_with_any_modal(text: str, dyad: tuple[str, str]) -> None:
    assert ("THREATEN", "asserted", *dyad) in events_by_country(text)


def test_a_condition_others_guess_at_stays_hypothetical() -> None:
    text = "Israel might strike Iran's nuclear sites if the talks fail, analysts said."
    found = events_by_country(text)
    assert ("ASSAULT", "hypothetical", "ISR", "IRN") in found
    assert not any(e[0] == "THREATEN" for e in found)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Japan will not hesitate to send aid to the Philippines, the prime minister said.",
         ("AID", "intended", "JPN", "PHL")),
        ("Mexico did not hesitate to recall its ambassador from Ecuador.",
         ("SANCTION", "asserted", "MEX", "ECU")),
        ("Germany hesitated to send tanks to Ukraine.",
         ("AID", "negated", "DEU", "UKR")),
    ],
)  # fmt: skip
def test_holding_back_and_its_denial(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in events_by_country(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Russian oil exports shrank under US sanctions on Moscow.",
         ("SANCTION", "asserted", "USA", "RUS")),
        ("Nato must not hesitate to send more weapons to Ukraine.",
         ("AID", "hypothetical", "IGO", "UKR")),
        ("Iran is not afraid to strike Israel, the general said.",
         ("ASSAULT", "asserted", "IRN", "ISR")),
    ],
)  # fmt: skip
def test_only_a_governed_act_is_held_back_or_denied(
    text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in events_by_country(text)


@pytest.mark.parametrize(
    "text",
    [
        "The EU prepared to impose new sanctions on Russia on Monday.",
        "Iran threatened to take the dispute to the UN Security Council.",
    ],
)
def test_preparing_or_a_forum_is_no_threat_to_anyone(text: str) -> None:
    found = events_by_country(text)
    assert not any(e[0] == "THREATEN" and e[3] in {"RUS", "IGO"} for e in found)
