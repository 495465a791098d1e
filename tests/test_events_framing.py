"""Framing verbs and evaluative speech over real spaCy parses, in our own sentences:
threats, commitments, evaluations, and arguments read inside an object's phrase."""

from __future__ import annotations

import pytest

from eventwire.events.framing import framing_words
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle

Dyad = tuple[str, str | None, str | None, str]


def _dyads(text: str, published: str = "2025-03-05") -> set[Dyad]:
    coded = code_text(text, published=published)
    assert isinstance(coded, CodedArticle)
    return {
        (
            e.type,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.status,
        )
        for e in coded.events
    }


def test_framing_words_load_from_data() -> None:
    words = framing_words()
    assert {"threaten", "vow"} <= words.threatening
    assert {"offer", "pledge"} <= words.commissive
    assert words.evaluative["disgrace"] == "ACCUSE"
    assert words.evaluative["baseless"] == "REJECT"
    assert words.evaluative["commendable"] == "SUPPORT"
    assert "ASSAULT" in words.harmful and "AID" in words.cooperative
    assert "CONSULT" not in words.cooperative  # an offered meeting stays a meeting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threatened cut of supplies, to a prepositional target
        ("Russia threatened to cut off gas supplies to Moldova on Monday.",
         ("THREATEN", "RUS", "MDA", "asserted")),
        # a vowed attack, the target as the direct object
        ("Israel vowed to strike Hezbollah positions in Lebanon after the rocket fire.",
         ("THREATEN", "ISR", "LBN", "asserted")),
        # a negated threat of expulsion; the target a nationality modifier
        ("Ghana did not threaten to expel Nigerian traders, its trade minister said.",
         ("THREATEN", "GHA", "NGA", "negated")),
    ],
)  # fmt: skip
def test_harmful_act_under_a_threatening_verb_is_a_threat(text: str, expected: Dyad) -> None:
    dyads = _dyads(text)
    assert expected in dyads
    # The threatened act is not coded as done as well.
    assert not any(d[0] in {"SANCTION", "ASSAULT", "COERCE"} for d in dyads)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey offered to send engineers to Greece to repair the ferry port.",
         ("AGREE", "TUR", "GRC", "intended")),
        ("Colombia pledged on Sunday to send emergency aid to Ecuador.",
         ("AGREE", "COL", "ECU", "intended")),
        ("Japan has promised to lift its remaining sanctions on India.",
         ("AGREE", "JPN", "IND", "intended")),
    ],
)  # fmt: skip
def test_cooperative_act_offered_or_pledged_is_an_agreement(text: str, expected: Dyad) -> None:
    assert expected in _dyads(text)


def test_a_meeting_offered_is_a_meeting_to_come() -> None:
    dyads = _dyads("Turkey offered to hold talks with Greece over the disputed islands.")
    assert ("CONSULT", "TUR", "GRC", "intended") in dyads
    assert not any(d[0] == "AGREE" for d in dyads)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speech verb + object + predicate noun
        ("Greek Prime Minister Kyriakos Mitsotakis called the Turkish plan a disgrace.",
         ("ACCUSE", "GRC", "TUR", "asserted")),
        # speech verb + clause with a predicate adjective, the owner a nationality
        ("Japan's foreign minister said the Chinese decision was wrong and dangerous.",
         ("ACCUSE", "JPN", "CHN", "asserted")),
        # speech verb + object + "as"
        ("The Kremlin described the Estonian proposal as reckless.",
         ("ACCUSE", "RUS", "EST", "asserted")),
        # a denial in words: the claim is false
        ("The Kremlin said the Ukrainian reports were false.",
         ("REJECT", "RUS", "UKR", "asserted")),
        # praise in words
        ("German Chancellor Olaf Scholz said the Polish reform was courageous.",
         ("SUPPORT", "DEU", "POL", "asserted")),
        # a rejection "as" something wrong also accuses whoever made the thing rejected
        ("Russia rejected the Estonian note as blatant interference.",
         ("ACCUSE", "RUS", "EST", "asserted")),
        ("Ankara dismissed the Greek proposal as a provocation.",
         ("ACCUSE", "TUR", "GRC", "asserted")),
    ],
)  # fmt: skip
def test_speech_with_an_evaluative_complement(text: str, expected: Dyad) -> None:
    assert expected in _dyads(text)


