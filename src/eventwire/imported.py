"""The imported lexicon layer: the field's dictionaries converted by
``scripts/import_field_dictionaries.py`` into ``data/lexicons/imported/``.

The layer sits under our own lexicons and a user's ``--actors`` files (they win). The
environment variable ``EVENTWIRE_IMPORTED_LEXICONS`` switches it: unset or ``1`` loads the
default parts (:data:`DEFAULT_PARTS`); ``all`` every part; ``0`` (or ``off``, ``none``)
none; a comma-separated list loads those parts only
(``agents,organisations,people,events,discards``), for comparisons.
"""

from __future__ import annotations

import os
from pathlib import Path

from eventwire.resources import data_path

IMPORTED_ENV = "EVENTWIRE_IMPORTED_LEXICONS"
PARTS: tuple[str, ...] = ("agents", "organisations", "people", "events", "discards")
# The verb layer and the discard filter are off unless asked for: measured on both halves
# of the gold split, the verbs added a false event on each, and the discards rejected a
# political story that names FIFA (and the sports stories the geo benchmark scores); see
# data/lexicons/README.md, "Imported layer".
DEFAULT_PARTS: tuple[str, ...] = ("agents", "organisations", "people")
_OFF = {"0", "off", "no", "none", "false"}
_DEFAULT = {"", "1", "on", "yes", "true", "default"}


def enabled(part: str) -> bool:
    """True when the imported ``part`` (one of :data:`PARTS`) is to be loaded."""
    value = os.environ.get(IMPORTED_ENV, "").strip().lower()
    if value in _DEFAULT:
        return part in DEFAULT_PARTS
    if value == "all":
        return True
    if value in _OFF:
        return False
    return part in {p.strip() for p in value.split(",")}


def imported_path(name: str) -> Path:
    """A generated file of the imported layer, e.g. ``imported_path("people.csv")``."""
    return data_path("lexicons", "imported", name)
