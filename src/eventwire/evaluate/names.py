"""Text folding for the scorers: names, place names and quote openings.

All comparisons are case- and accent-insensitive and ignore punctuation between
words, so "Dominique de Villepin" and "DOMINIQUE DE VILLEPIN" and "Dominique de
Villépin" are the same name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"[^\W_]+")
_QUOTE_MARKS = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
     "«": '"', "»": '"', "‹": "'", "›": "'", "`": "'", "′": "'", "″": '"'}
)  # fmt: skip
_OPENING_JUNK = "\"' \t\r\n-–—…."


def fold_quotes(text: str) -> str:
    """``text`` with curly and angled quote marks made straight; same length, same offsets."""
    return text.translate(_QUOTE_MARKS)


def fold(text: str) -> str:
    """Casefolded text without accents, with curly quotes made straight."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTE_MARKS))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.casefold()


def tokens(text: str) -> tuple[str, ...]:
    """The folded words of ``text`` (letters and digits; punctuation splits words)."""
    return tuple(_WORD.findall(fold(text)))


def contains_name(candidates: Iterable[str], gold: str) -> bool:
    """True when any candidate holds the gold name's words as a contiguous run."""
    needle = tokens(gold)
    if not needle:
        return False
    size = len(needle)
    for candidate in candidates:
        hay = tokens(candidate)
        if any(hay[i : i + size] == needle for i in range(len(hay) - size + 1)):
            return True
    return False


def place_key(text: str) -> tuple[str, ...]:
    """Folded words of a place name without a leading article ("the Gambia" = "Gambia")."""
    words = tokens(text)
    return words[1:] if len(words) > 1 and words[0] == "the" else words


def same_place_name(candidates: Iterable[str], gold: str) -> bool:
    """True when any candidate is the gold place name, up to case, accents and "the"."""
    key = place_key(gold)
    return bool(key) and any(place_key(c) == key for c in candidates)


def quote_opening(text: str) -> str:
    """Folded quote text with whitespace collapsed and opening quote marks stripped."""
    return " ".join(fold(text).split()).lstrip(_OPENING_JUNK)


def quote_starts_with(predicted: str, starts: str) -> bool:
    """True when the predicted quote text begins with the gold ``starts`` words."""
    want = quote_opening(starts).rstrip(_OPENING_JUNK)
    return bool(want) and quote_opening(predicted).startswith(want)