def test_a_claim_dismissed_as_false_is_a_rejection_only() -> None:
    found = _dyads("India dismissed the Pakistani claims as baseless propaganda.")
    assert ("REJECT", "IND", "PAK", "asserted") in found
    assert not any(d[0] == "ACCUSE" for d in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the predicate adjective after its own adverb
        ("Bangladesh's foreign ministry called the Indian extradition request politically "
         "motivated.", ("ACCUSE", "BGD", "IND", "asserted")),
        ("Serbian President Aleksandar Vucic called Kosovo's customs decision deeply "
         "unfair.",
         ("ACCUSE", "SRB", "XKX", "asserted")),
        # a country's name as the thing called something
        ("Mexico's economy minister called Canada a disgrace.",
         ("ACCUSE", "MEX", "CAN", "asserted")),
        ("Argentine President Javier Milei called Brazil a model for the region.", None),
    ],
)  # fmt: skip
def test_evaluation_said_after_the_object_and_its_modifiers(
    text: str, expected: Dyad | None
) -> None:
    found = _dyads(text)
    if expected is None:
        # "a model" carries no evaluation the lexicon holds: no stance is made up.
        assert not any(d[0] in {"ACCUSE", "REJECT", "SUPPORT"} for d in found), found
    else:
        assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Azerbaijani forces shelled an Armenian village on Tuesday. Armenia called it a "
         "provocation.", ("ACCUSE", "ARM", "AZE", "asserted")),
        ("Latvian police detained a Russian cargo ship on Sunday. Moscow called it piracy.",
         ("ACCUSE", "RUS", "LVA", "asserted")),
        ("Israel struck a school in Gaza on Monday. Egypt branded it a violation of "
         "international law.", ("ACCUSE", "EGY", "ISR", "asserted")),
        # named through "as"
        ("Serbia expelled two Kosovo officials on Friday. Kosovo described it as a hostile "
         "act.", ("ACCUSE", "XKX", "SRB", "asserted")),
    ],
)  # fmt: skip
def test_a_pronoun_called_something_is_the_deed_just_told(text: str, expected: Dyad) -> None:
    found = _dyads(text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun under a plain speech verb is still the sentence, not a deed
        "Israel struck a school in Gaza on Monday. Egypt said it was wrong to wait.",
        # no evaluative word: no stance
        "Israel struck a school in Gaza on Monday. Egypt's envoy called it a day.",
    ],
)
def test_a_pronoun_with_no_evaluation_of_a_deed_gives_no_stance(text: str) -> None:
    assert not any(d[0] in {"ACCUSE", "REJECT", "SUPPORT"} for d in _dyads(text))


def test_evaluation_of_a_relation_reaches_both_parties() -> None:
    dyads = _dyads(
        "US officials warned that closer ties between Iran and Syria are a threat to the region."
    )
    assert {("ACCUSE", "USA", "IRN", "asserted"), ("ACCUSE", "USA", "SYR", "asserted")} <= dyads


@pytest.mark.parametrize(
    "text",
    [
        "Greek Prime Minister Kyriakos Mitsotakis said the Turkish plan was not wrong.",
        "Japan's foreign minister said it was wrong to wait any longer.",
        "The Kremlin said the weather in Moscow was cold.",
    ],
)
def test_no_evaluation_when_negated_expletive_or_neutral(text: str) -> None:
    assert not any(d[0] in {"ACCUSE", "REJECT", "SUPPORT"} for d in _dyads(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place phrase inside the object
        ("Sudanese paramilitaries shelled a displacement camp near El Fasher in Chad.",
         ("ASSAULT", "SDN", "TCD", "asserted")),
        # the owner inside the object, "of"
        ("Azerbaijani forces seized the ships of the Armenian navy.",
         ("COERCE", "AZE", "ARM", "asserted")),
        # the place where the people hit are
        ("Ethiopian troops raided the villages in Somalia on Friday.",
         ("ASSAULT", "ETH", "SOM", "asserted")),
    ],
)  # fmt: skip
def test_target_read_inside_an_object_phrase(text: str, expected: Dyad) -> None:
    assert expected in _dyads(text)


