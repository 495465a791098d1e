"""The near-duplicate index lives in the store: a later process groups copies with originals."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

from eventwire.extract.signature import minhash_signature
from eventwire.records import CodedArticle
from eventwire.resources import data_path
from eventwire.store import Store
from store_driver import coded

STORY = "007-kyiv-overnight-drone-attack"
TESTS = Path(__file__).resolve().parent

WRITE_COPY = """
import sys
from pathlib import Path
from eventwire.store import Store
from test_store_neardup_persist import corpus_article
with Store(Path(sys.argv[1])) as store:
    copy = corpus_article(sys.argv[2])
    run_id = store.begin_run([], version="test", lexicon_version="test")
    assert store.write(copy, run_id)
    row = store.sql("SELECT dup_group FROM articles WHERE doc_id = ?", [copy.article.doc_id])
    print(row[0]["dup_group"])
"""


def corpus_article(name: str) -> CodedArticle:
    """A sample-corpus story as a coded article with the extractor's signature."""
    text = Path(str(data_path("corpus", f"{name}.txt"))).read_text(encoding="utf-8")
    item = coded(text, uri=f"file://{name}.txt", url=f"https://news.example/{name}")
    article = dataclasses.replace(item.article, signature=minhash_signature(text))
    return dataclasses.replace(item, article=article)


def write_copy_in_new_process(db: Path, name: str) -> str:
    """Open the store in a fresh interpreter, write one corpus story, return its group."""
    env = dict(os.environ)
    src = str(TESTS.parent / "src")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, str(TESTS), env.get("PYTHONPATH")) if p)
    done = subprocess.run(
        [sys.executable, "-c", WRITE_COPY, str(db), name],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


def store_original(db: Path) -> str:
    original = corpus_article(STORY)
    with Store(db) as store:
        run_id = store.begin_run([], version="test", lexicon_version="test")
        assert store.write(original, run_id)
        assert store.write(corpus_article("012-eu-mercosur-trade-deal"), run_id)
    return original.article.doc_id


def test_a_new_process_groups_a_copy_with_the_original_stored_before(tmp_path: Path) -> None:
    db = tmp_path / "ev.duckdb"
    original = store_original(db)
    with Store(db, read_only=True) as store:
        bands = store.sql("SELECT COUNT(*) AS n FROM neardup_bands WHERE doc_id = ?", [original])
        assert bands[0]["n"] == 21  # one row per band: 21 bands of 3 values
    assert write_copy_in_new_process(db, f"{STORY}-syndicated") == original
    # An unrelated story written by yet another process stays in its own group.
    other = corpus_article("022-uk-sanctions-shadow-fleet").article.doc_id
    assert write_copy_in_new_process(db, "022-uk-sanctions-shadow-fleet") == other


def test_a_store_without_band_rows_gets_them_on_the_first_write(tmp_path: Path) -> None:
    db = tmp_path / "ev.duckdb"
    original = store_original(db)
    with Store(db) as store:  # as if written by an eventwire that kept the index in RAM
        store.connection.execute("DELETE FROM neardup_bands")
    assert write_copy_in_new_process(db, f"{STORY}-syndicated") == original
    with Store(db, read_only=True) as store:
        rows = store.sql("SELECT COUNT(DISTINCT doc_id) AS n FROM neardup_bands")
        assert rows[0]["n"] == 3


def test_deleting_or_replacing_an_article_drops_its_band_rows(tmp_path: Path) -> None:
    db = tmp_path / "ev.duckdb"
    original = store_original(db)
    with Store(db) as store:
        assert store.delete(original)
        left = store.sql("SELECT COUNT(*) AS n FROM neardup_bands WHERE doc_id = ?", [original])
        assert left[0]["n"] == 0
        run_id = store.begin_run([], version="test", lexicon_version="test")
        copy = corpus_article(f"{STORY}-syndicated")
        assert store.write(copy, run_id)  # the original is gone: the copy is its own group
        group = store.sql("SELECT dup_group FROM articles WHERE doc_id = ?", [copy.article.doc_id])
        assert group[0]["dup_group"] == copy.article.doc_id
