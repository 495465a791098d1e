"""Joining trafilatura's two modes, body parts split over containers, and headline lines."""

from __future__ import annotations

from eventwire.extract import extract
from eventwire.extract.boilerplate import filter_boilerplate
from eventwire.extract.html_join import join_modes
from eventwire.extract.split_body import add_split_parts
from eventwire.records import Article, RawDocument

P1 = (
    "The harbour authority said on Monday that the northern pier would stay closed for repairs "
    "until the end of the month after a storm damaged its supports."
)
P2 = (
    "Fishing crews have moved their boats to the southern basin, where the authority has set "
    "up temporary moorings and a fuel barge for the duration of the works."
)
P3 = (
    "Engineers expect to finish the first inspection by Friday and will then decide whether "
    "the damaged section can be repaired or must be rebuilt from the seabed."
)
P4 = (
    "A spokeswoman for the port workers' union said its members would be paid in full while "
    "the pier is closed, and that no jobs were at risk from the closure."
)


def test_precision_span_is_filled_from_recall_and_teasers_trimmed() -> None:
    precise = "\n".join([P1, P3])
    wide = "\n".join(["Port news", P1, P2, P3, "- Ferry fares rise again", "- Ten best beaches"])
    assert join_modes(precise, wide).split("\n") == [P1, P2, P3]


def test_recall_text_is_used_when_precision_kept_a_sliver() -> None:
    notice = "This copy is for your personal use only; order reprints from our syndication desk."
    wide = "\n".join(["Headline", notice, P1, P2, P3, P4])
    assert join_modes(notice, wide) == wide


def test_precision_text_is_used_when_the_modes_share_no_line() -> None:
    precise = "\n".join([P1, P2])
    wide = f"{P1} {P2} Top stories elsewhere"
    assert join_modes(precise, wide) == precise
    assert join_modes(precise, "") == precise


def _page(middle: str) -> str:
    return (
        "<html><head><title>Pier closed</title></head><body>"
        f'<div class="story-body"><p>{P1}</p><p>{P2}</p></div>'
        f"{middle}"
        f'<div class="story-body"><p>{P3}</p><p>{P4}</p></div>'
        "</body></html>"
    )


def test_later_parts_of_a_split_body_are_added_after_the_first() -> None:
    html = _page('<div class="ad"><span>Advertisement</span></div>')
    text = "\n".join([P1, P2, "Filed under: ports"])
    assert add_split_parts(html, text).split("\n") == [P1, P2, P3, P4, "Filed under: ports"]


def test_parts_separated_by_much_other_text_are_not_joined() -> None:
    other = " ".join(["Another story's teaser text runs on here."] * 8)
    html = _page(f'<div class="rail"><p>{other}</p></div>')
    text = "\n".join([P1, P2])
    assert add_split_parts(html, text) == text


def test_same_class_blocks_that_are_not_prose_are_not_joined() -> None:
    html = (
        "<html><body>"
        f'<div class="widget"><p>{P1}</p><p>{P2}</p></div>'
        '<div class="widget"><p>Share</p><p>Tweet</p><p>Email</p></div>'
        f'<div class="widget"><p>{P3}</p></div>'
        "</body></html>"
    )
    text = "\n".join([P1, P2])
    assert add_split_parts(html, text) == text
    assert add_split_parts("", text) == text


def test_headline_repeated_above_the_story_is_removed() -> None:
    text = f"Pier closed after storm\n\n{P1}\n\n{P2}\n\nPier closed after storm"
    result = filter_boilerplate(
        text, select_region=False, title="Pier closed after storm | Port News"
    )
    assert [(b.reason, b.text) for b in result.removed] == [("headline", "Pier closed after storm")]
    # The same words after the story has begun are not a headline.
    assert text[result.kept[-1].start : result.kept[-1].end].endswith("Pier closed after storm")
    assert filter_boilerplate(text, select_region=False).removed == ()


def test_html_page_with_split_body_and_headline() -> None:
    html = (
        "<html><head><title>Pier closed after storm</title></head><body><article>"
        "<h1>Pier closed after storm</h1>"
        f'<div class="story-body"><p>{P1}</p><p>{P2}</p></div>'
        '<div class="ad"><span>Advertisement</span></div>'
        f'<div class="story-body"><p>{P3}</p><p>{P4}</p></div>'
        "</article></body></html>"
    )
    article = extract(RawDocument(uri="h", content=html, content_type="text/html"))
    assert isinstance(article, Article)
    for paragraph in (P1, P2, P3, P4):
        assert paragraph in article.text
    assert "Pier closed after storm" not in article.text
    assert article.title == "Pier closed after storm"


def test_long_headline_that_reads_like_a_sentence_is_removed_too() -> None:
    title = "The northern pier will stay shut for a month. Here is what fishing crews must do now."
    result = filter_boilerplate(f"{title}\n\n{P1}\n\n{P2}\n", select_region=False, title=title)
    assert [(b.reason, b.text) for b in result.removed] == [("headline", title)]
