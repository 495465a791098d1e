"""Render an HTML page to all of its visible text, one block element per line."""

from __future__ import annotations

import importlib
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
    """All visible text of ``html``: blocks on their own lines, blank lines squeezed."""
    if not html.strip():
        return ""
    module = _lxml_html()
    try:
        root = module.document_fromstring(html)
    except (module.etree.ParserError, ValueError):
        return ""
    body = root.find("body")
    out: list[str] = []
    _walk(body if body is not None else root, out)
    lines = [" ".join(line.split()) for line in "".join(out).split("\n")]
    text = "\n".join(line for line in lines if line)
    return text
