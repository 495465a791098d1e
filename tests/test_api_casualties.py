"""Fatalities and counts through the HTTP API: event rows, coded events and the timeline."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.records import CodedArticle, Event, Span, Tally
from eventwire.store import Store
from store_driver import actor, coded, event_in

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

MONDAY = dt.date(2024, 3, 4)
STORIES = (
    # text, day, the words of the toll, its value, the event's country pair
    ("Troops from Mali shelled a market in Niger, killing 11 traders.", MONDAY, "11", 11,
     ("MLI", "NER")),
    ("Gunmen from Mali attacked a convoy in Niger. The attack killed five guards.",
     MONDAY + dt.timedelta(days=2), "five", 5, ("MLI", "NER")),
    ("Police in Chad raided a camp of Sudan refugees, and no one was killed.",
     MONDAY + dt.timedelta(days=8), "no one", 0, ("TCD", "SDN")),
)  # fmt: skip


def _story(text: str, day: dt.date, words: str, value: int, pair: tuple[str, str]) -> CodedArticle:
    start = text.index(words)
    source, target = actor(pair[0], pair[0], "MIL"), actor(pair[1], pair[1])
    trigger = "shelled" if "shelled" in text else ("attack" if "attack" in text else "raided")
    event: Event = dataclasses.replace(
        event_in(text, trigger, "ASSAULT", source, target, day=day),
        fatalities=Tally(value, words, Span(start, start + len(words))),
    )
    # the same act coded for a second dyad shares its toll, and is summed once
    twin = dataclasses.replace(event, target=actor("Refugees", None, "CVL"))
    return coded(
        text, uri=f"mem://{day}", published=day, events=(event, twin), actors=(source, target)
    )


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path = tmp_path_factory.mktemp("tolls") / "ev.duckdb"
    with Store(path) as store:
        run = store.begin_run(["mem"], version="t", lexicon_version="t")
        for story in STORIES:
            store.write(_story(*story), run)
        store.end_run(run, coded=3, rejected=0, skipped=0)
    with TestClient(create_app(path, max_code_bytes=50_000)) as test_client:
        yield test_client


def _get(client: TestClient, url: str, **params: Any) -> Any:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_event_rows_carry_the_toll_and_its_words(client: TestClient) -> None:
    items = _get(client, "/api/events", limit=50, dedup=False)["items"]
    tolls = sorted((e["fatalities"], e["fatalities_text"]) for e in items)
    assert tolls == [(0, "no one"), (0, "no one"), (5, "five"), (5, "five"), (11, "11"), (11, "11")]
    assert all(e["count"] is None for e in items)


def test_a_coded_event_has_its_toll_with_offsets(client: TestClient) -> None:
    event_id = _get(client, "/api/events", limit=1, sort="date")["items"][0]["event_id"]
    detail = _get(client, f"/api/events/{event_id}")
    article = detail["article"]
    toll = next(e["fatalities"] for e in article["events"] if e["event_id"] == event_id)
    assert toll["value"] == 11 and not toll["at_least"]
    assert article["text"][toll["start"] : toll["end"]] == toll["text"] == "11"


def test_the_timeline_sums_tolls_by_country_and_week(client: TestClient) -> None:
    series = _get(client, "/api/timeseries", interval="week")
    assert series["periods"] == ["2024-03-04", "2024-03-11"]
    assert series["fatalities"] == [16, 0]
    by_country = {c["country"]: c["counts"] for c in series["fatalities_by_country"]}
    assert by_country == {"NER": [16, 0], "SDN": [0, 0]}


def test_posted_text_is_coded_with_its_toll(client: TestClient) -> None:
    text = "Indian troops killed four Pakistani soldiers in Kashmir on Tuesday."
    result = client.post("/api/code", json={"text": text, "published": "2024-03-05"}).json()
    tolls = [e["fatalities"] for e in result["article"]["events"] if e["fatalities"]]
    assert tolls and tolls[0]["value"] == 4 and tolls[0]["text"] == "four"
