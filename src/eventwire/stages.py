"""The stages that code one parsed article, in order, each with what it reads and adds.

:data:`STAGES` is the table :func:`eventwire.pipeline.annotate` runs: every stage takes the
:class:`Annotation` so far and returns it with the fields it ``assigns`` filled in,
reading only the fields it names in ``reads``. A name is a field of the annotation
(``places``), or a field inside one (``article.dateline.span``). The article, its parse,
the actor lexicon and the gazetteer are given (:data:`GIVEN`); :func:`coded` turns the
last annotation into the :class:`CodedArticle`. :func:`check_order` checks that no stage
reads what only a later stage provides, and ``tests/test_stages.py`` locks the table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, replace

from spacy.tokens import Doc

from eventwire import __version__
from eventwire.actors import ActorIndex, ActorLexicon, recognise
from eventwire.actors.dateline import outside_dateline
from eventwire.events.coder import code_events
from eventwire.events.context import Context
from eventwire.geo import Gazetteer, locate
from eventwire.geo.locate import convention_toponyms
from eventwire.quotes import QuoteResult, find_quotes
from eventwire.records import Article, CodedArticle, Event, Place, When
from eventwire.timex import find_dates


@dataclass(frozen=True, slots=True)
class Annotation:
    """One article as the stages code it: the given fields, then what each stage adds.

    A field a stage has not assigned yet holds its empty default; :func:`check_order`
    makes sure no stage reads it before then."""

    article: Article
    # The parse of ``article.text``. spaCy's tokens keep every character, so a stage that
    # needs the text reads ``article.text`` rather than rebuilding it from the tokens.
    doc: Doc
    lexicon: ActorLexicon | None  # None: the built-in lexicons
    gazetteer: Gazetteer
    places: tuple[Place, ...] = ()
    dateline_place: Place | None = None
    home: str | None = None  # ISO alpha-3 of the dateline's country: the article's home
    actors: ActorIndex = field(default_factory=lambda: ActorIndex((), {}))
    quotes: QuoteResult = field(default_factory=lambda: QuoteResult((), {}))
    dates: tuple[When, ...] = ()
    events: tuple[Event, ...] = ()
    # Toponyms only the geoparsing corpora's convention counts ("Turkish troops"):
    # reported with the places, read by no stage.
    toponyms: tuple[Place, ...] = ()


@dataclass(frozen=True, slots=True)
class Stage:
    """One step of coding: its name, the names it reads and assigns, and the function."""

    name: str
    reads: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[Annotation], Annotation]


def _places(state: Annotation) -> Annotation:
    article = state.article
    places = locate(
        state.doc, dateline=article.dateline, gazetteer=state.gazetteer, text=article.text
    )
    return replace(state, places=places)


def _toponyms(state: Annotation) -> Annotation:
    article = state.article
    extra = convention_toponyms(
        state.doc,
        state.places,
        dateline=article.dateline,
        gazetteer=state.gazetteer,
        text=article.text,
    )
    return replace(state, toponyms=extra)


def _dateline(state: Annotation) -> Annotation:
    """The place the dateline names, and its country as the article's home."""
    article = state.article
    place = _dateline_place(article, state.places, state.gazetteer)
    home = place.country if place else None
    if article.dateline is not None and home is not None:
        article = replace(article, dateline=replace(article.dateline, country=home))
    return replace(state, article=article, dateline_place=place, home=home)


def _dateline_place(
    article: Article, places: tuple[Place, ...], gazetteer: Gazetteer
) -> Place | None:
    dateline = article.dateline
    if dateline is None or not dateline.place:
        return None
    for place in places:
        if dateline.span.start <= place.span.start < dateline.span.end:
            return place
    head = dateline.place.split(",")[0].strip()
    return gazetteer.resolve(head.title(), dateline.span)


def _actors(state: Annotation) -> Annotation:
    """The actors, less their mentions inside the dateline (which names no actor)."""
    article = state.article
    found = recognise(
        state.doc,
        state.lexicon,
        home_country=state.home,
        published=article.published,
        places=state.places,
        text=article.text,
        dateline=article.dateline.span if article.dateline else None,
    )
    dateline = article.dateline.span if article.dateline else None
    return replace(state, actors=outside_dateline(found, state.doc, dateline))


def _quotes(state: Annotation) -> Annotation:
    return replace(state, quotes=find_quotes(state.doc, state.actors, text=state.article.text))


