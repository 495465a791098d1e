"""The event filters shared by queries and exports, as a SQL ``WHERE`` clause."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from eventwire.records import UNIDENTIFIED_AGENT
from eventwire.store._countries import country_code
from eventwire.store._schema import PSEUDO_COUNTRIES

#: The date precisions fine enough to place an event in a period of each unit: an event
#: dated only to a year is counted in no month (not piled into January), one dated to a
#: month in no week or day. An event without a date of its own takes its article's
#: publication date, a day.
PRECISE_ENOUGH: dict[str, tuple[str, ...]] = {
    "day": ("day",),
    "week": ("day", "week"),
    "month": ("day", "week", "month"),
    "year": ("day", "week", "month", "year"),
}


def precise_for(unit: str, alias: str) -> str:
    """A SQL condition: the event's date is precise enough to count in a period of ``unit``."""
    allowed = ", ".join(f"'{p}'" for p in PRECISE_ENOUGH[unit])
    return f"COALESCE({alias}.date_precision, 'day') IN ({allowed})"


# The columns of ``events_all`` that the text search ``q`` looks in.
SEARCHED = ("sentence_text", "title", "trigger_text", "source_name", "target_name", "place_name")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to return; every field left ``None`` matches everything.

    ``actor`` matches any participant whose name contains it (case-insensitive) or
    whose actor id equals it; ``country`` matches the source's, the target's or the
    place's country code; ``since``/``until`` bound the event date (the article's
    publication date when the event has none), both inclusive. ``dyad`` is a directed
    ``(source, target)`` pair, each side a country code or name (``"IRN"``, ``"Iran"``,
    matched on the actor's country) or an actor name (``"Hamas"``, matched as
    ``actor`` is); see :func:`parse_dyad` for the ``"A:B"`` form. ``country`` also takes
    a country's name. ``q`` is a
    case-insensitive text search over the evidence sentence, title, trigger, actors and
    place. ``stated`` keeps only events whose parties' countries the text states (no
    country inferred from the document: ``*_country_how`` is ``text`` or NULL) and whose
    source is not the ``unidentified`` agent of an agentless passive.
    """

    actor: str | None = None
    country: str | None = None
    type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    status: str | None = None
    doc_id: str | None = None
    cluster_id: str | None = None
    dyad: tuple[str, str] | None = None
    q: str | None = None
    stated: bool = False

    def where(self, alias: str = "e") -> tuple[str, list[Any]]:
        """The clause (``TRUE`` when empty) and its parameters, for rows of ``events_all``."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            clauses.append(
                f"{alias}.event_id IN (SELECT event_id FROM event_participants "
                "WHERE name ILIKE ? ESCAPE '\\' OR actor_id = ?)"
            )
            params += [f"%{escape_like(self.actor)}%", self.actor]
        if self.country:
            country = country_of(self.country)
            clauses.append(
                f"(? IN ({alias}.source_country, {alias}.target_country, {alias}.place_country))"
            )
            params.append(country)
        if self.type:
            clauses.append(f"{alias}.type = ?")
            params.append(self.type.upper())
        if self.since:
            clauses.append(f"{alias}.effective_date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append(f"{alias}.effective_date <= ?")
            params.append(self.until)
        if self.status:
            clauses.append(f"{alias}.status = ?")
            params.append(self.status.lower())
        if self.doc_id:
            clauses.append(f"{alias}.doc_id = ?")
            params.append(self.doc_id)
        if self.cluster_id:
            clauses.append(f"{alias}.cluster_id = ?")
            params.append(self.cluster_id)
        if self.dyad:
            for side, text in zip(("source", "target"), self.dyad, strict=True):
                clause, value = _side(alias, side, text)
                clauses.append(clause)
                params.append(value)
        if self.stated:
            clauses.append(
                f"COALESCE({alias}.source_country_how, 'text') = 'text' "
                f"AND COALESCE({alias}.target_country_how, 'text') = 'text' "
                f"AND {alias}.source_name IS DISTINCT FROM ?"
            )
            params.append(UNIDENTIFIED_AGENT)
        if self.q and self.q.strip():
            ors = " OR ".join(f"{alias}.{column} ILIKE ? ESCAPE '\\'" for column in SEARCHED)
            clauses.append(f"({ors})")
            params += [f"%{escape_like(self.q.strip())}%"] * len(SEARCHED)
        return (" AND ".join(clauses) or "TRUE"), params


def country_of(text: str) -> str:
    """The code ``text`` is or names (``"Germany"``, ``"deu"`` -> ``"DEU"``; ``"IGO"``);
    any other text upper-cased, as codes are stored."""
    upper = text.strip().upper()
    if upper in PSEUDO_COUNTRIES:
        return upper
    return country_code(text) or upper


def parse_dyad(text: str) -> tuple[str, str]:
    """``"USA:Iran"`` -> ``("USA", "Iran")``; raises ValueError on any other form."""
    source, sep, target = text.partition(":")
    if not sep or not source.strip() or not target.strip() or ":" in target:
        raise ValueError(f"a dyad is SOURCE:TARGET (codes or names), not {text!r}")
    return source.strip(), target.strip()


def _side(alias: str, side: str, text: str) -> tuple[str, str]:
    code = text.upper() if text.upper() in PSEUDO_COUNTRIES else country_code(text)
    if code is not None:
        return f"{alias}.{side}_country = ?", code
    return f"{alias}.{side}_name ILIKE ? ESCAPE '\\'", f"%{escape_like(text)}%"


def escape_like(text: str) -> str:
    """``text`` with the LIKE wildcards escaped (for ``ESCAPE '\\'``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
