"""The typed records that flow between eventwire's stages, and nothing else.

Every extracted field carries a :class:`Span` of character offsets into
``Article.text`` (the clean text), so a user can always go back to the evidence.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

ContentType = Literal["text/plain", "text/html"]
ActorKind = Literal["person", "organisation", "state", "group"]
Status = Literal["asserted", "negated", "hypothetical", "intended", "requested", "reported"]
Precision = Literal["day", "week", "month", "year"]
CountryHow = Literal["text", "phrase", "coreference", "dateline", "article"]
COUNTRY_HOWS: tuple[CountryHow, ...] = ("text", "phrase", "coreference", "dateline", "article")
# Inferred countries: every way but the text stating it.
INFERRED_HOWS = frozenset({"phrase", "coreference", "dateline", "article"})
# The name of the source of violence whose agent the text names nowhere (Actor).
UNIDENTIFIED_AGENT = "unidentified"

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
STATUSES: tuple[Status, ...] = (
    "asserted", "negated", "hypothetical", "intended", "requested", "reported",
)  # fmt: skip


def content_hash(content: bytes | str) -> str:
    """A stable id for a document: SHA-256 of its NFC-normalised, whitespace-folded text."""
    if isinstance(content, bytes):
        return hashlib.sha256(content).hexdigest()[:32]
    folded = " ".join(unicodedata.normalize("NFC", content).split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character offsets ``[start, end)`` into ``Article.text``."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input document as a reader found it, before any cleaning."""

    uri: str
    content: bytes | str
    content_type: ContentType = "text/plain"
    source: str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None
    fetched_at: dt.datetime | None = None

    @property
    def doc_id(self) -> str:
        return content_hash(self.content)


@dataclass(frozen=True, slots=True)
class RemovedBlock:
    """A block cut from the input as boilerplate; offsets are into the decoded input text."""

    start: int
    end: int
    reason: str
    text: str


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place and date of a dateline ("BRUSSELS, March 4 (Wire) -"), kept as metadata."""

    place: str | None
    date_text: str | None
    span: Span
    #: ISO alpha-3 of the country the dateline names, once geocoded (the article's home).
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A clean article: the body text every later span points into, and its metadata."""

    doc_id: str
    uri: str
    text: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    published_how: str | None = None
    source: str | None = None
    language: str | None = None
    removed: tuple[RemovedBlock, ...] = ()
    kept: tuple[Span, ...] = ()
    dateline: Dateline | None = None
    signature: tuple[int, ...] = ()
    # How the input's bytes were decoded: "utf-8", "bom:<enc>", "declared:<charset>" or
    # "guessed:<enc>" (no declaration fitted: the text may hold wrong characters); None
    # when the input was already text.
    decoded_as: str | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be coded, with a reason code and a sentence for the user."""

    uri: str
    reason: str
    detail: str
    doc_id: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A coded actor: one per real-world entity per article, with all its mentions.

    ``country_how`` says where ``country`` came from: ``text`` (the text names the actor
    or its nationality, or a lexicon knows it), else how it was inferred for an unnamed
    agent ("police", "the junta"): ``phrase`` (a place or nationality in its phrase or
    clause, "police in Tbilisi"), ``coreference`` (an earlier mention of the same body
    with its country), ``dateline`` or ``article`` (the article's main country). None
    when the actor has no country. The source of a violent event whose text names no
    agent ("eight protesters were killed") is a group named ``unidentified`` with no
    country or sector (ACLED's "unidentified armed group").
    """

    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    mentions: tuple[Span, ...] = ()
    actor_id: str = ""
    country_how: CountryHow | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A geocoded place mention."""

    name: str
    span: Span
    country: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    feature: str | None = None
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class When:
    """An event date resolved against the publication date."""

    date: dt.date
    precision: Precision = "day"
    span: Span | None = None
    how: str = "text"


@dataclass(frozen=True, slots=True)
class Tally:
    """A number of people the text gives for an event: those killed, or those acted on.

    ``value`` is the number stated (for a range, its low end, as ACLED codes it); ``None``
    when the text gives a quantity without a number ("dozens"), which ``text`` keeps.
    ``high`` is a range's high end; ``at_least`` marks a minimum ("at least eight",
    "more than 270"). ``span`` covers the quantity words; "no one was killed" is 0.
    """

    value: int | None
    text: str
    span: Span
    at_least: bool = False
    high: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, where, when, with the trigger and sentence as evidence."""

    type: str
    trigger: Span
    sentence: Span
    source: Actor | None = None
    target: Actor | None = None
    source_span: Span | None = None
    target_span: Span | None = None
    mode: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    status: Status = "asserted"
    when: When | None = None
    where: Place | None = None
    confidence: float = 0.5
    others: tuple[Actor, ...] = ()
    fatalities: Tally | None = None
    count: Tally | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """Direct or reported speech with its speaker."""

    text: str
    span: Span
    speaker: Actor | None = None
    speaker_span: Span | None = None
    direct: bool = True


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """An article with everything coded from it: the unit the store writes and the API returns."""

    article: Article
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    coder_version: str = field(default="")
