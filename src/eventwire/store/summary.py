"""What a store holds, in numbers: the record behind ``eventwire summary`` and ``make demo``."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import Any

from eventwire.reasons import explain

WIDTH = 88


@dataclass(frozen=True, slots=True)
class DyadCount:
    """One directed dyad of the summary, its sides named ``NAME (COUNTRY SECTOR)``."""

    source: str
    target: str
    events: int
    source_key: str = ""
    target_key: str = ""

    def __str__(self) -> str:
        return f"{self.source} -> {self.target}"


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts over a store.

    ``events`` counts every stored event mention; ``unique_events``, ``events_by_type``
    and ``top_dyads`` count the copies of an event in near-duplicate articles once
    (the ``events_view`` view).
    """

    runs: int = 0
    articles: int = 0
    rejections: dict[str, int] = field(default_factory=dict)
    events: int = 0
    unique_events: int = 0
    events_by_type: dict[str, int] = field(default_factory=dict)
    events_by_status: dict[str, int] = field(default_factory=dict)
    top_dyads: list[DyadCount] = field(default_factory=list)
    quotes: int = 0
    actors: int = 0
    places: int = 0
    near_duplicate_groups: int = 0
    near_duplicate_copies: int = 0
    clusters: int = 0
    multi_article_clusters: int = 0
    top_clusters: list[dict[str, Any]] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        return sum(self.rejections.values())

    def lines(self) -> list[str]:
        """The summary as short lines of text, for a terminal."""
        out = [f"articles: {self.articles} coded, {self.rejected} rejected  (runs: {self.runs})"]
        for reason, count in self.rejections.items():
            out.append(f"  rejected {reason} x{count}: {_explain(reason)}")
        if self.near_duplicate_groups:
            out.append(
                f"  near-duplicates: {self.near_duplicate_groups} groups, "
                f"{self.near_duplicate_copies} syndicated copies (their events count once)"
            )
        out.append(
            f"events: {self.unique_events}"
            + (
                f" ({self.events} mentions before merging syndicated copies)"
                if self.events != self.unique_events
                else ""
            )
        )
        out += _wrapped("  by type: ", self.events_by_type)
        out += _wrapped("  by status: ", self.events_by_status)
        out.append(f"  actors: {self.actors}  places: {self.places}  quotes: {self.quotes}")
        if self.top_dyads:
            out.append("top dyads (source -> target, events):")
            width = len(str(self.top_dyads[0].events))
            out += [f"  {d.events:>{width}}  {d}" for d in self.top_dyads]
        out.append(
            f"event clusters: {self.clusters}, {self.multi_article_clusters} told by 2+ "
            "distinct articles (syndicated copies count as one)"
        )
        for c in self.top_clusters:
            place = f" in {c['place_name']}" if c.get("place_name") else ""
            out.append(
                f"  {c['first_date'] or '?'}  {c['type']} {c['dyad']}{place}: "
                f"{c['n_articles']} articles, {c['n_sources']} sources, "
                f"{c['n_mentions']} mentions"
            )
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())


def _explain(reason: str) -> str:
    try:
        return explain(reason)
    except KeyError:
        return "(no explanation recorded for this reason)"


def _wrapped(prefix: str, counts: dict[str, int]) -> list[str]:
    text = ", ".join(f"{key} {value}" for key, value in counts.items()) or "none"
    return textwrap.wrap(text, WIDTH, initial_indent=prefix, subsequent_indent=" " * len(prefix))
