"""Fatalities and counts over real spaCy parses: our own sentences, one rule at a time.

The unit tests hand ``with_tallies`` one event on a named trigger word (the coder's other
rules decide which events exist; these tests are about the numbers only); the last ones
go through the whole coder.
"""

from __future__ import annotations

import pytest

from eventwire.events.casualties import default_casualty_words, with_tallies
from eventwire.nlp import parse
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle, Event, Span, Tally


def _tallied(text: str, trigger: str, type_: str = "ASSAULT") -> Event:
    doc = parse(text)
    token = next(t for t in doc if t.text == trigger)
    event = Event(
        type=type_,
        trigger=Span(token.idx, token.idx + len(token)),
        sentence=Span(token.sent.start_char, token.sent.end_char),
    )
    ((_, out),) = with_tallies([(token, event)])
    return out


def _value(tally: Tally | None) -> tuple[int | None, bool, int | None] | None:
    return None if tally is None else (tally.value, tally.at_least, tally.high)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The militia killed 41 farmers near the river.", "killed", 41),
        ("Seventeen pilgrims were killed when the bus was ambushed.", "killed", 17),
        ("The raid, which killed nine, drew protests.", "raid", 9),
        ("Bandits raided the market, killing 1,250 traders.", "raided", 1250),
        ("Insurgents stormed the base and killed sixty-three guards.", "stormed", 63),
        ("Two hundred and six villagers died in the shelling.", "shelling", 206),
        ("The bombardment left 3 million people dead, the agency said.", "bombardment", 3000000),
        ("Gunmen shot dead four shopkeepers in the square.", "shot", 4),
        ("The death toll from the ambush climbed to 58.", "ambush", 58),
        ("The clashes left at least 9 dead and dozens wounded.", "clashes", 9),
        ("Troops fired on the rally, and the killing of 14 marchers followed.", "fired", 14),
        (
            "At least six people were killed and 30 hurt when a mine exploded on the road.",
            "mine",
            6,
        ),
        ("The mob lynched a dozen travellers.", "lynched", 12),
    ],
)
def test_numbers_in_digits_and_words(text: str, trigger: str, expected: int) -> None:
    event = _tallied(text, trigger)
    assert event.fatalities is not None
    assert event.fatalities.value == expected
    assert event.count is None


@pytest.mark.parametrize(
    ("text", "trigger", "words"),
    [
        ("Snipers killed at least 19 marchers in the capital.", "killed", "at least 19"),
        ("More than 80 sailors died when the frigate was torpedoed.", "torpedoed", "More than 80"),
        (
            "The blast, which killed over 200 shoppers, was blamed on the cartel.",
            "blast",
            "over 200",
        ),
    ],
)
def test_at_least_marks_a_minimum_and_keeps_its_words(text: str, trigger: str, words: str) -> None:
    event = _tallied(text, trigger)
    assert event.fatalities is not None and event.fatalities.at_least
    assert event.fatalities.text == words
    start = text.index(words)
    assert event.fatalities.span == Span(start, start + len(words))


@pytest.mark.parametrize(
    ("text", "trigger", "low", "high"),
    [
        ("Between 30 and 45 herders were killed in the clashes.", "killed", 30, 45),
        ("The airstrike killed 6-8 fishermen off the coast.", "airstrike", 6, 8),
        ("Militiamen burned the village, killing five to seven elders.", "burned", 5, 7),
    ],
)
def test_ranges_keep_both_ends(text: str, trigger: str, low: int, high: int) -> None:
    assert _value(_tallied(text, trigger).fatalities) == (low, False, high)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Warplanes hit the depot overnight, but no one was killed.", "hit"),
        ("Nobody died in the grenade attack on the checkpoint.", "attack"),
        ("The car bomb did not kill anyone, the governor said.", "bomb"),
        ("There were no deaths in the riot at the stadium, police said.", "riot"),
    ],
)
def test_no_one_killed_is_zero(text: str, trigger: str) -> None:
    event = _tallied(text, trigger)
    assert event.fatalities is not None
    assert event.fatalities.value == 0
    assert event.fatalities.text


