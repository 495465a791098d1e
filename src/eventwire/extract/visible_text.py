"""Render an HTML page to all of its visible text, one block element per line."""

from __future__ import annotations

import importlib
from html.parser import HTMLParser
from typing import Any

INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl",
        "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
        "td", "th", "tr", "ul", "title", "option", "button", "label",
    }
)  # fmt: skip


def _lxml_html() -> Any:
    # lxml ships no type information; importing it this way keeps mypy strict and quiet.
    return importlib.import_module("lxml.html")


def _hidden(element: Any) -> bool:
    attrib = element.attrib
    if "hidden" in attrib or attrib.get("aria-hidden") == "true":
        return True
    style = (attrib.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _walk(element: Any, out: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    tag = tag.lower().rsplit("}", 1)[-1]
    if tag in INVISIBLE or not isinstance(element.tag, str):
        if element.tail:
            out.append(element.tail)
        return
    if _hidden(element):
        if element.tail:
            out.append(element.tail)
        return
    block = tag in BLOCKS
    if block:
        out.append("\n")
    if element.text:
        out.append(element.text)
    for child in element:
        _walk(child, out)
    if block:
        out.append("\n")
    if element.tail:
        out.append(element.tail)


def visible_text(html: str) -> str:
    """All visible text of ``html``: blocks on their own lines, blank lines squeezed.

    A page nested too deeply for the tree parser (it stops at 256 levels) is read again
    by :func:`flat_text`, which keeps no tree."""
    if not html.strip():
        return ""
    module = _lxml_html()
    parser = module.HTMLParser()
    try:
        root = module.document_fromstring(html, parser=parser)
    except (module.etree.ParserError, ValueError):
        return flat_text(html) if _too_deep(parser) else ""
    body = root.find("body")
    out: list[str] = []
    _walk(body if body is not None else root, out)
    text = _squeezed("".join(out))
    return text if text or not _too_deep(parser) else flat_text(html)


def _too_deep(parser: Any) -> bool:
    """Whether libxml2 stopped building the tree at its depth limit."""
    return any("depth" in str(error.message).lower() for error in parser.error_log)


def _squeezed(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def tag_count(html: str) -> int:
    """About how many tags ``html`` holds (its ``<`` characters)."""
    return html.count("<")


def flat_text(html: str) -> str:
    """The visible text of ``html`` read as a flat stream of tags, with no tree: time and
    memory grow linearly with the page, however deep or many its tags. Text inside
    invisible elements (scripts, styles, ...) is left out; block tags end lines."""
    parser = _FlatText()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup
        pass
    return _squeezed("".join(parser.out))


class _FlatText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.hidden = 0  # depth inside invisible elements

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in INVISIBLE:
            self.hidden += 1
        elif tag in BLOCKS:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.out.append(data)
