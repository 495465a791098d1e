"""Planning one write transaction: what to insert, replace and clear for a batch.

The plan reads what the store already holds with three queries for the whole
batch, then walks the documents in order, so that documents of one batch see each
other exactly as if each had been written in its own transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import duckdb

from eventwire.reasons import explain
from eventwire.records import Article, CodedArticle, Rejection
from eventwire.store import _rows
from eventwire.store._neardup import NearDuplicateIndex

REJECTION_COLUMNS = ("uri", "doc_id", "reason", "detail", "run_id", "rejected_at")
Key = tuple[str, str]  # ("url", url), or ("uri", uri) for an article without a URL


def version_key(article: Article) -> Key:
    """What identifies the versions of one document: its URL, else its URI."""
    return ("url", article.url) if article.url else ("uri", article.uri)


@dataclass(slots=True)
class BatchPlan:
    """The statements one batch needs, and for each item whether it is written."""

    written: list[bool] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)  # stored articles replaced
    cleared: list[tuple[str, str]] = field(default_factory=list)  # (uri, doc_id kept)
    articles: dict[str, _rows.ArticleRows] = field(default_factory=dict)
    rejections: dict[tuple[str, str | None], _rows.Row] = field(default_factory=dict)

    def tables(self) -> dict[str, tuple[tuple[str, ...], list[_rows.Row]]]:
        """Every row to insert, merged per table across the batch's articles."""
        merged: dict[str, tuple[tuple[str, ...], list[_rows.Row]]] = {}
        for rows in self.articles.values():
            for table, (columns, table_rows) in rows.tables.items():
                merged.setdefault(table, (columns, []))[1].extend(table_rows)
        merged["rejections"] = (REJECTION_COLUMNS, list(self.rejections.values()))
        return merged


def plan_batch(
    con: duckdb.DuckDBPyConnection,
    items: Sequence[CodedArticle | Rejection],
    index: NearDuplicateIndex,
    run_id: str,
    now: dt.datetime,
) -> BatchPlan:
    """Plan ``items``; updates ``index`` as it goes (reset it if the transaction fails).

    The index's candidates for every new article of the batch come from one query here;
    the caller flushes the index once the batch's article rows are inserted.
    """
    articles = [item.article for item in items if isinstance(item, CodedArticle)]
    stored, versions = _stored_articles(con, articles)
    index.prepare((a.doc_id, a.signature) for a in articles if a.doc_id not in stored)
    rejected = _stored_rejections(con, [item.uri if isinstance(item, Rejection)
                                        else item.article.uri for item in items]
                                  + [version_key(a)[1] for a in articles])  # fmt: skip
    plan = BatchPlan()
    for item in items:
        if isinstance(item, Rejection):
            key = (item.uri, item.doc_id)
            fresh = item.doc_id not in rejected.setdefault(item.uri, set())
            if fresh:
                rejected[item.uri].add(item.doc_id)
                plan.rejections[key] = (
                    item.uri, item.doc_id, item.reason, item.detail, run_id, now,
                )  # fmt: skip
            plan.written.append(fresh)
            continue
        article = item.article
        if article.doc_id in stored or article.doc_id in plan.articles:
            plan.written.append(False)
            continue
        older = [d for d in versions.get(version_key(article), ()) if d != article.doc_id]
        for doc_id in older:
            if plan.articles.pop(doc_id, None) is None:
                plan.deleted.append(doc_id)
            index.remove(doc_id)
            _supersede(plan, rejected, article, doc_id, run_id, now)
        versions[version_key(article)] = {article.doc_id}
        _clear_rejections(plan, rejected, article)
        group = index.group_for(article.doc_id, article.signature, exclude=older)
        index.add(article.doc_id, article.signature, group)
        plan.articles[article.doc_id] = _rows.flatten(
            item, dup_group=group, run_id=run_id, coded_at=now
        )
        plan.written.append(True)
    return plan


def _supersede(
    plan: BatchPlan,
    rejected: dict[str, set[str | None]],
    article: Article,
    replaced: str,
    run_id: str,
    now: dt.datetime,
) -> None:
    """Record the version ``article`` replaces as a ``superseded`` rejection under its URL,
    so that a re-run of inputs holding both versions skips the older one instead of
    coding it again (and replacing the newer one back)."""
    uri = version_key(article)[1]
    if replaced in rejected.setdefault(uri, set()):
        return
    rejected[uri].add(replaced)
    detail = f"{explain('superseded')} The version kept is {article.doc_id}."
    plan.rejections[(uri, replaced)] = (uri, replaced, "superseded", detail, run_id, now)


def _clear_rejections(
    plan: BatchPlan, rejected: dict[str, set[str | None]], article: Article
) -> None:
    """A coded version of a URI clears its rejections with other content."""
    others = {d for d in rejected.get(article.uri, set()) if d != article.doc_id}
    if not others:
        return
    plan.cleared.append((article.uri, article.doc_id))
    for doc_id in others:
        plan.rejections.pop((article.uri, doc_id), None)
    rejected[article.uri] -= others


def _stored_articles(
    con: duckdb.DuckDBPyConnection, articles: list[Article]
) -> tuple[set[str], dict[Key, set[str]]]:
    """Which of ``articles`` the store holds (by ``doc_id``), and the stored versions of
    each of their keys (:func:`version_key`): both from one query."""
    if not articles:
        return set(), {}
    doc_ids = sorted({a.doc_id for a in articles})
    urls = sorted({a.url for a in articles if a.url}) or [""]
    uris = sorted({a.uri for a in articles if not a.url}) or [""]
    rows = con.execute(
        "SELECT doc_id, url, uri FROM articles WHERE doc_id IN (SELECT unnest($ids)) "
        "OR url IN (SELECT unnest($urls)) "
        "OR (url IS NULL AND uri IN (SELECT unnest($uris)))",
        {"ids": doc_ids, "urls": urls, "uris": uris},
    ).fetchall()
    wanted_ids, wanted_urls, wanted_uris = set(doc_ids), set(urls), set(uris)
    stored: set[str] = set()
    versions: dict[Key, set[str]] = {}
    for doc_id, url, uri in rows:
        if doc_id in wanted_ids:
            stored.add(str(doc_id))
        if url in wanted_urls or (url is None and uri in wanted_uris):
            key: Key = ("url", str(url)) if url else ("uri", str(uri))
            versions.setdefault(key, set()).add(str(doc_id))
    return stored, versions


def _stored_rejections(
    con: duckdb.DuckDBPyConnection, uris: list[str]
) -> dict[str, set[str | None]]:
    if not uris:
        return {}
    rows = con.execute(
        "SELECT uri, doc_id FROM rejections WHERE uri IN (SELECT unnest(?))",
        [sorted(set(uris))],
    ).fetchall()
    rejected: dict[str, set[str | None]] = {}
    for uri, doc_id in rows:
        rejected.setdefault(str(uri), set()).add(None if doc_id is None else str(doc_id))
    return rejected
