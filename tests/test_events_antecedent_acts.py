"""A definite act noun with no owner written ("condemned the strike", "criticised the
move") points back at an act the article told just before: its source is the target."""

from __future__ import annotations

import pytest

from event_dyads import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Israeli jets struck Hezbollah positions in southern Lebanon on Monday. "
         "Lebanon's president condemned the strike.", ("ACCUSE", "LBN", "ISR")),
        ("Japan and India signed a defence pact on Friday. China criticised the move.",
         ("ACCUSE", "CHN", "JPN")),
        ("Germany began deporting Afghan men convicted of crimes. The Pakistani government "
         "criticised the decision.", ("ACCUSE", "PAK", "DEU")),
        ("Kenya deployed 400 troops to Haiti in June. The United States welcomed "
         "the deployment.", ("SUPPORT", "USA", "KEN")),
    ],
)  # fmt: skip
def test_a_definite_act_noun_points_back_at_its_act(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text, by="country")


def test_a_demand_is_no_move() -> None:
    # The generic noun points at deeds: the demand told before is not "the measures".
    found = dyads(
        "Liberty called on the British government to free the detained men. "
        "But the Home Office defended the move.",
        by="country",
    )
    assert not any(kind == "SUPPORT" for kind, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI, Kenya — Rights groups urged the government to free the jailed protesters. "
        "The interior ministry defended the move.",
        "Lawyers called on Ruritania to release the detained reporters on Monday. Its "
        "foreign ministry welcomed the decision.",
    ],
)
def test_an_act_asked_for_is_no_move(text: str) -> None:
    # What a demand asks for has not been done: "the move" is no such act.
    assert not any(kind == "SUPPORT" for kind, _, _ in dyads(text, by="country"))


def test_the_speaker_does_not_condemn_its_own_act() -> None:
    found = dyads(
        "Turkey shelled Kurdish positions in northern Syria on Sunday. "
        "Turkey defended the strike as self-defence.",
        by="country",
    )
    assert ("SUPPORT", "TUR", "TUR") not in found


def test_an_act_told_long_before_is_too_far_back() -> None:
    text = (
        "Russia expelled two Estonian diplomats on Monday. The ministry gave no reason. "
        "Tallinn has not replied. Trade between the two has fallen. Talks are planned. "
        "Ferries still run twice a day. Border queues were short. Prices were stable. "
        "On Friday, Finland criticised the expulsion."
    )
    assert ("ACCUSE", "FIN", "RUS") not in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Pakistan accused India of shelling its villages. India's army denied the charge.",
         ("REJECT", "IND", "PAK")),
        ("Kenya accused Uganda of arming rebels. Kampala rejected the allegations as baseless.",
         ("REJECT", "UGA", "KEN")),
        ("Poland accused Russia of ordering the arson attack. Moscow called the accusations "
         "absurd.", ("REJECT", "RUS", "POL")),
    ],
)  # fmt: skip
def test_a_claim_noun_points_back_at_the_accusation(text: str, dyad: tuple[str, str, str]) -> None:
    found = dyads(text, by="country")
    assert dyad in found
    assert ("ACCUSE", dyad[1], dyad[2]) not in found  # condemning a claim rejects it


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # The lead tells the act; four sentences of detail come before the answer to it.
        ("Azerbaijani troops shelled Armenian border posts near Jermuk on Tuesday. "
         "The shelling began before dawn and lasted three hours. "
         "Local officials said two houses caught fire. "
         "Schools in the area stayed closed on Wednesday. "
         "Farmers were told to keep their cattle indoors. "
         "Armenia's foreign ministry condemned the attack.", ("ACCUSE", "ARM", "AZE")),
        ("Ghana banned rice imports from Nigeria on Monday. "
         "Traders in Accra said prices rose by a fifth within hours. "
         "Port officials turned back six lorries at the Aflao crossing. "
         "The trade ministry said stocks would last until March. "
         "Nigeria's president criticised the ban.", ("ACCUSE", "NGA", "GHA")),
        ("Chile reopened its border with Bolivia on Friday after a two-week closure. "
         "Hundreds of lorries crossed at Colchane in the first hours. "
         "Drivers had waited in queues stretching for kilometres. "
         "Customs staff worked through the night. "
         "Bolivia's foreign minister welcomed the decision.", ("SUPPORT", "BOL", "CHL")),
    ],
)  # fmt: skip
def test_an_answer_paragraphs_later_points_back_at_the_lead(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")


def test_a_stance_with_no_act_told_has_no_target() -> None:
    # Nothing in the story is "the attack": no one is accused.
    found = dyads(
        "Armenia held local elections on Sunday. Turnout was low in the capital. "
        "Observers said voting was calm. Results are due on Tuesday. "
        "The foreign ministry condemned the attack.",
        by="country",
    )
    assert not any(kind == "ACCUSE" for kind, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # A noun that triggers nothing of its own names an act told with another word.
        ("North Korea fired two ballistic missiles into the sea on Monday. "
         "Japan condemned the launches.", ("ACCUSE", "JPN", "PRK")),
        ("Pakistan fired a cruise missile from a warship in the Arabian Sea. "
         "India called the firing a provocation.", ("ACCUSE", "IND", "PAK")),
        ("Armenia and Azerbaijan agreed to a ceasefire on Wednesday. "
         "Russia welcomed the truce.", ("SUPPORT", "RUS", "ARM")),
        ("Serbia and Kosovo held talks in Brussels on Thursday. "
         "Germany welcomed the outcome.", ("SUPPORT", "DEU", "SRB")),
    ],
)  # fmt: skip
def test_a_noun_for_a_deed_told_otherwise_points_back_at_it(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("KHARTOUM (Reuters) — Washington pledged $200 million in food aid to Sudan. "
         "Khartoum welcomed the offer.", ("SUPPORT", "SDN", "USA")),
        ("BOGOTA (Reuters) — Norway proposed to host a new round of talks with the rebels in "
         "Oslo. The ELN rejected the proposal.", ("REJECT", "COL", "NOR")),
        ("ACCRA (Reuters) — Nigeria said it would lend Ghana $300 million to rebuild the "
         "port at Tema. Ghana's president welcomed the offer.", ("SUPPORT", "GHA", "NGA")),
    ],
)  # fmt: skip
def test_an_offer_or_proposal_points_back_at_an_act_promised(
    text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(text, by="country")


@pytest.mark.parametrize(
    ("text", "dyads_wanted"),
    [
        ("Eritrean and Ethiopian troops exchanged fire along the border on Sunday. The "
         "African Union condemned the fighting.",
         {("ACCUSE", "IGO", "ERI"), ("ACCUSE", "IGO", "ETH")}),
        ("Sudan and South Sudan swapped 40 prisoners each on Monday. Kenya welcomed the "
         "swap.", {("SUPPORT", "KEN", "SDN"), ("SUPPORT", "KEN", "SSD")}),
    ],
)  # fmt: skip
def test_an_act_both_sides_did_points_at_both(
    text: str, dyads_wanted: set[tuple[str, str, str]]
) -> None:
    assert dyads_wanted <= dyads(text, by="country")


def test_a_bureau_dateline_is_no_owner_of_a_policy() -> None:
    # "the policy" names no owner; the dateline is a bureau's, and the story names no
    # Austrian body, so the Austrian government is not the one criticised.
    text = (
        "VIENNA (Reuters) - Inspectors from the UN agency left Tehran on Monday. "
        "The European Union criticised the policy."
    )
    assert not any(t == "AUT" for _, _, t in dyads(text, by="country"))
