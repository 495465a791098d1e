"""Composes the stages: raw documents in, coded articles (or rejections) out.

Every stage but the spaCy parse is a pure function of one document, so the same code
runs in a loop, in a process pool, or inside a Ray Data ``map_batches``.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.actors import ActorLexicon, load_lexicon
from eventwire.extract import extract
from eventwire.geo import Gazetteer
from eventwire.nlp import PIPELINES, load
from eventwire.reasons import reject
from eventwire.records import Article, CodedArticle, RawDocument, Rejection
from eventwire.segments import SEGMENT_CHARS, merge, segment_article, segment_bounds
from eventwire.settings import get_settings
from eventwire.stages import Annotation, coded, run_stages

Coded = CodedArticle | Rejection

# The user actor files (``--actors``), separated by os.pathsep. An environment variable,
# so that worker processes and Ray actors started by ``eventwire run`` see it too.
ACTORS_ENV = "EVENTWIRE_ACTORS"


def use_actor_files(paths: Sequence[str | Path]) -> ActorLexicon | None:
    """Make the built-in lexicons plus the user files ``paths`` the lexicon that coding
    uses by default, in this process and in the workers it starts; return it (None
    when ``paths`` is empty, which restores the built-in lexicons)."""
    if not paths:
        os.environ.pop(ACTORS_ENV, None)
        return None
    missing = [str(p) for p in paths if not Path(p).is_file()]
    if missing:
        raise FileNotFoundError(f"actor file(s) not found: {', '.join(missing)}")
    os.environ[ACTORS_ENV] = os.pathsep.join(str(Path(p).resolve()) for p in paths)
    return _configured_lexicon()


def _configured_lexicon() -> ActorLexicon | None:
    """The lexicon named by ``EVENTWIRE_ACTORS``, or None for the built-in one."""
    value = os.environ.get(ACTORS_ENV, "")
    paths = tuple(p for p in value.split(os.pathsep) if p)
    return _lexicon_with(paths) if paths else None


@functools.cache
def _lexicon_with(paths: tuple[str, ...]) -> ActorLexicon:
    return load_lexicon(user_files=[Path(p) for p in paths])


def annotate(article: Article, doc: Doc, *, lexicon: ActorLexicon | None = None) -> CodedArticle:
    """Code one parsed article: places, the dateline, actors, quotes, dates, then events
    over them, as the stage table :data:`eventwire.stages.STAGES` orders them."""
    given = Annotation(
        article=article,
        doc=doc,
        lexicon=lexicon or _configured_lexicon(),
        gazetteer=Gazetteer.default(),
    )
    return coded(run_stages(given))


def code_documents(
    documents: Iterable[RawDocument | Rejection],
    *,
    published: dt.date | None = None,
    languages: Collection[str] = ("en",),
    batch_size: int | None = None,
    lexicon: ActorLexicon | None = None,
    segment_chars: int = SEGMENT_CHARS,
) -> Iterator[Coded]:
    """Extract, parse in batches and code every document, in input order.

    Never raises for one document: whatever a stage raises on a document becomes that
    document's ``coder-error`` rejection, and the others are coded. Bodies longer than
    ``segment_chars`` are coded in segments (:mod:`eventwire.segments`). ``batch_size``
    texts are parsed at a time (by default the ``batch_size`` setting)."""
    size = get_settings().batch_size if batch_size is None else batch_size
    nlp = load()
    batch: list[Article | Rejection] = []

    def flush() -> Iterator[Coded]:
        short = [a for a in batch if isinstance(a, Article) and len(a.text) <= segment_chars]
        docs = iter(_parse_all(nlp, short, size))
        for item in batch:
            if isinstance(item, Rejection):
                yield item
            elif len(item.text) > segment_chars:
                yield _guarded(item, lambda a: _code_long(nlp, a, segment_chars, lexicon))
            else:
                doc = next(docs)
                if isinstance(doc, Doc):
                    yield _guarded(item, functools.partial(_annotate, doc=doc, lexicon=lexicon))
                else:
                    yield coder_error(item.uri, doc, item.doc_id)
        batch.clear()

    for document in documents:
        if isinstance(document, Rejection):
            batch.append(document)
        else:
            batch.append(_codable(_extract(document, published, languages)))
        if len(batch) >= size:
            yield from flush()
    yield from flush()


def coder_error(uri: str, error: BaseException, doc_id: str | None = None) -> Rejection:
    """The rejection of a document on which a stage raised ``error``."""
    return reject(uri, "coder-error", f"{type(error).__name__}: {error}"[:2000], doc_id)


def _extract(
    document: RawDocument, published: dt.date | None, languages: Collection[str]
) -> Article | Rejection:
    try:
        return extract(document, published=published, languages=languages)
    except Exception as error:  # one document's failure is its rejection, not the run's
        try:
            doc_id: str | None = document.doc_id
        except Exception:
            doc_id = None
        return coder_error(document.uri, error, doc_id)


def _guarded(article: Article, code: Callable[[Article], CodedArticle]) -> Coded:
    try:
        return code(article)
    except Exception as error:  # one document's failure is its rejection, not the run's
        return coder_error(article.uri, error, article.doc_id)


def _parse_all(nlp: Language, articles: list[Article], batch_size: int) -> list[Doc | Exception]:
    """The parse of each article (or the exception its parse raised), in order: in one
    batch, or one by one when the batch fails."""
    try:
        return list(nlp.pipe((a.text for a in articles), batch_size=batch_size))
    except Exception:  # find the document that fails
        found: list[Doc | Exception] = []
        for article in articles:
            try:
                found.append(nlp(article.text))
            except Exception as error:
                found.append(error)
        return found


def _annotate(article: Article, *, doc: Doc, lexicon: ActorLexicon | None) -> CodedArticle:
    return annotate(article, doc, lexicon=lexicon)


def _code_long(
    nlp: Language, article: Article, segment_chars: int, lexicon: ActorLexicon | None
) -> CodedArticle:
    """Code a long article segment by segment; one segment's parse is held at a time."""
    parts = []
    for start, end in segment_bounds(article.text, segment_chars):
        part = segment_article(article, start, end)
        parts.append((start, annotate(part, nlp(part.text), lexicon=lexicon)))
    return merge(article, parts)


