"""The HTTP API on a real store coded from sample-corpus files, through FastAPI's TestClient."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.store import Store
from test_api_fixtures import CORPUS, REFERENCE_STORY, session_store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return session_store(tmp_path_factory)


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db, max_code_bytes=50_000)) as test_client:
        yield test_client


def ok(client: TestClient, url: str, **params: Any) -> Any:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def all_events(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    while True:
        page = ok(client, "/api/events", limit=7, offset=len(items), **params)
        items += page["items"]
        if len(items) >= page["total"]:
            return items


# -- status and errors ---------------------------------------------------------------


def test_status_reports_a_fresh_snapshot(client: TestClient, db: Path) -> None:
    status = ok(client, "/api/status")
    assert status["ready"] is True
    assert status["stale"] is False and status["writer_active"] is False
    assert status["db"] == str(db)
    assert client.get("/api/overview").headers["X-Eventwire-Snapshot"].endswith("Z")


def test_errors_are_json_with_the_right_status(client: TestClient) -> None:
    missing = client.get("/api/events/no-such-event")
    assert missing.status_code == 404
    assert missing.json() == {"error": {"status": 404, "message": "no event 'no-such-event'"}}
    bad = client.get("/api/events", params={"type": "PARTY", "limit": 0})
    assert bad.status_code == 422
    body = bad.json()["error"]
    assert body["status"] == 422 and "type" in body["message"]
    assert {tuple(d["loc"]) for d in body["detail"]} == {("query", "type"), ("query", "limit")}
    assert client.get("/api/no-such-route").json()["error"]["status"] == 404
    assert client.get("/api/events", params={"since": "yesterday"}).status_code == 422
    assert client.get("/api/events", params={"country": "F'R"}).status_code == 422


def test_hostile_text_is_a_parameter_never_sql(client: TestClient, db: Path) -> None:
    for text in ("'; DROP TABLE events; --", "%' OR 1=1 --", "_", "\\"):
        assert ok(client, "/api/events", actor=text)["total"] == 0
        assert ok(client, "/api/events", q=text)["total"] == 0
    with Store(db, read_only=True) as store:
        assert store.summary().events > 0


# -- events ----------------------------------------------------------------------------


def test_pages_cover_every_event_once_in_order(client: TestClient, db: Path) -> None:
    events = all_events(client)
    ids = [e["event_id"] for e in events]
    assert len(ids) == len(set(ids))
    with Store(db, read_only=True) as store:
        expected = [row["event_id"] for row in store.query_events()]
    assert sorted(ids) == sorted(expected)
    dates = [e["effective_date"] for e in events if e["effective_date"]]
    assert dates == sorted(dates)
    assert ok(client, "/api/events", offset=len(ids))["items"] == []


@pytest.mark.parametrize(
    "filters",
    [
        {"country": "ukr"},
        {"type": "CONSULT"},
        {"status": "hypothetical"},
        {"since": "2025-01-01", "until": "2025-06-30"},
        {"actor": "united states", "type": "THREATEN"},
    ],
)
def test_filters_select_what_eventwire_query_selects(
    client: TestClient, db: Path, filters: dict[str, str]
) -> None:
    got = {e["event_id"] for e in all_events(client, **filters)}
    typed = {
        k: dt.date.fromisoformat(v) if k in ("since", "until") else v for k, v in filters.items()
    }
    with Store(db, read_only=True) as store:
        expected = {row["event_id"] for row in store.query_events(**typed)}  # type: ignore[arg-type]
    assert got == expected
    assert got, f"the test store has no event for {filters}"


def test_stated_leaves_out_events_with_an_inferred_country(client: TestClient) -> None:
    everything = all_events(client)
    stated = all_events(client, stated="true")
    inferred = {"phrase", "coreference", "dateline", "article"}
    assert stated and {e["event_id"] for e in stated} <= {e["event_id"] for e in everything}
    for event in stated:
        assert event["source_country_how"] not in inferred
        assert event["target_country_how"] not in inferred
        assert event["source_name"] != "unidentified"
    left_out = [e for e in everything if e["event_id"] not in {s["event_id"] for s in stated}]
    for event in left_out:
        hows = {event["source_country_how"], event["target_country_how"]}
        assert hows & inferred or event["source_name"] == "unidentified"


def test_text_search_finds_words_in_the_evidence(client: TestClient) -> None:
    found = all_events(client, q="CEASEFIRE")
    assert found
    fields = ("sentence_text", "title", "trigger_text", "source_name", "target_name", "place_name")
    for event in found:
        assert any("ceasefire" in (event[f] or "").lower() for f in fields)


def test_dedup_hides_copies_from_syndicated_articles(client: TestClient) -> None:
    everything = ok(client, "/api/events")["total"]
    unique = ok(client, "/api/events", dedup=True)
    assert unique["total"] < everything
    assert any(e["n_copies"] and e["n_copies"] > 1 for e in all_events(client, dedup=True))


def test_one_event_with_its_evidence_and_whole_article(client: TestClient) -> None:
    row = next(e for e in all_events(client) if e["source_name"] and e["target_name"])
    detail = ok(client, f"/api/events/{row['event_id']}")
    assert detail["event"] == row
    evidence = detail["evidence"]
    assert evidence["text"] == row["sentence_text"]
    marks = {m["role"]: m for m in evidence["marks"]}
    assert marks["trigger"]["text"] == row["trigger_text"]
    for mark in evidence["marks"]:
        assert evidence["text"][mark["start"] : mark["end"]] == mark["text"]
    article = detail["article"]
    text = article["text"]
    assert text[row["sentence_start"] : row["sentence_end"]] == row["sentence_text"]
    triggers = {s["ref"]: s for s in article["spans"] if s["kind"] == "trigger"}
    assert any(row["event_id"] in ref.split() for ref in triggers)
    kinds = {s["kind"] for s in article["spans"]}
    assert {"actor", "trigger", "place"} <= kinds
    for span in article["spans"]:
        assert 0 <= span["start"] < span["end"] <= len(text)
    stored = [e["event_id"] for e in article["events"]]
    assert row["event_id"] in stored and None not in stored
    for event in article["events"]:
        assert text[event["trigger"]["start"] : event["trigger"]["end"]] == event["trigger"]["text"]


def test_article_by_id(client: TestClient) -> None:
    row = all_events(client)[0]
    article = ok(client, f"/api/articles/{row['doc_id']}")
    assert article["doc_id"] == row["doc_id"]
    assert len(article["events"]) == ok(client, "/api/events", doc_id=row["doc_id"])["total"]
    assert client.get("/api/articles/nothing").status_code == 404


# -- clusters, actors ------------------------------------------------------------------


def test_clusters_largest_first_with_their_events(client: TestClient) -> None:
    page = ok(client, "/api/clusters", limit=5)
    sizes = [c["n_articles"] for c in page["items"]]
    assert sizes == sorted(sizes, reverse=True)
    top = page["items"][0]
    detail = ok(client, f"/api/clusters/{top['cluster_id']}")
    assert detail["cluster"] == top
    assert len(detail["events"]) >= top["n_mentions"] >= 1
    assert {e["cluster_id"] for e in detail["events"]} == {top["cluster_id"]}
    clustered = {e["cluster_id"] for e in all_events(client)}
    assert ok(client, "/api/clusters", limit=500)["total"] == len(clustered - {None})
    assert all(c["n_articles"] >= 2 for c in ok(client, "/api/clusters", min_articles=2)["items"])
    assert client.get("/api/clusters/C-nothing").status_code == 404


def test_actors_and_one_actor_with_its_events(client: TestClient) -> None:
    page = ok(client, "/api/actors", limit=10)
    counts = [a["n_events"] for a in page["items"]]
    assert counts == sorted(counts, reverse=True)
    top = page["items"][0]
    assert top["as_source"] + top["as_target"] >= 1
    detail = ok(client, f"/api/actors/{top['name']}", limit=500)
    assert detail["actor"] == top
    assert detail["events"]["total"] == top["n_events"]
    for event in detail["events"]["items"]:
        assert top["name"] in (event["source_name"], event["target_name"]) or event["event_id"]
    named = ok(client, "/api/actors", name=top["name"][:4].lower())
    assert top["name"] in [a["name"] for a in named["items"]]
    assert client.get("/api/actors/Nobody At All").status_code == 404


# -- time series, network, places ------------------------------------------------------


def test_weekly_series_without_gaps_counts_every_dated_event(client: TestClient) -> None:
    series = ok(client, "/api/timeseries")
    periods = [dt.date.fromisoformat(p) for p in series["periods"]]
    assert all(p.weekday() == 0 for p in periods)
    assert all(b - a == dt.timedelta(days=7) for a, b in itertools.pairwise(periods))
    unique = all_events(client, dedup=True)
    # A date coarser than a week (a month, a year) is counted in no week.
    weekly = ("day", "week")
    dated = [e for e in unique if e["effective_date"] and (e["date_precision"] or "day") in weekly]
    assert series["total"] == len(dated)
    assert series["undated"] == len(unique) - len(dated)
    for line in series["series"]:
        assert len(line["counts"]) == len(periods) and sum(line["counts"]) == line["total"]
    consult = ok(client, "/api/timeseries", type="CONSULT", interval="month")
    assert [s["type"] for s in consult["series"]] == ["CONSULT"]
    assert all(p.endswith("-01") for p in consult["periods"])


def test_network_edges_weigh_the_dyads(client: TestClient) -> None:
    net = ok(client, "/api/network", by="country")
    unique = all_events(client, dedup=True)
    with_both = [
        e for e in unique
        if (e["source_country"] or e["source_name"]) and (e["target_country"] or e["target_name"])
    ]  # fmt: skip
    assert sum(edge["weight"] for edge in net["edges"]) == len(with_both)
    ids = {node["id"] for node in net["nodes"]}
    for edge in net["edges"]:
        assert {edge["source"], edge["target"]} <= ids
        assert sum(edge["types"].values()) == edge["weight"]
    labels = {node["id"]: node["label"] for node in net["nodes"]}
    assert labels.get("UKR") == "Ukraine"
    top = ok(client, "/api/network", by="actor", max_edges=3)
    assert len(top["edges"]) == 3 and top["truncated"] is True


def test_places_have_coordinates_and_counts(client: TestClient) -> None:
    places = ok(client, "/api/places")
    assert places
    for place in places:
        assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180
        assert sum(place["types"].values()) == place["n_events"]
    located = [e for e in all_events(client, dedup=True) if e["lat"] is not None]
    assert sum(p["n_events"] for p in places) == len(located)


def test_overview_counts(client: TestClient, db: Path) -> None:
    overview = ok(client, "/api/overview")
    with Store(db, read_only=True) as store:
        summary = store.summary()
    assert overview["articles"] == summary.articles
    assert overview["events"] == summary.events
    assert overview["unique_events"] == summary.unique_events
    assert overview["types"] == summary.events_by_type


# -- coding posted text ----------------------------------------------------------------


def test_code_returns_the_coded_article_and_stores_nothing(client: TestClient, db: Path) -> None:
    if REFERENCE_STORY.exists():
        text, who = REFERENCE_STORY.read_text(encoding="utf-8"), "Benny Gantz"
    else:
        text, who = (CORPUS / "009-cairo-gaza-ceasefire-talks.txt").read_text("utf-8"), None
    before = ok(client, "/api/overview")
    response = client.post("/api/code", json={"text": text, "published": "2020-12-09"})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["rejection"] is None and result["seconds"] > 0
    article = result["article"]
    assert article["published"] == "2020-12-09"
    assert article["events"]
    body = article["text"]
    for event in article["events"]:
        assert body[event["trigger"]["start"] : event["trigger"]["end"]] == event["trigger"]["text"]
        assert event["event_id"] is None
    if who:
        sources = [e["source"]["name"] for e in article["events"] if e["source"]]
        assert sources.count(who) >= 2
    assert ok(client, "/api/overview") == before


def test_code_html_and_rejections(client: TestClient) -> None:
    html = (CORPUS / "037-kenyan-police-arrive-haiti.html").read_text("utf-8")
    coded = client.post("/api/code", json={"text": html, "content_type": "text/html"}).json()
    assert coded["article"]["events"] and "<" not in coded["article"]["text"][:200]
    short = client.post("/api/code", json={"text": "Hello."}).json()
    assert short["article"] is None and short["rejection"]["reason"]


def test_code_refuses_large_or_malformed_bodies(client: TestClient) -> None:
    big = client.post("/api/code", json={"text": "word " * 20_000})
    assert big.status_code == 413
    assert "larger than 50000 bytes" in big.json()["error"]["message"]
    assert client.post("/api/code", json={"text": ""}).status_code == 422
    assert client.post("/api/code", json={"txt": "x"}).status_code == 422
    broken = client.post(
        "/api/code", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert broken.status_code == 422 and broken.json()["error"]["status"] == 422


# -- the page --------------------------------------------------------------------------


def test_page_and_its_files_come_from_the_package(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(a.startswith("/static/") for a in assets)
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
    world = client.get("/static/vendor/world-atlas/countries-110m.json").json()
    assert world["type"] == "Topology" and "countries" in world["objects"]
    script = client.get("/static/app.js").text
    assert "http://" not in script and "https://" not in script
    assert "innerHTML" not in script