def test_verbal_attack_through_a_light_verb_is_an_accusation() -> None:
    dyads = _dyads(
        "Labour leader Keir Starmer launched an attack on the cost of the Conservative "
        "government's housing plan."
    )
    assert not any(d[0] == "ASSAULT" for d in dyads)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cooperation noun as the object of a cancelling verb
        ("Armenia suspended its strategic partnership with Russia on Tuesday.",
         ("SANCTION", "ARM", "RUS", "asserted")),
        # an agreement noun ended
        ("Niger ended its defence agreement with France last week.",
         ("REJECT", "NER", "FRA", "asserted")),
        # an agreement left through a nested preposition
        ("Burkina Faso pulled out of its defence pact with Paris.",
         ("REJECT", "BFA", "FRA", "asserted")),
        # a suspension noun under an announcing verb
        ("The Italian government announced a suspension of flights to Tunisia.",
         ("SANCTION", "ITA", "TUN", "intended")),
    ],
)  # fmt: skip
def test_undoing_an_agreement_or_cooperation(text: str, expected: Dyad) -> None:
    dyads = _dyads(text)
    assert expected in dyads
    assert not any(d[0] in {"AGREE", "COOPERATE"} for d in dyads)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Archbishop Desmond Tutu called for sanctions against Nigeria.",
         ("REQUEST", "ZAF", "NGA", "asserted")),
        ("The Dutch foreign minister pressed for an investigation into Serbian forces.",
         ("REQUEST", "NLD", "SRB", "asserted")),
        ("Indian Prime Minister Narendra Modi appealed for talks with Pakistan.",
         ("REQUEST", "IND", "PAK", "asserted")),
    ],
)  # fmt: skip
def test_act_called_for_is_a_request_toward_its_target(text: str, expected: Dyad) -> None:
    dyads = _dyads(text)
    assert expected in dyads
    assert not any(d[0] in {"SANCTION", "ACCUSE", "CONSULT"} for d in dyads)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated nationality modifiers inside a prepositional target
        ("Washington imposed tariffs on Canadian and Mexican steel.",
         {("SANCTION", "USA", "CAN", "asserted"), ("SANCTION", "USA", "MEX", "asserted")}),
        # inside a direct object
        ("Israeli troops raided Palestinian and Jordanian villages.",
         {("ASSAULT", "ISR", "PSE", "asserted"), ("ASSAULT", "ISR", "JOR", "asserted")}),
        # inside a noun trigger's target phrase
        ("Brazil lifted its ban on Argentine and Uruguayan beef on Monday.",
         {("CONCEDE", "BRA", "ARG", "asserted"), ("CONCEDE", "BRA", "URY", "asserted")}),
    ],
)  # fmt: skip
def test_coordinated_modifiers_are_one_event_each(text: str, expected: set[Dyad]) -> None:
    assert expected <= _dyads(text)