@pytest.mark.parametrize(
    ("text", "trigger", "words"),
    [
        ("Dozens of miners died after the soldiers opened fire.", "fire", "Dozens"),
        ("Police charged the march, killing scores of students.", "charged", "scores"),
        ("The siege left several aid workers dead.", "siege", "several"),
    ],
)
def test_dozens_is_text_without_a_value(text: str, trigger: str, words: str) -> None:
    event = _tallied(text, trigger)
    assert event.fatalities is not None
    assert event.fatalities.value is None
    assert event.fatalities.text == words


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "words"),
    [
        ("The rebels killed five soldiers and three policemen.", "killed", 8,
         "five soldiers and three policemen"),
        ("Two guards and a driver were killed when the convoy was ambushed.", "ambushed", 3,
         "Two guards and a driver"),
        ("Police detained 12 students, 4 teachers and 2 reporters.", "detained", 18,
         "12 students, 4 teachers and 2 reporters"),
    ],
)  # fmt: skip
def test_coordinated_groups_add_up(text: str, trigger: str, expected: int, words: str) -> None:
    event = _tallied(text, trigger, "COERCE" if trigger == "detained" else "ASSAULT")
    tally = event.count if trigger == "detained" else event.fatalities
    assert tally is not None and (tally.value, tally.text) == (expected, words)
    assert tally.span.of(text) == words


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "expected", "at_least"),
    [
        ("Riot police arrested at least 600 strikers.", "arrested", "COERCE", 600, True),
        ("Eleven reporters were detained at the airport.", "detained", "COERCE", 11, False),
        ("Pirates kidnapped twenty-two sailors.", "kidnapped", "ASSAULT", 22, False),
        ("The abduction of 43 students shocked the country.", "abduction", "ASSAULT", 43, False),
        ("Nearly 1.5 million were displaced by war.", "displaced", "COERCE", 1500000, False),
        ("More than 90 hostages seized in May were freed.", "freed", "RETREAT", 90, True),
    ],
)  # fmt: skip
def test_counts_of_people_acted_on(
    text: str, trigger: str, type_: str, expected: int, at_least: bool
) -> None:
    event = _tallied(text, trigger, type_)
    assert _value(event.count) == (expected, at_least, None)
    assert event.fatalities is None


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # a death in its own clause is not the statement's toll
        ("The envoy condemned the army as ten marchers were killed.", "condemned", "ACCUSE"),
        # a threat to kill kills no one
        ("The kidnappers threatened to kill 50 hostages.", "threatened", "THREATEN"),
        # a year, a share and an age are not numbers of people
        ("The army shelled the town in 2014, killing 40 percent of herds.", "shelled", "ASSAULT"),
        ("A 24-year-old courier was detained on Monday.", "detained", "COERCE"),
        ("Police arrested the 2019 strike organisers at dawn.", "arrested", "COERCE"),
        # deaths told before the act, or as coming before it, are not its toll
        ("Four guards were killed and the rebels later bombed the depot.", "bombed", "ASSAULT"),
        ("Anger grew after six herders died, and the militia burned a farm.", "burned", "ASSAULT"),
        ("Since 40 miners were killed in May, police have raided the union.", "raided", "ASSAULT"),
    ],
)  # fmt: skip
def test_no_number_where_the_text_gives_none_for_the_event(
    text: str, trigger: str, type_: str
) -> None:
    event = _tallied(text, trigger, type_)
    assert event.fatalities is None
    assert event.count is None


def test_a_killing_that_is_its_own_event_is_not_counted_twice() -> None:
    doc = parse("Rebels kidnapped 30 pupils and killed two teachers.")
    kidnap, kill = doc[1], doc[5]
    events = [
        (t, Event(type="ASSAULT", trigger=Span(t.idx, t.idx + len(t)), sentence=Span(0, 10)))
        for t in (kidnap, kill)
    ]
    (_, first), (_, second) = with_tallies(events)
    assert first.fatalities is None and _value(first.count) == (30, False, None)
    assert _value(second.fatalities) == (2, False, None)


def test_a_sentence_toll_goes_to_the_assault_of_that_sentence_only() -> None:
    text = "Jets bombed the port. Thirty dockers died in the strike, the mayor said."
    doc = parse(text)
    bombed, strike = doc[1], next(t for t in doc if t.text == "strike")
    events = [
        (t, Event(type="ASSAULT", trigger=Span(t.idx, t.idx + len(t)), sentence=Span(0, 1)))
        for t in (bombed, strike)
    ]
    (_, first), (_, second) = with_tallies(events)
    assert first.fatalities is None
    assert _value(second.fatalities) == (30, False, None)


def test_the_word_lists_read_from_data() -> None:
    words = default_casualty_words()
    assert words.units["twelve"] == 12 and words.scales["million"] == 1_000_000
    assert "dozens" in words.vague and "kill" in words.fatal_verbs and "arrest" in words.count_verbs


def _code(text: str) -> CodedArticle:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    return coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indian troops killed four Pakistani soldiers in Kashmir.", (4, False, None)),
        ("Russian forces shelled Kharkiv overnight, and no one was killed.", (0, False, None)),
        ("Israeli jets bombed Gaza, killing at least 12 Palestinians.", (12, True, None)),
    ],
)
def test_the_coder_carries_fatalities_with_their_span(
    text: str, expected: tuple[int, bool, None]
) -> None:
    coded = _code(text)
    tallied = [e for e in coded.events if e.fatalities is not None]
    assert tallied
    fatalities = tallied[0].fatalities
    assert fatalities is not None and _value(fatalities) == expected
    assert fatalities.span.of(coded.article.text) == fatalities.text
