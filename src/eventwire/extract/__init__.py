"""Clean text from raw documents: decode, main text, boilerplate, language, date, signature.

:func:`extract` turns one :class:`RawDocument` into an :class:`Article` or a
:class:`Rejection`. For plain text, ``Article.kept``/``Article.removed`` are offsets into
the decoded input; for HTML they are offsets into the main text extracted with trafilatura
(see :mod:`eventwire.extract.html`; when it finds none, into the page's visible text). The
dateline, at the start of the body or below its headline, is kept as metadata and dates the
article when the record, the argument and the page give no date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from eventwire.extract.boilerplate import FilterResult, filter_boilerplate
from eventwire.extract.dateline import dateline_date, locate_dateline, year_hint
from eventwire.extract.dates import parse_date_hint
from eventwire.extract.decode import blank_controls, decode_text
from eventwire.extract.html import HtmlExtraction, extract_html
from eventwire.extract.language import judge_language
from eventwire.extract.relevance import off_topic
from eventwire.extract.signature import minhash_signature
from eventwire.extract.visible_text import flat_text, tag_count, visible_text
from eventwire.reasons import reject
from eventwire.records import Article, RawDocument, Rejection
from eventwire.settings import get_settings

__all__ = ["FilterResult", "extract", "filter_boilerplate", "visible_text"]

MIN_BODY_CHARS = 30
# A page with more tags than this is read as a flat stream of tags (``flat_text``), not
# by trafilatura and lxml, whose time and memory on a million tags run to a minute and
# a gigabyte. News pages hold a few thousand.
MAX_TAGS = 100_000


def _size(content: bytes | str) -> int:
    if isinstance(content, bytes):
        return len(content)
    return len(content)  # characters: a lower bound on the UTF-8 size


def _too_large(content: bytes | str, max_bytes: int) -> bool:
    size = _size(content)
    if size > max_bytes:
        return True
    if isinstance(content, str) and size * 4 > max_bytes:
        return len(content.encode("utf-8", errors="replace")) > max_bytes
    return False


def _resolve_date(
    raw: RawDocument,
    published: dt.date | None,
    page: HtmlExtraction | None,
    dateline_text: str | None,
) -> tuple[dt.date | None, str | None]:
    if published is not None:
        return published, "argument"
    from_record = parse_date_hint(raw.published)
    if from_record is not None:
        return from_record, "record"
    if page is not None and page.date is not None:
        return page.date, page.date_how
    if dateline_text:
        reference = raw.fetched_at.date() if raw.fetched_at is not None else None
        url = raw.url or (page.url if page else None)
        found = dateline_date(dateline_text, reference, year_hint(raw.published, url))
        if found is not None:
            return found, "dateline"
    return None, None


def extract(
    raw: RawDocument,
    *,
    published: dt.date | None = None,
    languages: Collection[str] = ("en",),
    max_bytes: int | None = None,
) -> Article | Rejection:
    """The clean article of ``raw``, or a rejection saying why there is none. Never raises.

    ``published`` overrides every date found in the document. ``languages`` lists the ISO
    639-1 codes to accept (empty or ``"*"``: all). Inputs over ``max_bytes`` (by default the
    ``max_bytes`` setting) are rejected before they are decoded.
    """
    if max_bytes is None:
        max_bytes = get_settings().max_bytes
    uri = raw.uri
    if _too_large(raw.content, max_bytes):
        size = _size(raw.content)
        return reject(uri, "too-large", f"It has {size:,} bytes; the limit is {max_bytes:,}.")
    doc_id = raw.doc_id
    is_html = raw.content_type == "text/html"
    decoded = decode_text(raw.content, html=is_html)
    if decoded.text is None:
        return reject(uri, decoded.reason or "undecodable", decoded.detail, doc_id)
    text = decoded.text
    if not text.strip():
        return reject(uri, "empty", "", doc_id)
    page: HtmlExtraction | None = None
    select_region = True
    if is_html and tag_count(text) > MAX_TAGS:  # too costly for the tree parsers
        text = flat_text(text)
        if not text.strip():
            return reject(uri, "empty", "The page has no visible text.", doc_id)
    elif is_html:
        page = extract_html(text, raw.url)
        if page.text.strip():
            text, select_region = page.text, False
        else:
            text = visible_text(text)
            if not text.strip():
                return reject(uri, "empty", "The page has no visible text.", doc_id)
    clean = blank_controls(text)
    title = raw.title or (page.title if page else None)
    result = filter_boilerplate(clean, select_region=select_region, title=title)
    body = "\n\n".join(clean[span.start : span.end] for span in result.kept)
    if len(body.strip()) < MIN_BODY_CHARS:
        detail = f"{len(body.strip())} characters are left; at least {MIN_BODY_CHARS} are needed."
        return reject(uri, "no-body", detail, doc_id)
    guess = judge_language(body, languages)
    if not guess.accepted:
        detail = f"Identified as {guess.language!r} (p={guess.probability:.2f})."
        return reject(uri, f"language:{guess.language}", detail, doc_id)
    discarded = off_topic(body)
    if discarded is not None:
        return reject(uri, "off-topic", discarded, doc_id)
    dateline = locate_dateline(body)
    date, how = _resolve_date(raw, published, page, dateline.date_text if dateline else None)
    return Article(
        doc_id=doc_id,
        uri=uri,
        text=body,
        url=raw.url or (page.url if page else None),
        title=title,
        published=date,
        published_how=how,
        source=raw.source or (page.sitename if page else None),
        language=guess.language,
        removed=result.removed,
        kept=result.kept,
        dateline=dateline,
        signature=minhash_signature(body),
        decoded_as=decoded.how,
    )