def _codable(item: Article | Rejection) -> Article | Rejection:
    """The article, or a ``no-pipeline:xx`` rejection when there is no pipeline for its
    language (asked for with ``--languages``, but English text is all the model reads)."""
    if isinstance(item, Rejection) or item.language in PIPELINES:
        return item
    detail = f"Identified as {item.language!r}; pipelines: {', '.join(sorted(PIPELINES))}."
    return reject(item.uri, f"no-pipeline:{item.language}", detail, item.doc_id)


def code_text(
    text: str,
    *,
    published: dt.date | str | None = None,
    uri: str = "<text>",
    content_type: str = "text/plain",
    languages: Collection[str] = ("en",),
) -> Coded:
    """Code one text (plain or HTML) and return its ``CodedArticle`` or ``Rejection``."""
    when = dt.date.fromisoformat(published) if isinstance(published, str) else published
    raw = RawDocument(
        uri=uri,
        content=text,
        content_type="text/html" if content_type == "text/html" else "text/plain",
    )
    return next(code_documents([raw], published=when, languages=languages))


def code_paths(
    paths: Iterable[str | Path],
    *,
    published: dt.date | None = None,
    languages: Collection[str] = ("en",),
) -> Iterator[Coded]:
    """Read every file, folder or ``-`` in ``paths`` and code what it holds."""
    from eventwire.ingest import read_paths

    hint = published.isoformat() if published else None
    documents = read_paths([str(p) for p in paths], published=hint)
    return code_documents(documents, published=published, languages=languages)
