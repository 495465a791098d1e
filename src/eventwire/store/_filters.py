"""The event filters shared by queries and exports, as a SQL ``WHERE`` clause."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to return; every field left ``None`` matches everything.

    ``actor`` matches any participant whose name contains it (case-insensitive) or
    whose actor id equals it; ``country`` matches the source's, the target's or the
    place's country code; ``since``/``until`` bound the event date (the article's
    publication date when the event has none), both inclusive.
    """

    actor: str | None = None
    country: str | None = None
    type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    status: str | None = None
    doc_id: str | None = None
    cluster_id: str | None = None

    def where(self, alias: str = "e") -> tuple[str, list[Any]]:
        """The clause (``TRUE`` when empty) and its parameters, for rows of ``events_all``."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            clauses.append(
                f"{alias}.event_id IN (SELECT event_id FROM event_participants "
                "WHERE name ILIKE ? ESCAPE '\\' OR actor_id = ?)"
            )
            params += [f"%{_escape_like(self.actor)}%", self.actor]
        if self.country:
            country = self.country.upper()
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
        return (" AND ".join(clauses) or "TRUE"), params


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
