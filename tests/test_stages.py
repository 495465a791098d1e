"""The stage table (``eventwire.stages.STAGES``): locked by a snapshot, checked for order,
and held to what each stage says it reads and assigns.

Changing the order of the stages or what one reads or adds changes what eventwire codes;
the snapshot below makes that a visible change to review (after spaCy's
``spacy/tests/test_factory_registrations.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import MISSING, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, NoReturn

import pytest

from eventwire import __version__
from eventwire.actors import recognise
from eventwire.actors.dateline import outside_dateline
from eventwire.events.coder import code_events
from eventwire.events.context import Context
from eventwire.extract import extract
from eventwire.geo import Gazetteer, locate
from eventwire.geo.locate import convention_toponyms
from eventwire.ingest import read_paths
from eventwire.nlp import load
from eventwire.pipeline import annotate
from eventwire.quotes import find_quotes
from eventwire.records import Article, CodedArticle, Place, RawDocument
from eventwire.stages import (
    FILLS,
    GIVEN,
    STAGES,
    Annotation,
    Stage,
    check_order,
    coded,
    run_stages,
)
from eventwire.timex import find_dates

SNAPSHOT: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "places",
        ("doc", "article.text", "article.dateline", "gazetteer"),
        ("places",),
    ),
    (
        "dateline",
        ("article.dateline", "places", "gazetteer"),
        ("dateline_place", "home", "article.dateline.country"),
    ),
    (
        "actors",
        (
            "doc",
            "article.text",
            "lexicon",
            "home",
            "places",
            "article.published",
            "article.dateline.span",
        ),
        ("actors",),
    ),
    (
        "quotes",
        ("doc", "article.text", "actors"),
        ("quotes",),
    ),
    (
        "dates",
        ("doc", "article.text", "article.published"),
        ("dates",),
    ),
    (
        "events",
        ("doc", "actors", "places", "dates", "quotes", "dateline_place", "article.published"),
        ("events",),
    ),
    (
        "toponyms",
        ("doc", "places", "article.text", "article.dateline", "gazetteer"),
        ("toponyms",),
    ),
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "src" / "eventwire" / "data" / "corpus"
SAMPLES = (
    "008-iaea-iran-inspectors.txt",
    "033-georgia-protests-baltic-sanctions.txt",
    "041-colombia-backs-down-deportation-flights.html",
)
UNDATELINED = (
    "Greek Foreign Minister Nikos Dendias met Turkish Foreign Minister Mevlut Cavusoglu in "
    'Ankara on Tuesday.\n\n"We agreed to reopen the border crossing at Kipoi next month," '
    "Dendias told reporters after the talks."
)


# -- the table ---------------------------------------------------------------------------


def test_the_table_matches_its_snapshot() -> None:
    assert tuple((s.name, s.reads, s.assigns) for s in STAGES) == SNAPSHOT


def _names(cell: str) -> tuple[str, ...]:
    return tuple(re.findall(r"`([^`]+)`", cell))


def test_the_readme_shows_the_table() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    # The table under "How it works", up to the next section.
    text = text.split("\n## How it works", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([a-z_]+)` \| (.*?) \| (.*?) \|$", text, re.M)
    shown = tuple((name, _names(reads), _names(adds)) for name, reads, adds in rows)
    assert shown == SNAPSHOT


def test_stage_names_are_unique() -> None:
    names = [s.name for s in STAGES]
    assert len(names) == len(set(names))


def test_the_annotation_holds_what_is_given_and_what_the_stages_assign() -> None:
    required = tuple(
        f.name for f in fields(Annotation) if f.default is MISSING and f.default_factory is MISSING
    )
    assert required == GIVEN  # the fields with no default are exactly the given ones
    assigned = {name.split(".")[0] for s in STAGES for name in s.assigns}
    assert {f.name for f in fields(Annotation)} == set(GIVEN) | assigned


def test_fills_are_the_coded_articles_fields_but_the_version() -> None:
    assert (*FILLS, "coder_version") == (
        *(f.name for f in fields(CodedArticle) if f.name != "coder_version"),
        "toponyms",  # reported with the places
        "coder_version",
    )


# -- check_order ---------------------------------------------------------------------------


def _table(*names: str) -> tuple[Stage, ...]:
    by_name = {s.name: s for s in STAGES}
    return tuple(by_name[n] for n in names)


def test_the_table_is_in_order() -> None:
    check_order(STAGES)


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (("places", "dateline", "quotes", "actors", "dates", "events"), "'quotes' reads 'actors'"),
        (
            ("dateline", "places", "actors", "quotes", "dates", "events"),
            "'dateline' reads 'places'",
        ),
        (("places", "dateline", "actors", "quotes", "events", "dates"), "'events' reads 'dates'"),
        (("places", "dateline", "actors", "quotes", "dates"), "no stage assigns 'events'"),
        (("places", "places"), "'places' assigns 'places' again"),
    ],
)
def test_a_table_out_of_order_is_refused(names: tuple[str, ...], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_order(_table(*names))


def test_a_field_inside_a_given_one_is_there_only_once_assigned() -> None:
    early = Stage("early", reads=("article.dateline.country",), assigns=(), run=lambda s: s)
    with pytest.raises(ValueError, match=r"'early' reads 'article\.dateline\.country'"):
        check_order((early, *STAGES))
    check_order((*STAGES, replace(early, name="late")))


def test_a_name_assigned_twice_is_refused() -> None:
    again = Stage("again", reads=(), assigns=("places",), run=lambda s: s)
    with pytest.raises(ValueError, match="'again' assigns 'places' again"):
        check_order((*STAGES[:1], again, *STAGES[1:]))


def test_a_read_of_nothing_given_is_refused() -> None:
    with pytest.raises(ValueError, match="reads 'weather'"):
        check_order((Stage("odd", reads=("weather",), assigns=(), run=lambda s: s), *STAGES))


# -- the stages against real articles ----------------------------------------------------------


def _articles() -> list[Article]:
    documents = list(read_paths([str(CORPUS / name) for name in SAMPLES]))
    documents.append(RawDocument(uri="undatelined", content=UNDATELINED))
    found = []
    for document in documents:
        assert isinstance(document, RawDocument)
        article = extract(document, published=dt.date(2025, 3, 4))
        assert isinstance(article, Article), article
        found.append(article)
    return found


@pytest.fixture(scope="module")
def articles() -> list[tuple[Article, Any]]:
    nlp = load()
    return [(article, nlp(article.text)) for article in _articles()]


def _hard_wired(article: Article, doc: Any) -> CodedArticle:
    """What ``annotate`` did before the table: the stages called in a fixed order."""
    gazetteer = Gazetteer.default()
    places = locate(doc, dateline=article.dateline, gazetteer=gazetteer, text=article.text)
    dateline_place: Place | None = None
    dateline = article.dateline
    if dateline is not None and dateline.place:
        inside = [p for p in places if dateline.span.start <= p.span.start < dateline.span.end]
        head = dateline.place.split(",")[0].strip()
        dateline_place = inside[0] if inside else gazetteer.resolve(head.title(), dateline.span)
    home = dateline_place.country if dateline_place else None
    if article.dateline is not None and home is not None:
        article = replace(article, dateline=replace(article.dateline, country=home))
    actors = recognise(doc, None, home_country=home, published=article.published, places=places)
    actors = outside_dateline(actors, doc, article.dateline.span if article.dateline else None)
    quotes = find_quotes(doc, actors)
    dates = tuple(find_dates(doc, article.published, text=article.text))
    context = Context(
        actors=actors,
        places=places,
        dates=dates,
        published=article.published,
        dateline_place=dateline_place,
        speakers=quotes.speaker_at,
    )
    extra = convention_toponyms(
        doc, places, dateline=article.dateline, gazetteer=gazetteer, text=article.text
    )
    return CodedArticle(
        article=article,
        actors=actors.actors,
        places=tuple(sorted((*places, *extra), key=lambda p: p.span.start)),
        events=tuple(code_events(doc, context)),
        quotes=quotes.quotes,
        coder_version=__version__,
    )


def test_annotate_through_the_table_codes_what_the_hard_wired_order_did(
    articles: list[tuple[Article, Any]],
) -> None:
    for article, doc in articles:
        result = annotate(article, doc)
        assert result == _hard_wired(article, doc), article.uri
    coded_ones = [annotate(article, doc) for article, doc in articles]
    assert all(c.events for c in coded_ones)  # the samples exercise every stage
    assert any(c.quotes for c in coded_ones)
    assert coded_ones[1].article.dateline is not None
    assert coded_ones[1].article.dateline.country == "GEO"
    assert coded_ones[-1].article.dateline is None
    assert [q.speaker.name if q.speaker else None for q in coded_ones[-1].quotes] == [
        "Nikos Dendias"
    ]


class _Unread:
    """Stands in for what a stage does not say it reads: any use of it fails the test."""

    def __init__(self, path: str) -> None:
        self.path = path

    def _fail(self, *args: object, **kwargs: object) -> NoReturn:
        raise AssertionError(f"read {self.path!r}, which the stage does not declare")

    def __getattr__(self, name: str) -> NoReturn:
        self._fail()

    __bool__ = __len__ = __iter__ = __contains__ = __getitem__ = _fail
    __eq__ = __lt__ = __hash__ = __index__ = __int__ = __float__ = __str__ = _fail


def _only(value: Any, reads: tuple[str, ...], prefix: str = "") -> Any:
    """``value`` with every field that no name in ``reads`` covers replaced by an _Unread."""
    if not is_dataclass(value) or isinstance(value, type):
        return value
    changes = {}
    for f in fields(value):
        path = prefix + f.name
        if path in reads:
            continue
        if any(name.startswith(path + ".") for name in reads):
            changes[f.name] = _only(getattr(value, f.name), reads, path + ".")
        else:
            changes[f.name] = _Unread(path)
    return replace(value, **changes)


def _at(value: Any, path: str) -> Any:
    for name in path.split("."):
        if value is None:
            return None
        value = getattr(value, name)
    return value


def test_each_stage_reads_and_assigns_only_what_it_declares(
    articles: list[tuple[Article, Any]],
) -> None:
    for article, doc in articles:
        state = Annotation(article=article, doc=doc, lexicon=None, gazetteer=Gazetteer.default())
        for stage in STAGES:
            after = stage.run(state)
            shown = _only(state, stage.reads)
            seen = stage.run(shown)
            for name in stage.assigns:
                assert _at(seen, name) == _at(after, name), (stage.name, name)
            touched = {name.split(".")[0] for name in stage.assigns}
            for f in fields(Annotation):
                if f.name not in touched:
                    assert getattr(seen, f.name) is getattr(shown, f.name), (stage.name, f.name)
            state = after
        assert coded(_only(state, FILLS)) == coded(state)


def test_run_stages_runs_the_table_in_order(articles: list[tuple[Article, Any]]) -> None:
    article, doc = articles[0]
    given = Annotation(article=article, doc=doc, lexicon=None, gazetteer=Gazetteer.default())
    state = given
    for stage in STAGES:
        state = stage.run(state)
    assert run_stages(given) == state
    assert run_stages(given, ()) is given
