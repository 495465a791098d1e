"""The parses the pipeline repairs before any stage reads them (``repairs.py``): a main
verb read as a clause on its subject, an object told as a free relative ("what appeared
to be ..."), an object's doer hung on the verb ("condemned drills by the United States")
a subject hung on an auxiliary, a receiver read as a modifier of the thing given
("offered Ukraine more air defence systems"), and a second verb read as part of the
clause before it ("warned that farmers would suffer and urged ..."). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from event_dyads import events_by_country
from eventwire.nlp import parse


def _token(text: str, word: str) -> Token:
    return next(t for t in parse(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        (
            "Norway, whose envoys brokered the 2019 truce, urged Eritrea to free the sailors.",
            "urged",
            "Norway",
        ),
        (
            "Chile, which chairs the regional forum this year, condemned the shelling.",
            "condemned",
            "Chile",
        ),
        ("Spokeswoman Ines Marquardt called the proposal reckless.", "called", "Marquardt"),
        ("The southern bloc SADC condemned the putsch.", "condemned", "SADC"),
    ],
)
def test_a_main_verb_read_as_a_clause_on_its_subject_is_the_main_verb(
    text: str, verb: str, subject: str
) -> None:
    doc = parse(text)
    token = next(t for t in doc if t.text == verb)
    assert token.dep_ == "ROOT"
    assert next(t for t in doc if t.text == subject).head.i == token.i


@pytest.mark.parametrize(
    ("text", "word", "dep"),
    [
        # A real relative clause, a passive participle and a clause with its own subject
        # keep their reading.
        ("The ferry seized by the coastguard last week was released.", "seized", "acl"),
        ("The pact Ghana signed in 2019 lapsed in May.", "signed", "relcl"),
        ("The talks, which opened in Oslo, collapsed on Friday.", "opened", "relcl"),
    ],
)
def test_real_clauses_on_a_noun_keep_their_reading(text: str, word: str, dep: str) -> None:
    assert _token(text, word).dep_ == dep


@pytest.mark.parametrize(
    ("text", "verb", "thing"),
    [
        (
            "SEOUL — The North fired what appeared to be a cruise missile into the sea.",
            "fired",
            "missile",
        ),
        ("The navy seized what it called a smuggling vessel off the coast.", "seized", "vessel"),
        (
            "Rebels downed what officials described as a cargo drone near the airport.",
            "downed",
            "drone",
        ),
    ],
)
def test_the_thing_a_free_relative_names_is_the_verb_s_object(
    text: str, verb: str, thing: str
) -> None:
    token = _token(text, thing)
    assert token.dep_ == "dobj"
    assert token.head.text == verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ADDIS ABABA, Ethiopia (AP) — Kenya, whose troops patrol the border, urged "
            "Ethiopia on Monday to reopen the crossing.",
            ("REQUEST", "asserted", "KEN", "ETH"),
        ),
        (
            "TOKYO (AP) — North Korea launched what appeared to be a cruise missile over "
            "the sea on Tuesday. Japan called the launch a grave provocation.",
            ("ACCUSE", "asserted", "JPN", "PRK"),
        ),
    ],
)
def test_repaired_sentences_code_their_events(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in events_by_country(text)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("North Korea condemned military drills by the United States.", "drills"),
        ("China denounced naval exercises by Japan and Vietnam near the shoal.", "exercises"),
        ("Japan protested the incursion by Chinese ships on Monday.", "incursion"),
        ("Kenya welcomed the decision by Uganda to reopen the border.", "decision"),
        # an infinitive is active too
        ("Ukraine vowed never to accept the annexation of its territory by Russia.", "annexation"),
    ],
)
def test_a_by_phrase_after_the_object_of_an_active_verb_is_the_object_s(
    text: str, noun: str
) -> None:
    assert _token(text, "by").head.text == noun


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # a passive's agent stays the verb's
        ("The drills were condemned by North Korea on Monday.", "condemned"),
        # an amount or a means is no doer
        ("The ministry raised fuel prices by 10 percent.", "raised"),
        ("Kenya beat Uganda by two goals in Kampala.", "beat"),
        # a measure, not a doer
        ("Russia lost 1,000 soldiers by Ukrainian estimates.", "lost"),
        # a past participle with no auxiliary may be a passive: its "by" is the agent
        ("The drills, condemned last week by Beijing, ended on Monday.", "condemned"),
    ],
)
def test_other_by_phrases_stay_on_the_verb(text: str, head: str) -> None:
    assert _token(text, "by").head.text == head


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SEOUL (AP) — North Korea condemned military drills by the United States on Monday.",
            ("ACCUSE", "asserted", "PRK", "USA"),
        ),
        (
            "BEIJING (AP) — China denounced naval exercises by Japan near the disputed islands.",
            ("ACCUSE", "asserted", "CHN", "JPN"),
        ),
    ],
)
def test_the_doer_of_the_condemned_act_is_the_target(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in events_by_country(text)


def test_a_subject_hung_on_an_auxiliary_belongs_to_the_verb() -> None:
    text = "CAIRO (AP) - Egypt and Qatar are mediating between Israel and Hamas."
    subject = _token(text, "Egypt")
    assert subject.dep_ == "nsubj" and subject.head.text == "mediating"


@pytest.mark.parametrize(
    ("text", "receiver", "verb"),
    [
        ("Germany offered Ukraine additional air defence systems on Monday.", "Ukraine",
         "offered"),
        ("The United States sold Taiwan sixty fighter jets.", "Taiwan", "sold"),
        ("Norway gave Kenya three patrol boats last year.", "Kenya", "gave"),
    ],
)  # fmt: skip
def test_a_receiver_read_as_a_modifier_of_the_thing_given_is_the_dative(
    text: str, receiver: str, verb: str
) -> None:
    token = _token(text, receiver)
    assert (token.dep_, token.head.text) == ("dative", verb)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Germany sent Patriot missiles to Ukraine.", "Patriot"),
        ("The ministry offered Kenyan farmers cheaper seed.", "Kenyan"),
    ],
)
def test_a_modifier_that_is_no_country_stays_on_the_thing_given(text: str, word: str) -> None:
    assert _token(text, word).dep_ != "dative"


def test_the_receiver_of_an_offer_is_its_target() -> None:
    found = events_by_country(
        "BERLIN — Germany offered Ukraine additional air defence systems on Monday."
    )
    assert ("AID", "intended", "DEU", "UKR") in found, found


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        ("Japan offered South Korea two patrol boats.", "Korea"),
        ("Canada gave the Philippines four coast guard cutters.", "Philippines"),
    ],
)
def test_a_receiver_of_more_than_one_word_is_the_dative(text: str, receiver: str) -> None:
    assert _token(text, receiver).dep_ == "dative"


def test_a_receiver_written_with_to_leaves_the_country_word_on_the_thing_given() -> None:
    token = _token("Washington sold US weapons to Taiwan.", "US")
    assert token.dep_ != "dative" and token.head.text == "weapons"


@pytest.mark.parametrize(
    ("text", "verb", "governor"),
    [
        # A modal or progressive in the reported clause: the finite verb after "and" is
        # the reporter's.
        ("The spokesman warned that farmers would suffer and urged both sides to stop "
         "the fighting.", "urged", "warned"),
        ("The envoy said rebels were advancing on the port and called on Chad to act.",
         "called", "said"),
        # A "to" clause: "to return and offered" cannot be one infinitive.
        ("Norway urged Colombia and the ELN to return to negotiations and offered to "
         "mediate.", "offered", "urged"),
    ],
)  # fmt: skip
def test_a_finite_verb_after_a_clause_it_cannot_share_is_the_governing_verb_s_conjunct(
    text: str, verb: str, governor: str
) -> None:
    token = _token(text, verb)
    assert token.head.text == governor and token.dep_ == "conj"


@pytest.mark.parametrize(
    ("text", "verb", "head"),
    [
        # Same tense, no auxiliary: the reading the parser chose may be right.
        ("The minister said the talks failed and called on Russia to return.", "called",
         "failed"),
        # The second verb has its own auxiliary: part of the reported clause.
        ("Kenya said it would send troops and would pay their wages.", "pay", "send"),
        # A past verb after a progressive, told in the past: the reported subject's act.
        ("The army said rebel forces were advancing on the town and captured two villages.",
         "captured", "advancing"),
    ],
)  # fmt: skip
def test_a_second_verb_that_may_share_the_clause_keeps_its_head(
    text: str, verb: str, head: str
) -> None:
    assert _token(text, verb).head.text == head


def test_the_reporter_is_the_source_of_the_second_verb() -> None:
    found = events_by_country(
        "The Kenyan foreign minister said troops were advancing on the town and called on "
        "Ethiopia to pull back."
    )
    assert ("REQUEST", "asserted", "KEN", "ETH") in found, found
    assert not any(kind == "RETREAT" for kind, *_ in found), found
