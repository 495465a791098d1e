"""eventwire: political event data from raw news.

Who did what to whom, where, when, and the sentence that says so.
"""

from __future__ import annotations

from eventwire.records import (
    Actor,
    Article,
    CodedArticle,
    Event,
    Place,
    Quote,
    RawDocument,
    Rejection,
    Span,
    When,
)

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "CodedArticle",
    "Event",
    "Place",
    "Quote",
    "RawDocument",
    "Rejection",
    "Span",
    "When",
    "__version__",
    "code_text",
    "open",
]


def __getattr__(name: str) -> object:
    # Heavy stages (spaCy, DuckDB) load only when first used.
    if name == "code_text":
        from eventwire.pipeline import code_text

        return code_text
    if name == "open":
        from eventwire.store.reader import open as open_database

        return open_database
    raise AttributeError(name)
