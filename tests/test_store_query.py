"""Reading the store: event filters, summary, near-duplicates and event clusters."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.records import CodedArticle, Place, Span
from eventwire.store import Store
from store_driver import actor, coded, event_in

BASE = (
    "The United States imposed sanctions on Iran over its nuclear programme on Monday, "
    "officials in Washington said, adding that further measures were under review by the "
    "Treasury and that allies in Europe had been informed of the decision in advance."
)
USA, IRN, CHN = actor("United States", "USA"), actor("Iran", "IRN"), actor("China", "CHN")
PROTESTERS = actor("Protesters", None, "CVL")


def wire_copy(text: str, source: str, url: str, day: dt.date = dt.date(2024, 5, 6)) -> CodedArticle:
    return coded(
        text,
        url=url,
        source=source,
        published=day,
        actors=(USA, IRN),
        events=(event_in(text, "imposed", "SANCTION", USA, IRN, day=day),),
    )


def protest(day: dt.date, city: str, lat: float, lon: float, n: int) -> CodedArticle:
    text = f"Protesters marched against China in {city} on day {n}, police said."
    place = Place(city, Span(text.index(city), text.index(city) + len(city)), "USA", None, lat, lon)
    return coded(
        text,
        url=f"https://local.example/{n}",
        source=f"local{n}.example",
        published=day,
        actors=(PROTESTERS, CHN),
        places=(place,),
        events=(event_in(text, "marched", "PROTEST", PROTESTERS, CHN, day=day, place=place),),
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("query") / "ev.duckdb"
    copy = BASE + " The statement was issued late."  # a syndicated copy, lightly edited
    items = [
        wire_copy(BASE, "wire.example", "https://wire.example/1"),
        wire_copy(copy, "paper-a.example", "https://paper-a.example/x"),
        wire_copy(copy + " ", "paper-b.example", "https://paper-b.example/y"),  # same text
        wire_copy(
            "Separately, the United States imposed sanctions on Iran's shipping firms, "
            "a second outlet reported with its own wording and reporting.",
            "other.example",
            "https://other.example/z",
            dt.date(2024, 5, 7),
        ),
        protest(dt.date(2024, 5, 6), "Boston", 42.36, -71.06, 1),
        protest(dt.date(2024, 5, 6), "Cambridge", 42.37, -71.11, 2),
        protest(dt.date(2024, 5, 6), "Seattle", 47.61, -122.33, 3),
        protest(dt.date(2024, 5, 9), "Boston", 42.36, -71.06, 4),
    ]
    with Store(path) as writer:
        run = writer.begin_run(["mem"], version="t", lexicon_version="t")
        written = [writer.write(item, run) for item in items]
        assert written == [True, True, False, True, True, True, True, True]
        writer.end_run(run, coded=7, rejected=0, skipped=1)
    with Store(path, read_only=True) as reader:
        yield reader


def test_filters(store: Store) -> None:
    assert len(store.query_events()) == 7  # the exact copy was not stored again
    assert {e["type"] for e in store.query_events(type="sanction")} == {"SANCTION"}
    assert len(store.query_events(type="SANCTION")) == 3
    assert len(store.query_events(actor="iran")) == 3
    assert len(store.query_events(actor="protest")) == 4
    assert len(store.query_events(country="chn")) == 4
    assert len(store.query_events(country="USA")) == 7  # source or place country
    assert len(store.query_events(since=dt.date(2024, 5, 7))) == 2
    assert len(store.query_events(until=dt.date(2024, 5, 6))) == 5
    assert store.query_events(status="negated") == []
    assert len(store.query_events(limit=3)) == 3
    assert store.query_events(actor="50%_off") == []
    dates = [e["effective_date"] for e in store.query_events()]
    assert dates == sorted(dates)


def test_near_duplicates_share_a_group(store: Store) -> None:
    rows = store.sql("SELECT source, dup_group, doc_id FROM articles ORDER BY source")
    group = {r["source"]: r["dup_group"] for r in rows}
    first = next(r["doc_id"] for r in rows if r["source"] == "wire.example")
    assert group["wire.example"] == group["paper-a.example"] == first
    assert group["other.example"] != first
    summary = store.summary()
    assert (summary.near_duplicate_groups, summary.near_duplicate_copies) == (1, 1)


def test_events_view_counts_syndicated_copies_once(store: Store) -> None:
    sanctions = store.query_events(type="SANCTION", dedup=True)
    assert len(sanctions) == 2
    assert sorted(e["n_copies"] for e in sanctions) == [1, 2]
    summary = store.summary()
    assert (summary.events, summary.unique_events) == (7, 6)
    assert summary.events_by_type == {"PROTEST": 4, "SANCTION": 2}
    top = summary.top_dyads[0]
    assert (top.source, top.target, top.events) == ("Protesters (CVL)", "China (CHN GOV)", 4)
    assert (top.source_key, top.target_key) == ("Protesters", "CHN")
    assert "4  Protesters (CVL) -> China (CHN GOV)" in str(summary)
    assert "SANCTION" in str(summary)


def test_clusters(store: Store) -> None:
    clusters = {(c["type"], c["first_date"]): c for c in store.clusters()}
    sanction = clusters[("SANCTION", dt.date(2024, 5, 6))]
    # Three mentions in three articles, two of which are copies of one story.
    assert sanction["last_date"] == dt.date(2024, 5, 7)
    assert (sanction["n_copies"], sanction["n_articles"], sanction["n_mentions"]) == (3, 2, 2)
    assert sanction["n_sources"] == 2  # wire (for its copy too) and other
    assert sanction["dyad"] == "USA -> IRN"
    # Boston and Cambridge are one protest; Seattle the same day and Boston later are not.
    protests = sorted(
        (c["first_date"], c["place_name"], c["n_articles"])
        for c in store.clusters()
        if c["type"] == "PROTEST"
    )
    assert protests == [
        (dt.date(2024, 5, 6), "Boston", 2),
        (dt.date(2024, 5, 6), "Seattle", 1),
        (dt.date(2024, 5, 9), "Boston", 1),
    ]
    in_cluster = store.query_events(type="SANCTION")
    assert {e["cluster_id"] for e in in_cluster} == {sanction["cluster_id"]}
    assert store.summary().clusters == 4


def test_every_example_query_in_schema_md_runs(store: Store) -> None:
    schema_md = Path(__file__).resolve().parents[1] / "src/eventwire/store/SCHEMA.md"
    blocks = re.findall(r"```sql\n(.*?)```", schema_md.read_text(encoding="utf-8"), re.S)
    queries = [q.strip() for block in blocks for q in block.split(";") if q.strip()]
    assert len(queries) >= 12
    for query in queries:
        store.sql(query)  # raises if the documented query is wrong


def test_dyad_filter_takes_codes_and_names(store: Store) -> None:
    assert len(store.query_events(dyad=("USA", "IRN"))) == 3
    assert len(store.query_events(dyad=("United States", "iran"))) == 3
    assert store.query_events(dyad=("IRN", "USA")) == []  # directed
    assert len(store.query_events(dyad=("protest", "China"))) == 4  # an actor name


def test_counts_per_period_and_type(store: Store) -> None:
    days = store.counts("day")
    assert {(r["period"], r["type"]): (r["events"], r["mentions"]) for r in days} == {
        (dt.date(2024, 5, 6), "PROTEST"): (3, 3),
        (dt.date(2024, 5, 6), "SANCTION"): (1, 2),  # a syndicated copy counts once
        (dt.date(2024, 5, 7), "SANCTION"): (1, 1),
        (dt.date(2024, 5, 9), "PROTEST"): (1, 1),
    }
    weeks = store.counts("week", type="PROTEST")
    assert [(r["period"], r["events"]) for r in weeks] == [(dt.date(2024, 5, 6), 4)]
    assert [r["period"] for r in store.counts("month")] == [dt.date(2024, 5, 1)] * 2
    with pytest.raises(ValueError, match="group_by"):
        store.counts("year")


def test_clusters_take_event_filters(store: Store) -> None:
    sanction = store.clusters(type="SANCTION")
    assert len(sanction) == 1 and sanction[0]["n_articles"] == 2
    assert "imposed sanctions" in sanction[0]["sentence_text"]
    assert [c["place_name"] for c in store.clusters(dyad=("Protesters", "CHN"), limit=1)] == [
        "Boston"
    ]
    later = store.clusters(since=dt.date(2024, 5, 8))
    assert [(c["type"], c["first_date"]) for c in later] == [("PROTEST", dt.date(2024, 5, 9))]


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/hostname')",
        "COPY (SELECT 1) TO '/tmp/eventwire-leak.csv'",
        "ATTACH '/tmp/other.duckdb' AS other",
        "DELETE FROM events",
        "SELECT 1; DELETE FROM events",
        "SET enable_external_access = true",
    ],
)
def test_sql_is_read_only_and_cannot_reach_files(store: Store, query: str) -> None:
    from eventwire.store import StoreError

    with pytest.raises(StoreError):
        store.sql(query)
    assert store.sql("SELECT COUNT(*) AS n FROM events") == [{"n": 7}]


def test_sql_allows_queries_that_only_read(store: Store) -> None:
    assert store.sql("SELECT ';' AS semi -- a comment; with a semicolon") == [{"semi": ";"}]
    assert store.sql("FROM dyads SELECT n_events ORDER BY n_events DESC LIMIT 1") == [
        {"n_events": 4}
    ]
    assert any(r["column_name"] == "cluster_id" for r in store.sql("DESCRIBE events_all"))
    assert store.sql("SELECT ? + 1 AS n", [41]) == [{"n": 42}]


def test_results_as_dataframes(store: Store) -> None:
    pandas = pytest.importorskip("pandas")
    polars = pytest.importorskip("polars")
    pytest.importorskip("pyarrow")
    frame = store.query_events(type="SANCTION", as_="pandas")
    assert isinstance(frame, pandas.DataFrame) and len(frame) == 3
    assert list(frame.columns) == list(store.query_events(limit=1)[0])
    counts = store.counts("week", as_="polars")
    assert isinstance(counts, polars.DataFrame)
    assert counts["events"].sum() == 6
    assert len(store.sql("SELECT * FROM clusters", as_="polars")) == 4
    with pytest.raises(ValueError, match="unknown output"):
        store.rejections(as_="excel")  # type: ignore[arg-type]
