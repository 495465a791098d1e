"""The API's reads, as parameterised SQL over a read-only :class:`~eventwire.store.Store`.

Nothing a client sends is pasted into SQL: values travel as parameters, and the few
names that vary (view, sort order, time unit) are picked from fixed tables here.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any, Literal

import pycountry

from eventwire.settings import get_settings
from eventwire.store import EventFilter, Store, escape_like
from eventwire.store._filters import precise_for

Interval = Literal["day", "week", "month"]
Sort = Literal["date", "-date", "confidence", "-confidence", "type"]
NetworkBy = Literal["actor", "country"]

_ORDER: dict[str, str] = {
    "date": "e.effective_date NULLS LAST, e.event_id",
    "-date": "e.effective_date DESC NULLS LAST, e.event_id",
    "confidence": "e.confidence, e.event_id",
    "-confidence": "e.confidence DESC, e.event_id",
    "type": "e.type, e.effective_date NULLS LAST, e.event_id",
}
_TRUNC: dict[str, str] = {"day": "day", "week": "week", "month": "month"}


class QueryError(ValueError):
    """A request that is well-formed but cannot be answered (HTTP 422)."""


def _view(dedup: bool) -> str:
    return "events_view" if dedup else "events_all"


def _count(store: Store, sql: str, params: list[Any]) -> int:
    rows = store.sql(f"SELECT COUNT(*) AS n FROM ({sql}) AS counted", params)
    return int(rows[0]["n"]) if rows else 0


# -- events --------------------------------------------------------------------------


def events_page(
    store: Store,
    query: EventFilter,
    *,
    limit: int,
    offset: int,
    sort: Sort = "date",
    dedup: bool = False,
    extra: tuple[str, list[Any]] | None = None,
) -> dict[str, Any]:
    """One page of matching events and how many match in all."""
    clause, params = query.where("e")
    if extra is not None:
        clause = f"{clause} AND {extra[0]}"
        params = params + extra[1]
    base = f"SELECT e.* FROM {_view(dedup)} e WHERE {clause}"
    total = _count(store, base, params)
    rows = store.sql(f"{base} ORDER BY {_ORDER[sort]} LIMIT ? OFFSET ?", [*params, limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


def event_row(store: Store, event_id: str) -> dict[str, Any] | None:
    rows = store.sql("SELECT * FROM events_all WHERE event_id = ?", [event_id])
    return rows[0] if rows else None


def event_ids_of(store: Store, doc_id: str) -> dict[int, str]:
    rows = store.sql("SELECT ordinal, event_id FROM events WHERE doc_id = ?", [doc_id])
    return {int(r["ordinal"]): str(r["event_id"]) for r in rows}


# -- clusters ------------------------------------------------------------------------


def clusters_page(
    store: Store,
    *,
    min_articles: int,
    type: str | None,
    country: str | None,
    since: dt.date | None,
    until: dt.date | None,
    limit: int,
    offset: int,
) -> dict[str, Any]:
    clauses: list[str] = ["c.n_articles >= ?"]
    params: list[Any] = [min_articles]
    if type:
        clauses.append("c.type = ?")
        params.append(type.upper())
    if country:
        clauses.append("? IN (c.source_key, c.target_key, c.place_country)")
        params.append(country.upper())
    if since:
        clauses.append("c.last_date >= ?")
        params.append(since)
    if until:
        clauses.append("c.first_date <= ?")
        params.append(until)
    base = f"SELECT c.* FROM clusters c WHERE {' AND '.join(clauses)}"
    total = _count(store, base, params)
    order = "c.n_articles DESC, c.n_mentions DESC, c.first_date, c.cluster_id"
    rows = store.sql(f"{base} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


def cluster_row(store: Store, cluster_id: str) -> dict[str, Any] | None:
    rows = store.sql("SELECT * FROM clusters WHERE cluster_id = ?", [cluster_id])
    return rows[0] if rows else None


def cluster_events(store: Store, cluster_id: str) -> list[dict[str, Any]]:
    return store.sql(
        "SELECT * FROM events_all WHERE cluster_id = ? ORDER BY effective_date, event_id",
        [cluster_id],
    )


# -- actors --------------------------------------------------------------------------

_ACTOR_SELECT = """
SELECT p.name,
       mode(p.country) AS country,
       mode(p.sector) AS sector,
       mode(p.kind) AS kind,
       COUNT(DISTINCT p.event_id) AS n_events,
       COUNT(DISTINCT p.doc_id) AS n_articles,
       COUNT(DISTINCT p.event_id) FILTER (WHERE p.role = 'source') AS as_source,
       COUNT(DISTINCT p.event_id) FILTER (WHERE p.role = 'target') AS as_target
