"""File names as store keys: a name that is not valid UTF-8 is kept, bytes-escaped.

On POSIX a file name is bytes; Python hands over the bytes that are not UTF-8 as lone
surrogates ("surrogateescape"), which no database, JSON or terminal accepts. Such a name
becomes text with each undecodable byte written ``\\xNN`` and each backslash doubled, so
the original bytes can always be recovered (:func:`name_bytes`). Names that are valid
UTF-8 (nearly all) are left exactly as they are.
"""

from __future__ import annotations

import os
import re

_ESCAPE = re.compile(r"\\\\|\\x([0-9a-f]{2})")


def _has_surrogates(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def lossless_name(name: str) -> str:
    """``name`` as valid text: unchanged when it is valid UTF-8, else bytes-escaped."""
    if not _has_surrogates(name):
        return name
    raw = os.fsencode(name)
    out: list[str] = []
    position = 0
    while position < len(raw):
        try:
            # The longest run from here that decodes (greedy, then back off).
            chunk = raw[position:].decode("utf-8")
            out.append(chunk.replace("\\", "\\\\"))
            break
        except UnicodeDecodeError as error:
            good = raw[position : position + error.start].decode("utf-8")
            out.append(good.replace("\\", "\\\\"))
            for byte in raw[position + error.start : position + error.end]:
                out.append(f"\\x{byte:02x}")
            position += error.end
    return "".join(out)


def name_bytes(escaped: str) -> bytes:
    """The file name bytes of a bytes-escaped name (the inverse of :func:`lossless_name`
    for names that were not valid UTF-8)."""

    def one(match: re.Match[str]) -> str:
        return "\\" if match.group(1) is None else chr(0xDC00 + int(match.group(1), 16))

    return os.fsencode(_ESCAPE.sub(one, escaped))