@pytest.mark.parametrize(
    ("text", "sector", "countries"),
    [
        ("Police detained Kenyan and Ugandan journalists at the border.", "MED", {"KEN", "UGA"}),
        ("Gunmen kidnapped French and German aid workers in Niger.", None, {"FRA", "DEU"}),
        ("Turkish jets bombed Syrian and Iraqi villages.", None, {"SYR", "IRQ"}),
    ],
)  # fmt: skip
def test_coordinated_nationalities_of_a_group_are_that_group(
    text: str, sector: str | None, countries: set[str]
) -> None:
    """Each nationality coordinated before a group noun is the same kind of group of that
    country ("Kenyan journalists"), not the country's state."""
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    targets = [e.target for e in coded.events if e.target is not None]
    assert {t.country for t in targets} >= countries
    if sector is not None:
        assert {t.sector for t in targets if t.country in countries} == {sector}
    assert not any(t.kind == "state" for t in targets if t.country in countries)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A group of Moroccan diplomats held talks with Spain on Monday.",
         ("CONSULT", "MAR", "ESP", "asserted")),
        ("A delegation of Chinese officials visited Nepal last week.",
         ("CONSULT", "CHN", "NPL", "asserted")),
        ("A team of Qatari mediators met Hamas negotiators in Cairo.",
         ("CONSULT", "QAT", "PSE", "asserted")),
    ],
)  # fmt: skip
def test_group_noun_stands_for_its_members(text: str, expected: Dyad) -> None:
    assert expected in _dyads(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Palestinian youths threw stones at Israeli police in Hebron.",
         ("ASSAULT", "PSE", "ISR", "asserted")),
        ("Serbian fans hurled petrol bombs at the Albanian embassy in Belgrade.",
         ("ASSAULT", "SRB", "ALB", "asserted")),
        # the preposition on the last of several weapons fired
        ("Israeli police fired tear gas, rubber bullets and stun grenades at Palestinian "
         "protesters.",
         ("ASSAULT", "ISR", "PSE", "asserted")),
    ],
)  # fmt: skip
def test_things_thrown_or_fired_at_a_target(text: str, expected: Dyad) -> None:
    assert expected in _dyads(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States has voiced concern over the violence in Sudan.",
         ("ACCUSE", "USA", "SDN", "asserted")),
        ("Japan expressed alarm at the North Korean missile launch.",
         ("ACCUSE", "JPN", "PRK", "asserted")),
        ("Germany's foreign minister expressed outrage over Belarusian treatment of migrants.",
         ("ACCUSE", "DEU", "BLR", "asserted")),
    ],
)  # fmt: skip
def test_voiced_concern_is_an_accusation(text: str, expected: Dyad) -> None:
    assert expected in _dyads(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese foreign ministry called on all parties to show restraint.",
        "The Egyptian president urged both warring sides to lay down their arms.",
        "Qatar asked the parties concerned to return to the table.",
    ],
)
def test_request_to_unnamed_parties_has_no_target(text: str) -> None:
    dyads = _dyads(text)
    assert any(d[0] == "REQUEST" and d[2] is None for d in dyads)


@pytest.mark.parametrize(
    "text",
    [
        "Serbian tennis player Novak Djokovic rallied to beat the Spanish champion.",
        "The French side rallied in the second half and won the match in Lyon.",
        "Kenyan runners attacked on the final lap to win the race in Berlin.",
    ],
)
def test_contest_sense_is_no_protest_or_assault(text: str) -> None:
    assert not any(d[0] in {"PROTEST", "ASSAULT"} for d in _dyads(text))


def test_rally_with_a_political_purpose_stays_a_protest() -> None:
    assert any(
        d[0] == "PROTEST" for d in _dyads("Thousands of Georgians rallied to demand new elections.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mali's junta, which seized the ships of the Gambian navy in 2019, expelled the French "
        "ambassador on Monday.",
        "Russian forces, who shelled Kharkiv in 2022, withdrew from Kherson on Monday.",
        "Eritrea, which invaded Ethiopia in 1998, signed a pact with Sudan on Friday.",
    ],
)
def test_relative_clause_about_long_ago_is_background(text: str) -> None:
    dyads = _dyads(text, published="2025-03-05")
    assert dyads  # the sentence's own event is coded
    assert not any(d[0] in {"COERCE", "ASSAULT"} for d in dyads)


