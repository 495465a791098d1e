"""Fuzzing extract(): random bytes and text never raise; the result is Article or Rejection."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract import extract
from eventwire.extract.boilerplate import filter_boilerplate
from eventwire.extract.decode import blank_controls
from eventwire.records import Article, RawDocument, Rejection

FAST = settings(max_examples=60, deadline=None)


@FAST
@given(st.binary(max_size=3000), st.sampled_from(["text/plain", "text/html"]))
def test_random_bytes(content: bytes, kind: str) -> None:
    raw = RawDocument(
        uri="fuzz",
        content=content,
        content_type="text/html" if kind == "text/html" else "text/plain",
    )
    assert isinstance(extract(raw, languages=("*",)), Article | Rejection)


@FAST
@given(st.text(max_size=3000))
def test_random_text(content: str) -> None:
    result = extract(RawDocument(uri="fuzz", content=content))
    assert isinstance(result, Article | Rejection)
    if isinstance(result, Article):
        clean = blank_controls(content)
        assert result.text == "\n\n".join(clean[s.start : s.end] for s in result.kept)


@FAST
@given(st.lists(st.sampled_from(["Share this article", "Subscribe", "Support our journalism",
                                 "The minister said on Monday that talks would continue next week.",
                                 "", "Related stories", "12 Comments", "\x00", "NAIROBI (AP) - x"]),
                max_size=40))  # fmt: skip
def test_filter_spans_are_consistent(lines: list[str]) -> None:
    text = "\n".join(lines)
    result = filter_boilerplate(text)
    spans = sorted(
        [(s.start, s.end) for s in result.kept] + [(b.start, b.end) for b in result.removed]
    )
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start
    for block in result.removed:
        assert text[block.start : block.end] == block.text and block.reason
