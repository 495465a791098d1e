"""Turn input bytes into text: BOM, UTF-8, the HTML's own charset, then charset-normalizer."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{2,40})""", re.I)
# Control characters other than tab, newline and carriage return (and a stray BOM).
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff]")
MAX_CONTROL_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, or the rejection reason when decoding failed."""

    text: str | None
    reason: str | None = None
    detail: str = ""
    # How the bytes were read: "utf-8", "bom:<encoding>", "declared:<charset>" (the
    # page's meta charset) or "guessed:<encoding>" (charset-normalizer); None for text.
    how: str | None = None


def control_share(text: str) -> float:
    """The share of characters that are control characters (tab and newlines excepted)."""
    if not text:
        return 0.0
    return len(_CONTROL_RE.findall(text)) / len(text)


def blank_controls(text: str) -> str:
    """``text`` with each control character (and CR) replaced by a space: same length."""
    return _CONTROL_RE.sub(" ", text).replace("\r", " ")


def _check(text: str, how: str | None = None) -> Decoded:
    if "\x00" in text[:8192] or control_share(text[:65536]) > MAX_CONTROL_SHARE:
        return Decoded(None, "binary", "It holds NUL bytes or many control characters.")
    return Decoded(text, how=how)


def decode_text(content: bytes | str, *, html: bool = False) -> Decoded:
    """Decode ``content`` to a string, or say why it cannot be treated as text."""
    if isinstance(content, str):
        return _check(content)
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            try:
                return _check(content[len(bom) :].decode(encoding), f"bom:{encoding}")
            except UnicodeDecodeError:
                return Decoded(None, "undecodable", f"It starts with a {encoding} mark but is not.")
    try:
        return _check(content.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in content[:8192]:
        return Decoded(None, "binary", "It holds NUL bytes.")
    if html:
        match = _META_CHARSET_RE.search(content[:4096])
        if match is not None:
            try:
                charset = match.group(1).decode("ascii")
                return _check(content.decode(charset), f"declared:{charset.lower()}")
            except (LookupError, UnicodeDecodeError):
                pass
    best = charset_normalizer.from_bytes(content).best()
    if best is None:
        return Decoded(None, "undecodable", "No text encoding fits its bytes.")
    return _check(str(best), f"guessed:{best.encoding}")