@pytest.mark.parametrize(
    "text",
    [
        "Hungary criticised the trade agreement with Ukraine.",
        "The Polish farmers' union vowed to fight the trade deal with Mercosur.",
        "Turkey welcomed the defence pact with Azerbaijan, its foreign minister said.",
    ],
)
def test_event_noun_under_a_stance_verb_is_not_the_subjects(text: str) -> None:
    assert not any(d[0] in {"AGREE", "ASSAULT", "THREATEN"} for d in _dyads(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington doubled the tariff on Brazilian steel to 50%.",
         ("SANCTION", "USA", "BRA", "asserted")),
        ("Japan raised duties on Chinese solar panels on Friday.",
         ("SANCTION", "JPN", "CHN", "asserted")),
        ("Canada will reimpose its sanctions against Iran next month.",
         ("SANCTION", "CAN", "IRN", "intended")),
    ],
)  # fmt: skip
def test_raising_a_tariff_or_sanction_is_a_sanction(text: str, expected: Dyad) -> None:
    assert expected in _dyads(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union delayed its tariffs on American whiskey until June.",
         ("CONCEDE", "IGO", "USA", "asserted")),
        ("Mexico lowered its duties on Guatemalan sugar.",
         ("CONCEDE", "MEX", "GTM", "asserted")),
        ("The Indian government exempted Bangladesh from the new textile duties.",
         ("CONCEDE", "IND", "BGD", "asserted")),
    ],
)  # fmt: skip
def test_delaying_or_lowering_a_tariff_is_a_concession(text: str, expected: Dyad) -> None:
    assert expected in _dyads(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council held a meeting of the UN Security Council requested by Britain and France.",
         {("REQUEST", "GBR", "IGO", "asserted"), ("REQUEST", "FRA", "IGO", "asserted")}),
        ("Talks with Serbia requested by Kosovo's prime minister opened in Brussels.",
         {("REQUEST", "XKX", "SRB", "asserted")}),
        ("An inquiry into Hungarian spending requested by the European Commission began.",
         {("REQUEST", "IGO", "HUN", "asserted")}),
    ],
)  # fmt: skip
def test_thing_requested_by_a_party_names_the_addressee(text: str, expected: set[Dyad]) -> None:
    assert expected <= _dyads(text)


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International called for the release of Egyptian activists.",
        "The Irish president appealed for the release of two Irish aid workers held in Mali.",
        "Norway's foreign minister pressed for the return of Ukrainian children.",
    ],
)
def test_caller_for_a_release_releases_no_one(text: str) -> None:
    assert not any(d[0] == "CONCEDE" for d in _dyads(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US officials warned on Friday that expanding military cooperation between Iran and "
         "Syria is dangerous and illegal.",
         {("ACCUSE", "USA", "IRN", "asserted"), ("ACCUSE", "USA", "SYR", "asserted")}),
        ("The Dutch prime minister said ending talks with Uganda was a mistake.",
         {("ACCUSE", "NLD", "UGA", "asserted")}),
        ("Chile's president said blocking the Bolivian proposal was wrong.",
         {("ACCUSE", "CHL", "BOL", "asserted")}),
    ],
)  # fmt: skip
def test_evaluation_of_a_gerund_clause_reaches_its_object(text: str, expected: set[Dyad]) -> None:
    assert expected <= _dyads(text)


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("Israel's defence minister warned that Israeli jets would strike Hezbollah "
         "positions in Lebanon.", "THREATEN", "LBN"),
        ("Japan promised that it will send aid to the Philippines.", "AGREE", "PHL"),
        ("Ankara warned that it would impose sanctions on Athens.", "THREATEN", "GRC"),
    ],
)  # fmt: skip
def test_a_future_that_clause_is_framed_as_a_to_complement_is(
    text: str, kind: str, target: str
) -> None:
    assert any(d[0] == kind and d[2] == target for d in _dyads(text)), _dyads(text)


def test_a_future_under_a_plain_speech_verb_is_not_framed() -> None:
    """ "said it would send troops" reports a plan; it is no promise and no threat."""
    dyads = _dyads("Russia said it would send troops to Syria.")
    assert not any(d[0] in {"THREATEN", "AGREE"} for d in dyads), dyads


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kenyan lawyer Amina Odhiambo said the Kenyan government should have acted sooner.",
         "Kenyan government"),
        ("Brazilian senator Paulo Mendes said the Argentine government ought to have warned "
         "its neighbours.", "Argentine government"),
        ("Indian opposition leader Rahul Gandhi said the Indian army should not have crossed "
         "the line.", "Indian army"),
    ],
)  # fmt: skip
def test_a_reported_should_have_is_a_reproach(text: str, target: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    assert any(e.type == "ACCUSE" and e.target is not None and e.target.name == target
               for e in coded.events), coded.events  # fmt: skip


def test_a_should_have_about_oneself_or_a_pronoun_is_no_reproach() -> None:
    coded = code_text("The Kenyan minister said he should have called earlier.",
                      published="2025-03-05")  # fmt: skip
    assert isinstance(coded, CodedArticle)
    assert not any(e.type == "ACCUSE" for e in coded.events)
