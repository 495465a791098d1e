"""`eventwire run` takes every source kind in one call: the real local runner, a real store."""

from __future__ import annotations

import shutil
from pathlib import Path

from eventwire.runners.local import run
from eventwire.store import Store

DATA = Path(__file__).parent / "data" / "ingest"


def test_one_run_codes_a_folder_of_every_kind(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    shutil.copytree(DATA, folder)
    (folder / "notes").mkdir()
    (folder / "notes" / "blank.txt").write_text("   \n")
    db = tmp_path / "mixed.duckdb"

    report = run([folder], db, progress=None)

    # txt 1, html 1, jsonl 2 (+2 bad lines), csv 2, rss 2, atom 1, JSON Feed 2 (+1 empty
    # item), warc 1; one blank text.
    assert report.coded == 12, report
    assert report.reasons == {"bad-record": 3, "empty": 1}, report.reasons
    assert report.rejected == 4
    with Store(db, read_only=True) as store:
        uris = {row["uri"] for row in store.sql("SELECT uri FROM articles")}
        kinds = {Path(uri.split("#")[0]).name for uri in uris}
        assert kinds == {
            "story.txt", "page.html", "docs.jsonl", "docs.csv",
            "feed.rss", "feed.atom", "feed.json", "crawl.warc.gz",
        }  # fmt: skip
        (warc,) = store.sql("SELECT url, published FROM articles WHERE uri LIKE '%warc.gz#R%'")
        assert warc["url"] == "https://example.org/world/grain"
        assert str(warc["published"]) == "2024-05-10"
        reasons = {row["reason"] for row in store.rejections()}
        assert reasons == {"bad-record", "empty"}

    again = run([folder], db, progress=None)
    assert again.coded == 0 and again.skipped == 16
