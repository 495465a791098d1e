"""Direct quotes and their speakers."""

from __future__ import annotations

from eventwire.actors import recognise
from eventwire.nlp import parse
from eventwire.quotes import find_quotes, quoted_spans


def test_quotes_pair_within_paragraphs() -> None:
    text = 'He said: "First part of it\n\n"Second part," he added.'
    spans = quoted_spans(text)
    assert [text[a:b] for a, b in spans] == ['"First part of it', '"Second part,"']


def test_straight_and_curly_marks_close_each_other() -> None:
    # Wire copy mixes the marks: a quote opened with one kind is closed by the other.
    text = (
        '"If the ceasefire holds, the crossings will reopen,” the envoy said. '
        '“We are not there yet," she added. "Talks resume on Monday."'
    )
    spans = quoted_spans(text)
    assert [text[a:b] for a, b in spans] == [
        '"If the ceasefire holds, the crossings will reopen,”',
        '“We are not there yet,"',
        '"Talks resume on Monday."',
    ]


def test_a_straight_quote_inside_a_curly_one_does_not_close_it() -> None:
    text = (
        '\u201cThe so-called "peace plan" is nothing but a surrender,\u201d the minister said. '
        '\u201cWe will not sign," she added. \u201cNot now.\u201d'
    )
    assert [text[a:b] for a, b in quoted_spans(text)] == [
        '\u201cThe so-called "peace plan" is nothing but a surrender,\u201d',
        '\u201cWe will not sign,"',
        "\u201cNot now.\u201d",
    ]


def test_guillemets_close_only_with_their_own_mark() -> None:
    text = '«The border stays shut," he wrote.»'
    assert [text[a:b] for a, b in quoted_spans(text)] == [text]


def test_a_pronoun_speaker_continues_the_last_subject_not_a_later_possessor() -> None:
    text = (
        "Finance Minister Amara Diallo spoke to reporters in Dakar on Monday. "
        "She said Ousmane Faye's budget would cut the deficit. "
        '"We have reined in spending," she said.'
    )
    doc = parse(text)
    result = find_quotes(doc, recognise(doc))
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == ["Amara Diallo"]


def test_a_pronoun_speaker_may_be_the_owner_of_the_last_speaker() -> None:
    text = (
        "President Ana Ruiz said on Monday that the talks would go on. "
        "Prime Minister Tomas Lindqvist's office said on Tuesday that a team would travel. "
        '"We want the sailors home before the winter," he said.'
    )
    doc = parse(text)
    result = find_quotes(doc, recognise(doc))
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == ["Tomas Lindqvist"]


def test_a_person_in_apposition_to_the_subject_is_the_speaker() -> None:
    text = (
        "The foreign minister's chief of staff, Lina Haddad, told reporters: "
        '"We will not be drawn into this war under any circumstances."'
    )
    doc = parse(text)
    result = find_quotes(doc, recognise(doc))
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == ["Lina Haddad"]


def test_a_new_sentence_after_a_closed_quote_is_not_its_narration() -> None:
    # The second quote ends its own sentence; the capitalised sentence after it tells of
    # something else (Norway's announcement), and the quote is the senator's next one.
    text = (
        '"Some say our presence here fuels the insurgency," Senator Ruth Okafor said. '
        '"The critics have a point, given the errors of the first year." '
        "Okafor pointed out that Norway and Chile have announced their withdrawal."
    )
    doc = parse(text)
    result = find_quotes(doc, recognise(doc))
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == ["Ruth Okafor"] * 2


def test_speaker_from_speech_verb_and_pronoun() -> None:
    text = (
        'Foreign Secretary David Lammy said, "We will not accept this outcome at all."\n\n'
        '"Our position is clear and it will not change," he added.'
    )
    doc = parse(text)
    result = find_quotes(doc, recognise(doc))
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == ["David Lammy"] * 2
    assert result.quotes[0].text.startswith("We will not accept")


def test_fragments_and_unattributed_quotes_are_left_out() -> None:
    text = 'The minister called the plan a "product of the Cold War" on Friday.'
    doc = parse(text)
    assert find_quotes(doc, recognise(doc)).quotes == ()


def _speakers(text: str) -> list[tuple[str | None, str]]:
    doc = parse(text)
    return [
        (q.speaker.name if q.speaker else None, q.text[:20])
        for q in find_quotes(doc, recognise(doc)).quotes
    ]


def test_participle_takes_the_speaker_of_its_clause() -> None:
    text = (
        "Kenyan President William Ruto sent his warm congratulations, saying: "
        '"We look forward to working with the new government in Accra."'
    )
    assert _speakers(text) == [("William Ruto", "We look forward to w")]


def test_whole_sentence_quote_after_attributed_speech_keeps_its_speaker() -> None:
    text = (
        '"This agreement settles the dispute," Irish Foreign Minister Simon Harris said. '
        '"I hope the next round of talks will lead to a wider accord."'
    )
    speakers = _speakers(text)
    assert [name for name, _ in speakers] == ["Simon Harris", "Simon Harris"]
    assert speakers[1][1].startswith("I hope the next")


def test_quote_after_narration_without_speech_verb_is_left_out() -> None:
    text = (
        "The Irish foreign minister arrived in Oslo on Monday. "
        '"This is a very long sentence quoted from a report without a speaker."'
    )
    assert _speakers(text) == []


def test_the_reporting_verb_of_the_sentence_before_names_the_speaker() -> None:
    """A whole-sentence quote after "X did something, Y said." is Y's, not X's, even when
    X is an actor and the verb X did is a speech verb too."""
    for text, speaker in (
        (
            "Maria Lopez was on the bus. Gunmen in Lagos ordered passengers to kneel, Maria "
            'Lopez said. "Then they took our phones and our money."',
            "Maria Lopez",
        ),
        (
            "Police in Tbilisi told protesters to leave the square, Anna Beridze said. "
            '"Nobody moved until the water cannon came."',
            "Anna Beridze",
        ),
        (
            "Soldiers in Mandalay asked the villagers for food, Thant Zin told reporters. "
            '"We gave them rice because we were afraid."',
            "Thant Zin",
        ),
    ):
        found = _speakers(text)
        assert found and found[-1][0] == speaker, (text, found)
