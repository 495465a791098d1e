"""The plain-text boilerplate filter: the reference story, clean stories, cues and tails."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from eventwire.extract import extract
from eventwire.extract.boilerplate import filter_boilerplate, split_units
from eventwire.extract.cues import join_patterns, load_cues
from eventwire.records import Article, RawDocument, Span
from eventwire.resources import data_path

SHARED = Path(__file__).parents[1].parent / "shared"
PARA = (
    "The minister told parliament on Tuesday that the government would send a delegation to "
    "the neighbouring capital next week to discuss the dispute over water rights."
)


def _gold(name: str) -> list[dict[str, object]]:
    path = SHARED / "gold" / name
    if not path.exists():
        pytest.skip("shared gold data is not available")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_reference_story_appeal_removed_exactly() -> None:
    path = SHARED / "examples" / "wire-story-visit-and-appeal.txt"
    if not path.exists():
        pytest.skip("shared reference story is not available")
    text = path.read_text(encoding="utf-8")
    record = _gold("dev.jsonl")[0]
    assert record["text"] == text
    article = extract(RawDocument(uri="ref", content=text))
    assert isinstance(article, Article)
    assert article.kept[0].start == 0 and article.kept[-1].end == record["body_end"] == 1555
    assert article.text == "\n\n".join(text[s.start : s.end] for s in article.kept)
    assert {b.reason for b in article.removed} == {"donation-appeal"}
    assert article.removed[0].text.startswith("Support Jewish Journalism")
    assert article.removed[-1].end == len(text.rstrip())
    for block in article.removed:
        assert text[block.start : block.end] == block.text


def test_clean_bbc_stories_are_kept_whole() -> None:
    for record in _gold("dev-bbc.jsonl"):
        text = str(record["text"])
        result = filter_boilerplate(text)
        assert result.removed == (), record["id"]
        # All body: one span, paragraph breaks and the final newline included.
        assert result.kept == (Span(0, len(text)),), record["id"]


def test_stock_lines_are_cut_with_reasons() -> None:
    text = "\n\n".join(
        [
            "Home\nWorld\nPolitics\nBusiness",
            PARA,
            "Advertisement",
            PARA.replace("Tuesday", "Wednesday"),
            "Photo: Jane Doe/Reuters",
            PARA.replace("Tuesday", "Thursday"),
            "Share on Facebook\nShare on Twitter",
            "© 2024 Example Media Ltd. All rights reserved.",
        ]
    )
    result = filter_boilerplate(text)
    reasons = {b.text.split("\n")[0]: b.reason for b in result.removed}
    assert reasons["Advertisement"] == "advertisement"
    assert reasons["Photo: Jane Doe/Reuters"] == "photo-credit"
    assert reasons["Share on Facebook"] == "share-bar"
    assert reasons["© 2024 Example Media Ltd. All rights reserved."] == "copyright"
    assert reasons["Home"] == "navigation"
    assert len(result.kept) == 3


def test_newsletter_tail_stops_at_reporting() -> None:
    text = "\n\n".join(
        [
            PARA,
            PARA,
            PARA,
            "Sign up for our daily briefing",
            "Get the most important stories delivered to your inbox every morning.",
            '"We will not accept this," the opposition leader said in a statement.',
        ]
    )
    result = filter_boilerplate(text, select_region=False)
    assert [b.reason for b in result.removed] == ["newsletter", "newsletter"]
    assert result.kept[-1].end == len(text)


def test_comments_tail_is_cut_to_the_end() -> None:
    comments = [
        "12 Comments",
        "reader42 says:",
        "I think the minister is wrong about this, frankly.",
    ]
    text = "\n\n".join([PARA, PARA, PARA, *comments])
    result = filter_boilerplate(text)
    assert {b.reason for b in result.removed} == {"comments"}
    assert result.kept[-1].end == 3 * len(PARA) + 4


def test_opener_early_in_text_does_not_open_a_tail() -> None:
    text = "\n\n".join(["Support independent journalism", PARA, PARA])
    result = filter_boilerplate(text, select_region=False)
    assert result.kept == (Span(32, len(text)),)
    assert [b.reason for b in result.removed] == ["donation-appeal"]


def test_navigation_list_in_page_text_is_cut() -> None:
    nav = "\n".join(["News", "Sport", "Weather", "Culture", "Travel", "Most Read", "Video"])
    related = "\n".join(
        ["Minister resigns over budget row", "Floods hit the north", "Election date set"]
    )
    text = f"{nav}\n\n{PARA}\n{PARA}\n\nRelated stories\n{related}\n\nTerms of Use | Privacy"
    result = filter_boilerplate(text)
    body = "\n\n".join(text[s.start : s.end] for s in result.kept)
    assert body == f"{PARA}\n{PARA}"
    reasons = {b.reason for b in result.removed}
    assert "related-links" in reasons and "navigation" in reasons


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Staff writers Ana Ruiz and Tom Kell contributed to this report.", "byline"),
        ("(Reporting by Ana Ruiz; editing by Tom Kell)", "byline"),
        ("Write to Ana Ruiz at ana.ruiz@example.org", "byline"),
        ("Got a story idea? Have a tip? Ana Ruiz may be reached at ana@example.org.", "byline"),
        ("Follow the Harbour Desk on Facebook, Twitter and Instagram.", "share-bar"),
        (
            "Follow our full coverage of the port strike at https://example.org/port",
            "related-links",
        ),
        ("More harbour news: https://example.org/harbour", "related-links"),
        ("See more: Ferry fares rise for the third year running", "related-links"),
        ("This copy is for your personal, non-commercial use only.", "copyright"),
        ("If you enjoyed this article, join our members: no paywalls, ever.", "subscription"),
    ],
)
def test_credit_contact_and_promotion_lines_are_cut(line: str, reason: str) -> None:
    text = f"{PARA}\n\n{PARA}\n\n{line}\n"
    result = filter_boilerplate(text, select_region=False)
    assert [(b.reason, b.text) for b in result.removed] == [(reason, line)]


def test_reporting_sentences_with_the_same_words_are_kept() -> None:
    body = (
        "The union said it would reach an agreement with the port on Friday, and reporters "
        "who followed the talks on Twitter saw the deal posted before it was announced."
    )
    result = filter_boilerplate(f"{PARA}\n\n{body}\n", select_region=False)
    assert result.removed == ()


def test_joined_cues_decide_as_the_patterns_one_by_one() -> None:
    """The joined line, phrase and opener patterns only rule lines out: the filter cuts the
    same units, with the same reasons, as when every pattern is tried on every line."""
    cues = load_cues()
    assert cues.any_line is not None and cues.any_phrase is not None
    assert cues.any_opener is not None
    one_by_one = dataclasses.replace(cues, any_line=None, any_phrase=None, any_opener=None)
    texts = [
        "\n\n".join([PARA, PARA, "Support our journalism", "Donate today.", PARA]),
        "\n".join(["Home", "World", "Politics", PARA, "Sign up for our newsletter", PARA]),
    ]
    for path in sorted(data_path("corpus").glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8", errors="replace"))
    for text in texts:
        assert split_units(text, cues) == split_units(text, one_by_one)
        assert filter_boilerplate(text, cues=cues) == filter_boilerplate(text, cues=one_by_one)


def test_patterns_that_refer_to_their_groups_are_not_joined() -> None:
    def joined(*sources: str) -> re.Pattern[str] | None:
        return join_patterns(re.compile(s, re.IGNORECASE) for s in sources)

    assert joined(r"\(?(reporting|editing) by .{1,20}", r"(a)b") is not None
    assert joined(r"(a)\1", r"b") is None  # the group's number changes in an alternation
    assert joined(r"(?P<x>a)(?P=x)") is None
    assert joined(r"(a)?(?(1)b|c)") is None
    assert joined(r"(?P<x>a)", r"(?P<x>b)") is None  # one name defined twice
    assert joined() is None
    either = joined(r"subscribe( now)?", r"sign up")
    assert either is not None and either.fullmatch("SIGN UP") and not either.fullmatch("sign")


WRAPPED = (
    "Heavy snow closed the main road between Tbilisi and the Black Sea coast on\n"
    "            Sunday.\n"
    "            Police in Kutaisi said several lorries had been stranded overnight near the\n"
    "            pass.\n"
    "            The Georgian roads agency said ploughs would work through the night and that\n"
    "            the road should reopen by Monday morning, weather permitting.\n"
    "            Drivers were told to avoid the route until then.\n"
)


def test_a_hard_wrapped_sentence_is_one_unit() -> None:
    units = split_units(WRAPPED)
    assert len(units) == 4
    assert units[0].text.endswith("Black Sea coast on Sunday.")
    assert units[2].text.endswith("reopen by Monday morning, weather permitting.")


def test_hard_wrapped_plain_text_keeps_its_lead() -> None:
    article = extract(RawDocument(uri="wrapped.txt", content=WRAPPED))
    assert isinstance(article, Article)
    assert article.text.startswith("Heavy snow closed the main road")
    assert "stranded overnight near the" in article.text


def test_stopwords_are_words_not_yaml_booleans() -> None:
    stopwords = load_cues().stopwords
    assert {"on", "off", "no"} <= stopwords
    assert not {"true", "false"} & stopwords
