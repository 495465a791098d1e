"""The JSON shapes the HTTP API answers with; they are its OpenAPI description."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from eventwire.records import PLOVER_TYPES, STATUSES

EventType = Literal[PLOVER_TYPES]  # type: ignore[valid-type]
EventStatus = Literal[STATUSES]  # type: ignore[valid-type]
SpanKind = Literal["actor", "place", "trigger", "date", "quote"]
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: object) -> object:
    """Accept dates written ``YYYY-MM-DD`` only (not numbers read as Unix times)."""
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value
    raise ValueError("expected a date written YYYY-MM-DD")


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ErrorBody(_Model):
    status: int
    message: str
    detail: list[dict[str, object]] | None = None


class ErrorOut(_Model):
    """Every error: ``{"error": {"status": 404, "message": "..."}}``."""

    error: ErrorBody


class EventRow(_Model):
    """One stored event: a row of the ``events_all`` view (see the store's SCHEMA.md)."""

    event_id: str
    doc_id: str
    ordinal: int | None = None
    type: str
    mode: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    status: str
    confidence: float | None = None
    source_actor_id: str | None = None
    source_name: str | None = None
    source_kind: str | None = None
    source_country: str | None = None
    source_sector: str | None = None
    source_role: str | None = None
    source_country_how: str | None = Field(
        default=None, description="how the source's country was found (actors.country_how)"
    )
    source_start: int | None = None
    source_end: int | None = None
    target_actor_id: str | None = None
    target_name: str | None = None
    target_kind: str | None = None
    target_country: str | None = None
    target_sector: str | None = None
    target_role: str | None = None
    target_country_how: str | None = Field(
        default=None, description="how the target's country was found (actors.country_how)"
    )
    target_start: int | None = None
    target_end: int | None = None
    event_date: dt.date | None = None
    date_precision: str | None = None
    date_how: str | None = None
    date_start: int | None = None
    date_end: int | None = None
    place_name: str | None = None
    place_country: str | None = None
    place_geonames_id: int | None = None
    place_feature: str | None = None
    lat: float | None = None
    lon: float | None = None
    place_start: int | None = None
    place_end: int | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None
    trigger_text: str | None = None
    sentence_text: str | None = None
    url: str | None = None
    title: str | None = None
    article_source: str | None = None
    published: dt.date | None = None
    dup_group: str | None = None
    effective_date: dt.date | None = None
    cluster_id: str | None = None
    fatalities: int | None = Field(
        default=None, description="people the text says the event killed (0: no one)"
    )
    fatalities_text: str | None = None
    fatalities_at_least: bool | None = None
    fatalities_high: int | None = None
    fatalities_start: int | None = None
    fatalities_end: int | None = None
    count: int | None = Field(
        default=None, description="people the event acted on (arrested, kidnapped, ...)"
    )
    count_text: str | None = None
    count_at_least: bool | None = None
    count_high: int | None = None
    count_start: int | None = None
    count_end: int | None = None
    n_copies: int | None = Field(
        default=None, description="copies in near-duplicate articles (deduplicated lists only)"
    )


class EventPage(_Model):
    total: int = Field(description="events matching the filters")
    limit: int
    offset: int
    items: list[EventRow]


class Mark(_Model):
    """A highlighted part of a sentence: offsets relative to the sentence start."""

    start: int
    end: int
    role: Literal["trigger", "source", "target", "date", "place"]
    text: str


class Evidence(_Model):
    """The sentence an event was coded from, with its parts marked."""

    start: int
    end: int
    text: str
    marks: list[Mark]


class TextSpan(_Model):
    start: int
    end: int
    text: str


class SpanOut(_Model):
    """A coded span of the article text (half-open character offsets)."""

    start: int
    end: int
    kind: SpanKind
    label: str
    ref: str | None = Field(default=None, description="actor id, event id or quote id")


class ActorOut(_Model):
    actor_id: str | None = None
    name: str
    kind: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    country_how: str | None = Field(
        default=None,
        description="where the country came from: text, phrase, coreference, dateline, article",
    )
    mentions: list[TextSpan] = []


class PlaceOut(_Model):
    name: str
    country: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    feature: str | None = None
    span: TextSpan | None = None


class PartyOut(_Model):
    actor_id: str | None = None
    name: str
    kind: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    country_how: str | None = None


class TallyOut(_Model):
    """A number of people the text gives for an event, with its words."""

    value: int | None = Field(description="the number; null for words such as 'dozens'")
    text: str
    start: int
    end: int
    at_least: bool = False
    high: int | None = Field(default=None, description="a range's high end")


class CodedEventOut(_Model):
    """An event as the coder produced it, with its evidence spans."""

    event_id: str | None = Field(default=None, description="set for stored articles")
    type: str
    mode: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    status: str
    confidence: float
    source: PartyOut | None = None
    target: PartyOut | None = None
    others: list[PartyOut] = []
    trigger: TextSpan
    sentence: TextSpan
    source_span: TextSpan | None = None
    target_span: TextSpan | None = None
    date: dt.date | None = None
    date_precision: str | None = None
    date_span: TextSpan | None = None
    place: PlaceOut | None = None
    evidence: Evidence
    fatalities: TallyOut | None = None
    count: TallyOut | None = None


class QuoteOut(_Model):
    quote_id: str
    text: str
    span: TextSpan
    direct: bool
    speaker: PartyOut | None = None


class CodedArticleOut(_Model):
    """A coded article: its clean text and everything coded from it, every span marked."""

    doc_id: str
    uri: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: dt.date | None = None
    language: str | None = None
    coder_version: str | None = None
    text: str
    spans: list[SpanOut]
    events: list[CodedEventOut]
    actors: list[ActorOut]
    places: list[PlaceOut]
    quotes: list[QuoteOut]


class EventDetail(_Model):
    """One stored event with its evidence, its cluster and the whole coded article."""

    event: EventRow
    evidence: Evidence
    cluster: ClusterRow | None = None
    article: CodedArticleOut


class ClusterRow(_Model):
    """One happening told by one or more articles (see SCHEMA.md, ``clusters``)."""

    cluster_id: str
    type: str
    factual: bool | None = None
    source_key: str | None = None
    target_key: str | None = None
    dyad: str | None = None
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    place_name: str | None = None
    place_country: str | None = None
    n_mentions: int
    n_articles: int
    n_sources: int
    n_copies: int


class ClusterPage(_Model):
    total: int
    limit: int
    offset: int
    items: list[ClusterRow]


class ClusterDetail(_Model):
    cluster: ClusterRow
    events: list[EventRow]


class ActorSummary(_Model):
    """An actor across the store, by name, counted over deduplicated events."""

    name: str
    country: str | None = None
    sector: str | None = None
    kind: str | None = None
    n_events: int
    n_articles: int
    as_source: int
    as_target: int


class ActorPage(_Model):
    total: int
    limit: int
    offset: int
    items: list[ActorSummary]


class ActorDetail(_Model):
    actor: ActorSummary
    events: EventPage


class TypeSeries(_Model):
    type: str
    counts: list[int]
    total: int


class CountryTolls(_Model):
    """People killed per period in one country; ``counts[i]`` belongs to ``periods[i]``."""

    country: str
    counts: list[int]
    total: int


class TimeSeries(_Model):
    """Deduplicated events per period and type; ``counts[i]`` belongs to ``periods[i]``."""

    interval: Literal["day", "week", "month"]
    periods: list[dt.date] = Field(description="first day of each period, without gaps")
    series: list[TypeSeries]
    total: int
    undated: int = Field(
        description="matching events with no date, or one coarser than the interval, left out"
    )
    fatalities: list[int] = Field(
        default=[], description="people killed per period (one toll per coded act)"
    )
    fatalities_by_country: list[CountryTolls] = Field(
        default=[], description="the same per country (the place's, else the target's)"
    )


class NetworkNode(_Model):
    id: str
    label: str
    country: str | None = None
    sector: str | None = None
    n_events: int = Field(description="events in which the node is source or target")


class NetworkEdge(_Model):
    source: str
    target: str
    weight: int = Field(description="deduplicated events from source to target")
    types: dict[str, int]
    goldstein: float | None = Field(default=None, description="mean Goldstein score")


class Network(_Model):
    """Who acts on whom: directed, weighted edges between actors or countries."""

    by: Literal["actor", "country"]
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    truncated: bool = Field(description="true when edges beyond ``max_edges`` were left out")


class PlacePoint(_Model):
    name: str | None = None
    country: str | None = None
    lat: float
    lon: float
    n_events: int
    types: dict[str, int]


class Overview(_Model):
    """What the store holds, for filters and headings."""

    articles: int
    events: int
    unique_events: int
    clusters: int
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    types: dict[str, int] = Field(
        description="events per type, the copies of an event in syndicated articles once"
    )
    type_mentions: dict[str, int] = Field(
        default_factory=dict, description="events per type, every copy counted (mentions)"
    )
    statuses: dict[str, int]
    countries: dict[str, int] = Field(description="source/target countries by event count")


class StatusOut(_Model):
    """What the server serves: a snapshot of the store, and whether a run has moved on."""

    version: str
    db: str
    ready: bool
    snapshot_taken: dt.datetime | None = None
    stale: bool
    writer_active: bool
    message: str


class CodeRequest(_Model):
    """A text or HTML document to code; nothing is stored."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=1_000_000, description="plain text or HTML")
    content_type: Literal["text/plain", "text/html"] = "text/plain"
    published: IsoDate | None = Field(
        default=None, description="publication date, for relative dates ('on Tuesday')"
    )
    uri: str = Field(default="<posted>", max_length=2_000)


class RejectionOut(_Model):
    reason: str
    detail: str


class CodeResult(_Model):
    """Exactly one of ``article`` and ``rejection`` is set."""

    article: CodedArticleOut | None = None
    rejection: RejectionOut | None = None
    seconds: float


EventDetail.model_rebuild()
