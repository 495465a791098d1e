"""Score body extraction on the HTML article benchmark (``gold/html-benchmark``).

Two paths per page: (a) the HTML itself through :func:`eventwire.extract.extract`; (b) the
page rendered to all its visible text and fed to ``extract`` as plain text, so only the
plain-text boilerplate filter decides. Each is scored by precision/recall/F1 over 4-token
shingles (lower-cased word tokens) of the kept body against ``articleBody``, with counts
summed over pages (micro average).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from eventwire.extract import extract
from eventwire.extract.visible_text import visible_text
from eventwire.records import Article, RawDocument

SHINGLE = 4
_TOKEN_RE = re.compile(r"\w+")


def shingle_counts(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Multiset of lower-cased word ``size``-grams (the whole text when shorter)."""
    tokens = _TOKEN_RE.findall(text.lower())
    if len(tokens) < size:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)}


def _body(result: object) -> str:
    return result.text if isinstance(result, Article) else ""


def score_html_benchmark(directory: Path, limit: int | None = None) -> dict[str, object]:
    """Score both paths on the pages under ``directory`` (first ``limit`` ids when given)."""
    truth: dict[str, dict[str, str]] = json.loads(
        (directory / "ground-truth.json").read_text(encoding="utf-8")
    )
    ids: Iterable[str] = sorted(truth)
    if limit is not None:
        ids = list(ids)[:limit]
    counts = {"html": [0, 0, 0], "plain": [0, 0, 0]}
    pages = 0
    for page_id in ids:
        path = directory / "html" / f"{page_id}.html.gz"
        if not path.exists():
            continue
        pages += 1
        html_bytes = gzip.decompress(path.read_bytes())
        gold = shingle_counts(truth[page_id].get("articleBody", ""))
        url = truth[page_id].get("url")
        html_doc = RawDocument(uri=str(path), content=html_bytes, content_type="text/html", url=url)
        html_text = html_doc.content if isinstance(html_doc.content, str) else ""
        if not html_text:
            html_text = html_bytes.decode("utf-8", errors="replace")
        plain_doc = RawDocument(uri=str(path), content=visible_text(html_text), url=url)
        for name, doc in (("html", html_doc), ("plain", plain_doc)):
            found = shingle_counts(_body(extract(doc, languages=("*",))))
            overlap = sum((found & gold).values())
            counts[name][0] += overlap
            counts[name][1] += sum(found.values()) - overlap
            counts[name][2] += sum(gold.values()) - overlap
    return {
        "pages": pages,
        "html": _prf(*counts["html"]),
        "plain": _prf(*counts["plain"]),
    }


def format_table(result: dict[str, object]) -> str:
    """A small text table of a :func:`score_html_benchmark` result."""
    lines = [f"HTML benchmark: {result.get('pages', 0)} pages", "path    P       R       F1"]
    for name in ("html", "plain"):
        scores = result.get(name)
        if isinstance(scores, dict):
            lines.append(f"{name:<7} {scores['p']:.4f}  {scores['r']:.4f}  {scores['f1']:.4f}")
    return "\n".join(lines)
