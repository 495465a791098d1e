"""Story bodies that a page splits over several containers of the same kind.

Some sites cut the body into sibling blocks (``<div class="article__body">`` … an ad …
``<div class="article__body">``) and trafilatura keeps only the first. The container that
holds most of the extracted paragraphs is found, and later elements with the same tag and
class are taken as its continuation while only a little other text (ads, labels) sits
between them and each is mostly prose paragraphs; their paragraphs are inserted after the
container's last extracted line.
"""

from __future__ import annotations

import importlib
from collections import Counter
from typing import Any

from eventwire.extract.prose import is_prose

MAX_GAP_CHARS = 200
MIN_PART_PROSE_SHARE = 0.6
_SKIP = frozenset({"script", "style", "noscript", "template"})


def _norm(text: str) -> str:
    return " ".join(text.split())


def _parse(html: str) -> Any:
    module = importlib.import_module("lxml.html")
    try:
        return module.document_fromstring(html)
    except (module.etree.ParserError, ValueError):
        return None


def _elements(root: Any) -> list[Any]:
    return [e for e in root.iter() if isinstance(e.tag, str)]


def _last_descendant(element: Any, position: dict[Any, int]) -> int:
    last = position[element]
    for child in element.iter():
        if isinstance(child.tag, str):
            last = max(last, position[child])
    return last


def _paragraphs(element: Any) -> list[str]:
    return [t for t in (_norm(p.text_content()) for p in element.iter("p")) if t]


def _continuation(root: Any, lines: list[str]) -> tuple[Any, list[str]] | None:
    """The main container and the new paragraphs of its continuations, if any."""
    have = set(lines)
    parents: Counter[Any] = Counter()
    for p in root.iter("p"):
        parent = p.getparent()
        if parent is not None and _norm(p.text_content()) in have:
            parents[parent] += 1
    if not parents:
        return None
    main, count = parents.most_common(1)[0]
    css = main.get("class")
    if count < 2 or not css:
        return None
    order = _elements(root)
    position = {e: i for i, e in enumerate(order)}
    own_text = [
        0 if e.tag in _SKIP else len((e.text or "").strip()) + len((e.tail or "").strip())
        for e in order
    ]
    end = _last_descendant(main, position)
    added: list[str] = []
    for element in order[end + 1 :]:
        if element.tag != main.tag or element.get("class") != css:
            continue
        start = position[element]
        if start <= end:
            continue
        if sum(own_text[end + 1 : start]) > MAX_GAP_CHARS:
            break
        paragraphs = _paragraphs(element)
        prose = sum(len(t) for t in paragraphs if is_prose(t))
        if not prose or prose < MIN_PART_PROSE_SHARE * len(_norm(element.text_content())):
            break
        added.extend(t for t in paragraphs if t not in have)
        end = _last_descendant(element, position)
    return (main, added) if added else None


def add_split_parts(html: str, text: str) -> str:
    """``text`` (one block per line) with the paragraphs of the body's later parts added."""
    lines = [_norm(line) for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return text
    root = _parse(html)
    if root is None:
        return text
    found = _continuation(root, lines)
    if found is None:
        return text
    main, added = found
    in_main = set(_paragraphs(main))
    last = max(i for i, line in enumerate(lines) if line in in_main)
    return "\n".join([*lines[: last + 1], *added, *lines[last + 1 :]])
