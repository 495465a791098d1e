"""``POST /api/code``: code a posted text or HTML document and return it, storing nothing."""

from __future__ import annotations

import threading
import time
from typing import Any

from fastapi import APIRouter, HTTPException, Request

from eventwire.api.articles import coded_article_out
from eventwire.api.models import CodeRequest, CodeResult, ErrorOut
from eventwire.records import Rejection

router = APIRouter(prefix="/api")

WAIT_SECONDS = 60.0
_CODER = threading.Lock()  # one document at a time: the coder is CPU-bound


def warm_up() -> None:
    """Load the spaCy pipeline now, so that the first posted text is coded quickly."""
    from eventwire.nlp import load

    with _CODER:
        load()


@router.post(
    "/code",
    response_model=CodeResult,
    summary="code a text or HTML document without storing it",
    responses={
        400: {"model": ErrorOut, "description": "the body is not readable JSON"},
        413: {"model": ErrorOut, "description": "the body is larger than the server allows"},
        422: {
            "model": ErrorOut,
            "description": "invalid body, or the coder failed on this text (the message "
            "says why: `coder-error: ...`)",
        },
        503: {"model": ErrorOut, "description": "the coder is busy; see Retry-After"},
    },
)
def code(body: CodeRequest, request: Request) -> dict[str, Any]:
    """Run the whole pipeline on ``text``: the coded article with every span, or why
    it was rejected (too short, not English, ...). The body size is limited by the
    server (``eventwire serve --max-code-bytes``)."""
    from eventwire.pipeline import code_text

    if not _CODER.acquire(timeout=WAIT_SECONDS):
        raise HTTPException(503, "the coder is busy; try again", headers={"Retry-After": "5"})
    try:
        started = time.perf_counter()
        result = code_text(
            body.text, published=body.published, uri=body.uri, content_type=body.content_type
        )
        seconds = round(time.perf_counter() - started, 3)
    finally:
        _CODER.release()
    if isinstance(result, Rejection) and result.reason == "coder-error":
        raise HTTPException(422, f"{result.reason}: {result.detail}")
    if isinstance(result, Rejection):
        return {"rejection": {"reason": result.reason, "detail": result.detail}, "seconds": seconds}
    return {"article": coded_article_out(result), "seconds": seconds}
