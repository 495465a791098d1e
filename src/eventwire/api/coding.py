"""``POST /api/code``: code a posted text or HTML document and return it, storing nothing."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from fastapi import APIRouter, HTTPException, Request

from eventwire.api.articles import coded_article_out
from eventwire.api.models import CodeRequest, CodeResult, ErrorOut
from eventwire.records import Rejection
from eventwire.settings import get_settings

router = APIRouter(prefix="/api")

# Coding runs in a pool of its own (one thread: the coder is CPU-bound), never in the
# server's thread pool, so reads never wait behind it. At most ``QUEUE`` texts are being
# coded or waiting (the ``api_code_queue`` setting, read when this module is imported);
# beyond that the answer is 503 with Retry-After at once.
QUEUE = get_settings().api_code_queue
RETRY_AFTER = "5"
_POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventwire-coder")
_SLOTS = threading.BoundedSemaphore(QUEUE)


def warm_up() -> None:
    """Load the spaCy pipeline now, so that the first posted text is coded quickly."""
    from eventwire.nlp import load

    _POOL.submit(load).result()


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
async def code(body: CodeRequest, request: Request) -> dict[str, Any]:
    """Run the whole pipeline on ``text``: the coded article with every span, or why
    it was rejected (too short, not English, ...). The body size is limited by the
    server (``eventwire serve --max-code-bytes``); when the coder already has a few texts
    to code, the answer is 503 with ``Retry-After``."""
    if not _SLOTS.acquire(blocking=False):
        raise HTTPException(
            503, "the coder is busy; try again", headers={"Retry-After": RETRY_AFTER}
        )
    try:
        job: Future[tuple[Any, float]] = _POOL.submit(_code, body)
    except BaseException:
        _SLOTS.release()
        raise
    job.add_done_callback(lambda _: _SLOTS.release())  # also when the client went away
    result, seconds = await asyncio.wrap_future(job)
    if isinstance(result, Rejection) and result.reason == "coder-error":
        raise HTTPException(422, f"{result.reason}: {result.detail}")
    if isinstance(result, Rejection):
        return {"rejection": {"reason": result.reason, "detail": result.detail}, "seconds": seconds}
    return {"article": coded_article_out(result), "seconds": seconds}


def _code(body: CodeRequest) -> tuple[Any, float]:
    from eventwire.pipeline import code_text

    started = time.perf_counter()
    result = code_text(
        body.text, published=body.published, uri=body.uri, content_type=body.content_type
    )
    return result, round(time.perf_counter() - started, 3)
