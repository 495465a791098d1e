"""The read endpoints: events, one event with its evidence, articles, clusters, actors,
time series, the dyad network and the map's places. All read a snapshot of the store.

The page limits are the ``api_page_size``, ``api_max_page`` and ``api_max_offset``
settings, read when this module is imported (``eventwire serve`` applies ``--config``
before).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response

from eventwire import __version__
from eventwire.api import queries
from eventwire.api.articles import coded_article_out, evidence
from eventwire.api.errors import NOT_FOUND, READ_ERRORS
from eventwire.api.models import (
    ActorDetail,
    ActorPage,
    ClusterDetail,
    ClusterPage,
    CodedArticleOut,
    EventDetail,
    EventPage,
    EventStatus,
    EventType,
    IsoDate,
    Network,
    Overview,
    PlacePoint,
    StatusOut,
    TimeSeries,
)
from eventwire.api.queries import Interval, NetworkBy, Sort
from eventwire.api.snapshot import Snapshots
from eventwire.settings import get_settings
from eventwire.store import EventFilter, Store

router = APIRouter(prefix="/api", responses=READ_ERRORS)

SNAPSHOT_HEADER = "X-Eventwire-Snapshot"
_SETTINGS = get_settings()
PAGE_SIZE = _SETTINGS.api_page_size
MAX_PAGE = _SETTINGS.api_max_page
MAX_OFFSET = _SETTINGS.api_max_offset
Country = Annotated[
    str | None,
    Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166 alpha-3 code of source, target or place"),
]


def snapshots(request: Request) -> Snapshots:
    found: Snapshots = request.app.state.snapshots
    return found


def open_store(
    response: Response, snaps: Annotated[Snapshots, Depends(snapshots)]
) -> Iterator[Store]:
    """A read-only store on the current snapshot, for the length of one request."""
    with snaps.store() as store:
        taken = snaps.taken()
        if taken is not None:
            response.headers[SNAPSHOT_HEADER] = f"{taken:%Y-%m-%dT%H:%M:%SZ}"
        yield store


StoreDep = Annotated[Store, Depends(open_store)]


def event_query(
    actor: Annotated[
        str | None,
        Query(max_length=200, description="participant name (contains) or actor id"),
    ] = None,
    country: Country = None,
    type: Annotated[EventType | None, Query(description="PLOVER event type")] = None,
    status: Annotated[EventStatus | None, Query()] = None,
    since: Annotated[IsoDate | None, Query(description="first date, inclusive")] = None,
    until: Annotated[IsoDate | None, Query(description="last date, inclusive")] = None,
    q: Annotated[
        str | None,
        Query(max_length=200, description="text in the sentence, title, trigger, actors or place"),
    ] = None,
    stated: Annotated[
        bool,
        Query(description="only events whose countries the text states (none inferred)"),
    ] = False,
) -> EventFilter:
    """The filters of ``eventwire query``, plus ``q``, a case-insensitive text search, and
    ``stated``, which leaves out events with a country inferred from the document."""
    return EventFilter(
        actor=actor,
        country=country,
        type=type,
        status=status,
        since=since,
        until=until,
        q=q,
        stated=stated,
    )


FilterDep = Annotated[EventFilter, Depends(event_query)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="page size")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
Dedup = Annotated[
    bool, Query(description="count copies of an event in near-duplicate articles once")
]


@router.get("/status", response_model=StatusOut, summary="what the server is serving")
def status(snaps: Annotated[Snapshots, Depends(snapshots)]) -> dict[str, Any]:
    state = snaps.status()
    return {
        "version": __version__,
        "db": state.db,
        "ready": state.ready,
        "snapshot_taken": state.taken,
        "stale": state.stale,
        "writer_active": state.writer_active,
        "message": state.message,
    }


@router.get("/overview", response_model=Overview, summary="counts for filters and headings")
def overview(store: StoreDep) -> dict[str, Any]:

    return queries.overview(store)


@router.get("/events", response_model=EventPage, summary="list and filter events")
def list_events(
    store: StoreDep,
    filters: FilterDep,
    doc_id: Annotated[str | None, Query(max_length=100)] = None,
    cluster_id: Annotated[str | None, Query(max_length=200)] = None,
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
    sort: Sort = "date",
    dedup: Dedup = False,
) -> dict[str, Any]:

    query = replace(filters, doc_id=doc_id, cluster_id=cluster_id)
    return queries.events_page(store, query, limit=limit, offset=offset, sort=sort, dedup=dedup)


@router.get(
    "/events/{event_id}",
    response_model=EventDetail,
    responses=NOT_FOUND,
    summary="one event with its evidence, cluster and article",
)
def get_event(store: StoreDep, event_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:

    row = queries.event_row(store, event_id)
    if row is None:
        raise HTTPException(404, f"no event {event_id!r}")
    coded = store.get(row["doc_id"])
    if coded is None:  # the article went away between the two reads
        raise HTTPException(404, f"no article {row['doc_id']!r}")
    parts = {
        role: (row.get(f"{role}_start"), row.get(f"{role}_end"))
        for role in ("trigger", "source", "target", "date", "place")
    }
    sentence = (int(row["sentence_start"] or 0), int(row["sentence_end"] or 0))
    cluster = queries.cluster_row(store, row["cluster_id"]) if row.get("cluster_id") else None
    return {
        "event": row,
        "evidence": evidence(sentence, row["sentence_text"] or "", parts),
        "cluster": cluster,
        "article": coded_article_out(coded, queries.event_ids_of(store, row["doc_id"])),
    }


@router.get(
    "/articles/{doc_id}",
    response_model=CodedArticleOut,
    responses=NOT_FOUND,
    summary="one article with every coded span",
)
def get_article(store: StoreDep, doc_id: Annotated[str, Path(max_length=100)]) -> Any:

    coded = store.get(doc_id)
    if coded is None:
        raise HTTPException(404, f"no article {doc_id!r}")
    return coded_article_out(coded, queries.event_ids_of(store, doc_id))


@router.get("/clusters", response_model=ClusterPage, summary="event clusters, largest first")
def list_clusters(
    store: StoreDep,
    min_articles: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    type: Annotated[EventType | None, Query()] = None,
    country: Country = None,
    since: Annotated[IsoDate | None, Query()] = None,
    until: Annotated[IsoDate | None, Query()] = None,
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
) -> dict[str, Any]:

    return queries.clusters_page(
        store,
        min_articles=min_articles,
        type=type,
        country=country,
        since=since,
        until=until,
        limit=limit,
        offset=offset,
    )


@router.get(
    "/clusters/{cluster_id}",
    response_model=ClusterDetail,
    responses=NOT_FOUND,
    summary="one cluster with its event mentions",
)
def get_cluster(
    store: StoreDep, cluster_id: Annotated[str, Path(max_length=200)]
) -> dict[str, Any]:

    row = queries.cluster_row(store, cluster_id)
    if row is None:
        raise HTTPException(404, f"no cluster {cluster_id!r}")
    return {"cluster": row, "events": queries.cluster_events(store, cluster_id)}


@router.get("/actors", response_model=ActorPage, summary="actors of matching events")
def list_actors(
    store: StoreDep,
    filters: FilterDep,
    name: Annotated[str | None, Query(max_length=200, description="name contains")] = None,
    sector: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,4}$")] = None,
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
) -> dict[str, Any]:

    return queries.actors_page(store, filters, name=name, sector=sector, limit=limit, offset=offset)


@router.get(
    "/actors/{name:path}",
    response_model=ActorDetail,
    responses=NOT_FOUND,
    summary="one actor (exact name) with its events",
)
def get_actor(
    store: StoreDep,
    name: Annotated[str, Path(min_length=1, max_length=200)],
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
    sort: Sort = "date",
    dedup: Dedup = True,
) -> dict[str, Any]:

    summary = queries.actor_summary(store, name)
    if summary is None:
        raise HTTPException(404, f"no actor named {name!r} takes part in an event")
    events = queries.events_page(
        store,
        EventFilter(),
        limit=limit,
        offset=offset,
        sort=sort,
        dedup=dedup,
        extra=queries.actor_clause(name),
    )
    return {"actor": summary, "events": events}


@router.get("/timeseries", response_model=TimeSeries, summary="events per period and type")
def get_timeseries(
    store: StoreDep,
    filters: FilterDep,
    interval: Interval = "week",
    dedup: Dedup = True,
) -> dict[str, Any]:

    return queries.timeseries(store, filters, interval=interval, dedup=dedup)


@router.get("/network", response_model=Network, summary="who acts on whom: the dyad network")
def get_network(
    store: StoreDep,
    filters: FilterDep,
    by: NetworkBy = "actor",
    min_weight: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    max_edges: Annotated[int, Query(ge=1, le=2_000)] = 200,
    dedup: Dedup = True,
) -> dict[str, Any]:

    return queries.network(
        store, filters, by=by, min_weight=min_weight, max_edges=max_edges, dedup=dedup
    )


@router.get("/places", response_model=list[PlacePoint], summary="event places with coordinates")
def get_places(
    store: StoreDep,
    filters: FilterDep,
    limit: Annotated[int, Query(ge=1, le=5_000)] = 1_000,
    dedup: Dedup = True,
) -> list[dict[str, Any]]:

    return queries.places(store, filters, limit=limit, dedup=dedup)