FROM event_participants p
WHERE p.event_id IN (SELECT e.event_id FROM events_view e WHERE {clause}) {more}
GROUP BY p.name
"""


def actors_page(
    store: Store,
    query: EventFilter,
    *,
    name: str | None,
    sector: str | None,
    limit: int,
    offset: int,
) -> dict[str, Any]:
    """Actors taking part in matching (deduplicated) events, most active first."""
    clause, params = query.where("e")
    more: list[str] = []
    if name and name.strip():
        more.append("p.name ILIKE ? ESCAPE '\\'")
        params.append(f"%{escape_like(name.strip())}%")
    if sector:
        more.append("p.sector = ?")
        params.append(sector.upper())
    sql = _ACTOR_SELECT.format(clause=clause, more="".join(f" AND {m}" for m in more))
    total = _count(store, sql, params)
    rows = store.sql(
        f"{sql} ORDER BY n_events DESC, p.name LIMIT ? OFFSET ?", [*params, limit, offset]
    )
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


def actor_summary(store: Store, name: str) -> dict[str, Any] | None:
    sql = _ACTOR_SELECT.format(clause="TRUE", more=" AND p.name = ?")
    rows = store.sql(sql, [name])
    return rows[0] if rows else None


def actor_clause(name: str) -> tuple[str, list[Any]]:
    """Events in which the actor with exactly this name takes part."""
    return "e.event_id IN (SELECT event_id FROM event_participants WHERE name = ?)", [name]


# -- time series, network, places ----------------------------------------------------


def timeseries(
    store: Store, query: EventFilter, *, interval: Interval, dedup: bool = True
) -> dict[str, Any]:
    """Events per period and type, periods without gaps between the first and the last."""
    clause, params = query.where("e")
    unit = _TRUNC[interval]
    rows = store.sql(
        f"SELECT CAST(date_trunc('{unit}', e.effective_date) AS DATE) AS period, e.type, "
        f"COUNT(*) AS n FROM {_view(dedup)} e "
        f"WHERE {clause} AND e.effective_date IS NOT NULL AND {precise_for(unit, 'e')} "
        "GROUP BY ALL",
        params,
    )
    # Undated here: no date at all, or one too coarse for the interval (a year by month).
    undated = _count(
        store,
        f"SELECT 1 FROM {_view(dedup)} e WHERE {clause} "
        f"AND (e.effective_date IS NULL OR NOT {precise_for(unit, 'e')})",
        params,
    )
    periods = _periods([r["period"] for r in rows], interval)
    index = {period: i for i, period in enumerate(periods)}
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(periods))
    for row in rows:
        counts[row["type"]][index[row["period"]]] += int(row["n"])
    series = [
        {"type": type_, "counts": values, "total": sum(values)}
        for type_, values in sorted(counts.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
    ]
    tolls = _tolls_by_country(store, f"{_view(dedup)} e WHERE {clause}", params, unit, index)
    return {
        "interval": interval,
        "periods": periods,
        "series": series,
        "total": sum(s["total"] for s in series),
        "undated": undated,
        "fatalities": [sum(t["counts"][i] for t in tolls) for i in range(len(periods))],
        "fatalities_by_country": tolls,
    }


def _tolls_by_country(
    store: Store, source: str, params: list[Any], unit: str, index: dict[dt.date, int]
) -> list[dict[str, Any]]:
    """People killed per period and country, one toll per coded act (the events one
    trigger gives, one per dyad, share it); the country is the place's, else the
    target's, else the source's, of the act's first event. Dates coarser than the
    interval, and periods outside ``index`` (no event counted), are left out, as in the
    event counts."""
    rows = store.sql(
        "SELECT period, country, SUM(dead) AS dead FROM ("
        "  SELECT MAX(e.fatalities) AS dead,"
        f"    MIN(CAST(date_trunc('{unit}', e.effective_date) AS DATE)) AS period,"
        "    arg_min(COALESCE(e.place_country, e.target_country, e.source_country, '?'),"
        "            e.ordinal) AS country"
        f"  FROM {source} AND e.effective_date IS NOT NULL AND e.fatalities IS NOT NULL"
        f"    AND {precise_for(unit, 'e')}"
        "  GROUP BY e.doc_id, e.trigger_start"
        ") GROUP BY ALL",
        params,
    )
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(index))
    for row in rows:
        if row["period"] in index:
            counts[str(row["country"])][index[row["period"]]] += int(row["dead"])
    return [
        {"country": country, "counts": values, "total": sum(values)}
        for country, values in sorted(counts.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
    ]


def _periods(found: list[dt.date], interval: Interval) -> list[dt.date]:
    if not found:
        return []
    first, last = min(found), max(found)
    if interval == "month":
        n = (last.year - first.year) * 12 + last.month - first.month + 1
    else:
        step = 7 if interval == "week" else 1
        n = (last - first).days // step + 1
    most = get_settings().api_max_periods
    if n > most:
        raise QueryError(
            f"{n} {interval}s between {first} and {last}: more than {most}; "
            "choose a longer interval or a narrower date range"
        )
    if interval == "month":
        out, year, month = [], first.year, first.month
        for _ in range(n):
            out.append(dt.date(year, month, 1))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out
    step = 7 if interval == "week" else 1
    return [first + dt.timedelta(days=step * i) for i in range(n)]


def network(
    store: Store,
    query: EventFilter,
    *,
    by: NetworkBy,
    min_weight: int,
    max_edges: int,
    dedup: bool = True,
) -> dict[str, Any]:
    """Directed edges source -> target, weighted by deduplicated events, with their nodes."""
    clause, params = query.where("e")
    if by == "country":
        src, tgt = (
            "COALESCE(e.source_country, e.source_name)",
            "COALESCE(e.target_country, e.target_name)",
        )
    else:
        src, tgt = "e.source_name", "e.target_name"
    rows = store.sql(
        f"SELECT {src} AS src, {tgt} AS tgt, e.type, COUNT(*) AS n, "
        f"SUM(e.goldstein) AS g, COUNT(e.goldstein) AS ng "
        f"FROM {_view(dedup)} e WHERE {clause} AND {src} IS NOT NULL AND {tgt} IS NOT NULL "
        f"GROUP BY ALL",
        params,
    )
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        key = (str(row["src"]), str(row["tgt"]))
        edge = edges.setdefault(key, {"weight": 0, "types": {}, "g": 0.0, "ng": 0})
        edge["weight"] += int(row["n"])
        edge["types"][row["type"]] = int(row["n"])
        edge["g"] += float(row["g"] or 0.0)
        edge["ng"] += int(row["ng"])
    ranked = sorted(
        ((k, v) for k, v in edges.items() if v["weight"] >= min_weight),
        key=lambda kv: (-kv[1]["weight"], kv[0]),
    )
    kept = ranked[:max_edges]
    degree: dict[str, int] = defaultdict(int)
    for (s, t), edge in kept:
        degree[s] += edge["weight"]
        if t != s:
            degree[t] += edge["weight"]
    info = _node_info(store, by, list(degree))
    nodes = [
        {"id": node, "n_events": n, **info.get(node, {"label": node})}
        for node, n in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return {
        "by": by,
        "nodes": nodes,
        "edges": [
            {
                "source": s,
                "target": t,
                "weight": e["weight"],
                "types": dict(sorted(e["types"].items(), key=lambda kv: (-kv[1], kv[0]))),
                "goldstein": round(e["g"] / e["ng"], 2) if e["ng"] else None,
            }
            for (s, t), e in kept
        ],
        "truncated": len(ranked) > len(kept),
    }


def _node_info(store: Store, by: NetworkBy, ids: list[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    if by == "country":
        return {node: {"label": country_name(node) or node, "country": node} for node in ids}
    rows = store.sql(
        "SELECT name, mode(country) AS country, mode(sector) AS sector FROM event_participants "
        "WHERE list_contains(?, name) GROUP BY name",
        [ids],
    )
    return {
        r["name"]: {"label": r["name"], "country": r["country"], "sector": r["sector"]}
        for r in rows
    }


def country_name(code: str) -> str | None:
    """The common name of an ISO 3166 alpha-3 code, if it is one."""
    if len(code) != 3 or not code.isalpha():
        return None
    country = pycountry.countries.get(alpha_3=code.upper())
    if country is None:
        return None
    return str(getattr(country, "common_name", None) or country.name)


def places(
    store: Store, query: EventFilter, *, limit: int, dedup: bool = True
) -> list[dict[str, Any]]:
    """Event places with coordinates, with how many events of each type happened there."""
    clause, params = query.where("e")
    rows = store.sql(
        f"SELECT e.place_name AS name, e.place_country AS country, e.lat, e.lon, e.type, "
        f"COUNT(*) AS n FROM {_view(dedup)} e "
        f"WHERE {clause} AND e.lat IS NOT NULL AND e.lon IS NOT NULL GROUP BY ALL",
        params,
    )
    points: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        key = (row["name"], row["country"], row["lat"], row["lon"])
        point = points.setdefault(
            key,
            {"name": row["name"], "country": row["country"], "lat": row["lat"],
             "lon": row["lon"], "n_events": 0, "types": {}},
        )  # fmt: skip
        point["n_events"] += int(row["n"])
        point["types"][row["type"]] = int(row["n"])
    ranked = sorted(points.values(), key=lambda p: (-p["n_events"], str(p["name"])))
    return ranked[:limit]


def overview(store: Store) -> dict[str, Any]:
    def one(sql: str) -> int:
        rows = store.sql(sql)
        return int(next(iter(rows[0].values())) or 0) if rows else 0

    def counts(sql: str) -> dict[str, int]:
        return {str(r["k"]): int(r["n"]) for r in store.sql(sql)}

    span = store.sql("SELECT MIN(effective_date) AS a, MAX(effective_date) AS b FROM events_all")
    return {
        "articles": one("SELECT COUNT(*) FROM articles"),
        "events": one("SELECT COUNT(*) FROM events"),
        "unique_events": one("SELECT COUNT(*) FROM events_view"),
        "clusters": one("SELECT COUNT(*) FROM clusters"),
        "first_date": span[0]["a"] if span else None,
        "last_date": span[0]["b"] if span else None,
        "types": counts(
            "SELECT type AS k, COUNT(*) AS n FROM events_view GROUP BY 1 ORDER BY n DESC, k"
        ),
        "type_mentions": counts(
            "SELECT type AS k, COUNT(*) AS n FROM events_all GROUP BY 1 ORDER BY n DESC, k"
        ),
        "statuses": counts(
            "SELECT status AS k, COUNT(*) AS n FROM events_view GROUP BY 1 ORDER BY n DESC, k"
        ),
        "countries": counts(
            "SELECT k, COUNT(*) AS n FROM (SELECT source_country AS k FROM events_view "
            "UNION ALL SELECT target_country FROM events_view) WHERE k IS NOT NULL "
            "GROUP BY k ORDER BY n DESC, k"
        ),
    }
