"""The events a text codes, reduced to (type, source, target) for tests of coding rules."""

from __future__ import annotations

from eventwire.pipeline import code_text
from eventwire.records import Actor, CodedArticle


def dyads(
    text: str, *, by: str = "name", published: str = "2025-03-05"
) -> set[tuple[str, str | None, str | None]]:
    """(type, source, target) of each event with both parties, the parties given by
    ``by``: their ``name`` or their ``country``."""
    coded = code_text(text, published=published)
    assert isinstance(coded, CodedArticle)

    def of(actor: Actor) -> str | None:
        return actor.name if by == "name" else actor.country

    return {
        (e.type, of(e.source), of(e.target))
        for e in coded.events
        if e.source is not None and e.target is not None
    }


def events_by_country(
    text: str, *, published: str = "2025-03-05"
) -> list[tuple[str, str, str | None, str | None]]:
    """(type, status, source country, target country) of each event, in order."""
    coded = code_text(text, published=published)
    assert isinstance(coded, CodedArticle)
    return [
        (
            e.type,
            e.status,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in coded.events
    ]
