"""Promised answers, evaluations the parser splits, orders to leave the country, people
sent back, people who are by the word away from home, relief goods given and media
silenced. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_dyads import dyads, events_by_country
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("TEHRAN — Iran promised a crushing response to any attack by Israel.",
         ("THREATEN", "IRN", "ISR")),
        ("BEIJING — China warned of a firm response to the U.S. arms sale to Taiwan.",
         ("THREATEN", "CHN", "USA")),
        ("BEIJING — China vowed countermeasures against Washington.",
         ("THREATEN", "CHN", "USA")),
        ("PYONGYANG — North Korea warned Seoul of grave consequences.",
         ("THREATEN", "PRK", "KOR")),
        ("TEHRAN — Iran vowed revenge for the killing of its commander by Israel.",
         ("THREATEN", "IRN", "ISR")),
    ],
)  # fmt: skip
def test_a_promised_answer_is_a_threat_to_whoever_did_the_act_answered(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")


def test_an_answer_to_an_act_is_not_aimed_at_the_acts_victim() -> None:
    text = "OTTAWA — The minister promised a firm response to the hacking of the Liberal Party."
    assert not any(t == "CAN" for _, _, t in dyads(text, by="country"))


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("CAIRO — Egypt called Israel's decision unacceptable.", ("ACCUSE", "EGY", "ISR")),
        ("KYIV — Ukraine's foreign ministry called Russia's referendum illegitimate.",
         ("ACCUSE", "UKR", "RUS")),
        ("ANKARA — Turkey branded the Greek move illegal and provocative.",
         ("ACCUSE", "TUR", "GRC")),
        ("LONDON — Britain called the Iranian proposal constructive.",
         ("SUPPORT", "GBR", "IRN")),
    ],
)  # fmt: skip
def test_an_evaluation_after_the_object_is_its_predicate(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("LA PAZ — Bolivia gave the Chilean ambassador 48 hours to leave the country.",
         ("SANCTION", "BOL", "CHL")),
        ("QUITO — Ecuador ordered two Colombian diplomats to leave within three days.",
         ("SANCTION", "ECU", "COL")),
        ("BAMAKO — Mali gave the French envoy 72 hours to leave.", ("SANCTION", "MLI", "FRA")),
        ("MOSCOW — Russia ordered 20 Ukrainian migrants to leave the country.",
         ("COERCE", "RUS", "UKR")),
    ],
)  # fmt: skip
def test_an_order_to_leave_the_country_is_an_expulsion(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    "text",
    [
        "NIAMEY — Niger expelled the Belgian ambassador, giving him 48 hours to leave.",
        "NIAMEY — Niger expelled two Belgian diplomats on Monday and gave them two days to "
        "leave the country.",
        "ROME — Italy deported a Moroccan imam, ordering him to leave within a day.",
    ],
)
def test_the_time_given_to_the_expelled_is_the_same_expulsion(text: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    assert len([e for e in coded.events if e.type in {"SANCTION", "COERCE"}]) == 1, coded.events


def test_an_order_to_others_after_an_expulsion_is_a_second_one() -> None:
    found = dyads(
        "BAMAKO (AP) — Mali expelled the French ambassador and ordered the U.N. mission to "
        "leave the country.",
        by="country",
    )
    assert {("SANCTION", "MLI", "FRA"), ("SANCTION", "MLI", "IGO")} <= set(found), found


@pytest.mark.parametrize(
    "text",
    [
        "GAZA — The army ordered residents of the northern districts to leave their homes.",
        "LONDON — The referee told the players to leave the pitch.",
        "ROME — The airline gave passengers two hours to board the plane.",
    ],
)
def test_an_order_to_leave_somewhere_else_expels_no_one(text: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    assert not [e for e in coded.events if e.type in {"SANCTION", "COERCE"}]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("ATHENS — Greece sent 40 Afghan asylum seekers back to Turkey.", ("COERCE", "GRC", "AFG")),
        ("ISLAMABAD — Pakistan sent back hundreds of Afghan refugees.", ("COERCE", "PAK", "AFG")),
    ],
)  # fmt: skip
def test_people_sent_back_are_deported(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_bill_sent_back_is_no_deportation() -> None:
    text = "NAIROBI — The president sent the finance bill back to parliament."
    assert not [e for e in events_by_country(text) if e[0] == "COERCE"]


@pytest.mark.parametrize(
    ("text", "noun", "country"),
    [
        ("MADRID — Police detained 30 migrants near the port.", "migrants", None),
        ("BERLIN — Police detained refugees from Syria near the border.", "refugees", "SYR"),
        ("CAIRO — Egypt deported 40 Sudanese refugees.", "Sudanese refugees", "SDN"),
    ],
)
def test_people_away_from_home_are_not_given_the_dateline(
    text: str, noun: str, country: str | None
) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    found = {a.name: a.country for a in coded.actors}
    assert found.get(noun) == country


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("NAIROBI — Kenya delivered 200 tonnes of maize to famine-hit Somalia.",
         ("AID", "KEN", "SOM")),
        ("AMMAN — Jordan airdropped food parcels over northern Gaza.", ("AID", "JOR", "PSE")),
        ("WASHINGTON — The U.S. will provide wheat and blankets to Sudan.",
         ("AID", "USA", "SDN")),
    ],
)  # fmt: skip
def test_relief_goods_given_are_humanitarian_aid(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("CARACAS — The government shut down two independent television channels.",
         ("COERCE", "VEN", "VEN")),
        ("MOSCOW — Russian authorities closed the country's last independent newspaper.",
         ("COERCE", "RUS", "RUS")),
        ("MINSK — Police shut down an opposition website on Monday.", ("COERCE", "BLR", "BLR")),
    ],
)  # fmt: skip
def test_silencing_media_is_censorship(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_station_closed_for_repairs_is_no_censorship() -> None:
    text = "PARIS — The government closed the station for repairs on Monday."
    assert not [e for e in events_by_country(text) if e[0] == "COERCE"]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("BEIJING — China warned that Taiwan would pay a heavy price.",
         ("THREATEN", "CHN", "TWN")),
        ("MOSCOW — Russia said Finland would face consequences if it joined NATO.",
         ("THREATEN", "RUS", "FIN")),
        ("ABUJA — The army said the militants would be crushed.", ("THREATEN", "NGA", "NGA")),
    ],
)  # fmt: skip
def test_a_fate_promised_to_another_is_a_threat(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    "text",
    [
        "LONDON — The minister said American consumers would pay a higher price for energy.",
        "LONDON — The minister said Russia would not face consequences.",
    ],
)
def test_a_cost_or_a_denied_fate_is_no_threat(text: str) -> None:
    assert not [d for d in dyads(text, by="country") if d[0] == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("BEIJING — China halted imports of Japanese seafood.", ("SANCTION", "CHN", "JPN")),
        ("BRUSSELS — The EU suspended budget support to Niger.", ("SANCTION", "IGO", "NER")),
        ("MOSCOW — Russia stopped exports of grain to Egypt.", ("SANCTION", "RUS", "EGY")),
    ],
)
def test_trade_and_support_cut_off_are_sanctions(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Chad's government ordered French troops to leave the country by January.",
         ("SANCTION", "TCD", "FRA")),
        ("Sudan's army chief ordered Chadian soldiers to leave the country.",
         ("SANCTION", "SDN", "TCD")),
        ("Mali's rulers told UN peacekeepers to leave the country without delay.",
         ("SANCTION", "MLI", "IGO")),
    ],
)  # fmt: skip
def test_another_state_s_forces_ordered_out_are_expelled(
    text: str, dyad: tuple[str, str, str | None]
) -> None:
    kind, source, target = dyad
    found = events_by_country(text)
    assert any(k == kind and s == source and t == target for k, _, s, t in found), found


def test_own_troops_ordered_out_of_a_town_are_no_expulsion() -> None:
    found = events_by_country("Russia ordered its troops to leave Kherson.")
    assert not any(k == "SANCTION" for k, *_ in found)


def test_own_forces_ordered_out_of_another_state_are_no_expulsion() -> None:
    found = events_by_country("Washington ordered American forces to leave Afghanistan by August.")
    assert not any(k == "SANCTION" for k, *_ in found)
