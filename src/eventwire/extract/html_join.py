"""Join trafilatura's precision-mode and recall-mode extractions of one page.

Precision mode drops most teaser lists, captions and headline blocks around a story, but
now and then also a paragraph inside it; recall mode keeps those paragraphs and the clutter
too. The joined text is the recall extraction's run of lines from the first to the last line
that precision mode also kept: the story as precision mode delimits it, with the paragraphs
recall mode found between. When precision mode kept only a sliver of the prose that recall
mode found (it sometimes settles on a reprint notice), the recall extraction is used whole;
when the two share no line at all (they cut the page into blocks differently), the precision
extraction is used.
"""

from __future__ import annotations

from eventwire.extract.prose import prose_chars

MIN_PROSE_SHARE = 0.3


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def join_modes(precise: str, wide: str) -> str:
    """The story delimited by the ``precise`` extraction, filled in from the ``wide`` one.

    Both are trafilatura texts of the same page, one block per line. The result holds one
    block per line, whitespace collapsed.
    """
    core = _lines(precise)
    broad = _lines(wide)
    if not broad:
        return "\n".join(core)
    if not core or prose_chars(core) < MIN_PROSE_SHARE * prose_chars(broad):
        return "\n".join(broad)
    kept = set(core)
    shared = [i for i, line in enumerate(broad) if line in kept]
    if not shared:  # the two modes cut the page into different blocks
        return "\n".join(core)
    return "\n".join(broad[shared[0] : shared[-1] + 1])
