"""What a store holds, in numbers: the record behind ``eventwire summary`` and ``make demo``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
    top_dyads: list[tuple[str, str, int]] = field(default_factory=list)
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
        out = [
            f"articles coded: {self.articles}  (runs: {self.runs})",
            f"rejected: {self.rejected}" + (_inline(self.rejections) if self.rejected else ""),
            f"events: {self.events} mentions, {self.unique_events} after near-duplicate merging",
            "events by type:" + _inline(self.events_by_type),
            "events by status:" + _inline(self.events_by_status),
            f"actors: {self.actors}  places: {self.places}  quotes: {self.quotes}",
            f"near-duplicate groups: {self.near_duplicate_groups} "
            f"({self.near_duplicate_copies} extra copies)",
            f"event clusters: {self.clusters} ({self.multi_article_clusters} told by 2+ articles)",
        ]
        if self.top_dyads:
            out.append("top dyads:")
            out += [f"  {src} -> {tgt}: {n}" for src, tgt, n in self.top_dyads]
        if self.top_clusters:
            out.append("largest clusters:")
            out += [
                f"  {c['type']} {c['dyad']} {c['first_date'] or '?'}: "
                f"{c['n_articles']} articles, {c['n_sources']} sources"
                for c in self.top_clusters
            ]
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())


def _inline(counts: dict[str, int]) -> str:
    if not counts:
        return " none"
    return " " + ", ".join(f"{key} {value}" for key, value in counts.items())
