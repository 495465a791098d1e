"""Normalising place names into lookup keys: case, accents, dots, dashes and a leading "the"."""

from __future__ import annotations

import functools
import unicodedata

_PUNCT = str.maketrans({".": "", "’": "'", "‘": "'", "-": " ", "–": " ", "‐": " ", ",": " "})


def strip_accents(text: str) -> str:
    """Drop combining marks: ``"Côte"`` -> ``"Cote"``."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=65_536)
def name_key(text: str) -> str:
    """The key a name is stored and looked up under.

    Case-folded, accents stripped, dots dropped ("U.S." -> "us"), dashes read as spaces,
    whitespace folded and a leading article dropped ("the Gambia" -> "gambia"). Kept per
    name: an article looks the same few names up a few hundred times.
    """
    folded = " ".join(strip_accents(text.translate(_PUNCT)).casefold().split())
    if folded.startswith("the "):
        folded = folded[4:]
    return folded


def strip_article(text: str) -> tuple[str, int]:
    """Remove a leading "the " and return the rest with how many characters were cut."""
    if text[:4].casefold() == "the ":
        rest = text[4:].lstrip()
        return rest, len(text) - len(rest)
    return text, 0