def _dates(state: Annotation) -> Annotation:
    article = state.article
    return replace(state, dates=tuple(find_dates(state.doc, article.published, text=article.text)))


def _events(state: Annotation) -> Annotation:
    context = Context(
        actors=state.actors,
        places=state.places,
        dates=state.dates,
        published=state.article.published,
        dateline_place=state.dateline_place,
        speakers=state.quotes.speaker_at,
    )
    return replace(state, events=tuple(code_events(state.doc, context)))


# What every annotation starts with.
GIVEN: tuple[str, ...] = ("article", "doc", "lexicon", "gazetteer")

# The stages in the order they run. Changing a row changes what eventwire codes: the
# snapshot in tests/test_stages.py must change with it.
STAGES: tuple[Stage, ...] = (
    Stage(
        "places",
        reads=("doc", "article.text", "article.dateline", "gazetteer"),
        assigns=("places",),
        run=_places,
    ),
    Stage(
        "dateline",
        reads=("article.dateline", "places", "gazetteer"),
        assigns=("dateline_place", "home", "article.dateline.country"),
        run=_dateline,
    ),
    Stage(
        "actors",
        reads=(
            "doc",
            "article.text",
            "lexicon",
            "home",
            "places",
            "article.published",
            "article.dateline.span",
        ),
        assigns=("actors",),
        run=_actors,
    ),
    Stage("quotes", reads=("doc", "article.text", "actors"), assigns=("quotes",), run=_quotes),
    Stage(
        "dates",
        reads=("doc", "article.text", "article.published"),
        assigns=("dates",),
        run=_dates,
    ),
    Stage(
        "events",
        reads=(
            "doc",
            "actors",
            "places",
            "dates",
            "quotes",
            "dateline_place",
            "article.published",
        ),
        assigns=("events",),
        run=_events,
    ),
    Stage(
        "toponyms",
        reads=("doc", "places", "article.text", "article.dateline", "gazetteer"),
        assigns=("toponyms",),
        run=_toponyms,
    ),
)

# What :func:`coded` reads: each CodedArticle field but the coder's version comes from
# the annotation's field of the same name.
# ``places`` also takes in the ``toponyms`` of the geoparsing convention, reported beside them.
FILLS: tuple[str, ...] = (
    *(f.name for f in fields(CodedArticle) if f.name != "coder_version"),
    "toponyms",
)


def coded(state: Annotation) -> CodedArticle:
    """The coded article of the last annotation."""
    return CodedArticle(
        article=state.article,
        actors=state.actors.actors,
        places=tuple(sorted((*state.places, *state.toponyms), key=lambda p: p.span.start)),
        events=state.events,
        quotes=state.quotes.quotes,
        coder_version=__version__,
    )


def run_stages(state: Annotation, stages: Sequence[Stage] = STAGES) -> Annotation:
    """``state`` after every stage of ``stages``, in order."""
    for stage in stages:
        state = stage.run(state)
    return state


def check_order(
    stages: Sequence[Stage], *, given: Sequence[str] = GIVEN, fills: Sequence[str] = FILLS
) -> None:
    """Raise ValueError unless every stage reads only what is given or an earlier stage
    assigns, no name is assigned twice, and the stages provide every name in ``fills``.

    A name is provided by itself or by a field it is inside (``article`` provides
    ``article.text``), but not while a stage still to run assigns it or a field it is
    inside: ``article.dateline.country`` is there only once the stage that assigns it
    has run. Reading a field whose parts a later stage fills in (``article.dateline``
    before its country) reads it as it is then."""
    provided = list(given)
    for index, stage in enumerate(stages):
        for name in stage.reads:
            if not _provided(name, provided, stages[index:]):
                raise ValueError(f"stage {stage.name!r} reads {name!r} before it is assigned")
        for name in stage.assigns:
            if name in provided:
                raise ValueError(f"stage {stage.name!r} assigns {name!r} again")
            provided.append(name)
    for name in fills:
        if not _provided(name, provided, ()):
            raise ValueError(f"no stage assigns {name!r}, which the coded article needs")


def _provided(name: str, provided: Sequence[str], to_run: Sequence[Stage]) -> bool:
    if any(_within(name, later) for stage in to_run for later in stage.assigns):
        return False
    return any(_within(name, have) for have in provided)


def _within(name: str, outer: str) -> bool:
    """Whether ``name`` is ``outer`` or a field inside it."""
    return name == outer or name.startswith(outer + ".")
