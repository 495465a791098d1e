"""The key a file is stored under: its absolute, normalised path.

Every runner (the local one, the process pool, Ray) names a file's documents and
rejections from the path it reads, so ``in/a.txt``, ``./in/a.txt`` and
``/home/me/in/a.txt`` must become one key, or the store keeps a rejection once per
spelling. Symbolic links are not followed: a link is its own input.
"""

from __future__ import annotations

import os
from pathlib import Path

from eventwire.ingest.urllist import URLS_PREFIX

STDIN = "-"


def input_key(item: str | Path) -> str:
    """``item`` as an absolute, normalised path; ``-``, URLs and ``urls:`` lists unchanged
    but for the list's own path."""
    name = str(item)
    if name == STDIN or "://" in name:  # standard input, or an address to download
        return name
    if name.startswith(URLS_PREFIX):
        return URLS_PREFIX + os.path.abspath(name.removeprefix(URLS_PREFIX))
    return os.path.abspath(name)
