"""Hostile HTML: pages nested too deeply for a tree parser, or with a huge number of
tags, are read as a flat stream of tags: coded, or rejected for what they hold."""

from __future__ import annotations

import pytest

from eventwire.extract import MAX_TAGS, extract
from eventwire.extract.visible_text import flat_text
from eventwire.records import Article, RawDocument, Rejection

STORY = "The foreign minister met the ambassador in Rome on Tuesday to discuss the treaty. " * 4


def page(body: str) -> RawDocument:
    html = f"<html><head><title>Talks</title></head><body>{body}</body></html>"
    return RawDocument(uri="page.html", content=html.encode(), content_type="text/html")


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_an_article_inside_deeply_nested_divs_is_coded(depth: int) -> None:
    result = extract(page("<div>" * depth + f"<p>{STORY}</p>" + "</div>" * depth))
    assert isinstance(result, Article), getattr(result, "detail", "")
    assert "foreign minister met the ambassador" in result.text


def test_deep_nesting_around_nothing_is_empty() -> None:
    result = extract(page("<div>" * 100_000 + "</div>" * 100_000))
    assert isinstance(result, Rejection) and result.reason == "empty"


def test_a_page_of_very_many_tags_is_read_flat() -> None:
    many = "<span>a</span> " * (MAX_TAGS // 2 + 1)
    result = extract(page(f"<p>{STORY}</p><div>{many}</div>"))
    assert isinstance(result, Article)
    assert "foreign minister met the ambassador" in result.text


def test_flat_text_keeps_visible_text_and_blocks_only() -> None:
    html = (
        "<html><head><style>p {color: red}</style><script>var x = '<p>no</p>';</script></head>"
        "<body><h1>Title</h1><p>First <b>bold</b> part.</p><div>Second &amp; last</div>"
        "<noscript>hidden</noscript></body></html>"
    )
    assert flat_text(html) == "Title\nFirst bold part.\nSecond & last"
