"""Reclustering streams the events one clustering key at a time, with the same result."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from eventwire.store import Store, _clusters, _schema
from store_driver import actor, coded, event_in

ACTORS = [
    actor("France", "FRA"),
    actor("Germany", "DEU"),
    actor("the protesters", None, sector="CVL"),
    actor("the United Nations", "IGO", sector=None),
    None,
]
TYPES = ["CONSULT", "ACCUSE", "PROTEST"]
STATUSES = ["asserted", "reported", "denied", "planned"]


def random_store(db: Path, seed: int, n: int = 60) -> None:
    """``n`` articles of one to three events with varied types, statuses, dyads and dates."""
    rng = random.Random(seed)
    with Store(db) as store:
        run_id = store.begin_run([], version="test", lexicon_version="test")
        for i in range(n):
            words = ["met", "accused", "marched"]
            text = f"Article {i}. " + " ".join(
                f"Officials {w} others in round {i}-{k}." for k, w in enumerate(words)
            )
            events = [
                event_in(
                    text,
                    f"{words[k]} others in round {i}-{k}",
                    rng.choice(TYPES),
                    rng.choice(ACTORS),
                    rng.choice(ACTORS),
                    day=rng.choice([None, *(dt.date(2024, 5, d) for d in range(1, 6))]),
                    status=rng.choice(STATUSES),
                )
                for k in range(rng.randint(1, 3))
            ]
            store.write(coded(text, uri=f"mem://{i}", events=events), run_id)
        store.end_run(run_id, coded=n, rejected=0, skipped=0)


def clusters_in_one_pass(store: Store) -> set[tuple[object, ...]]:
    """The clusters computed from every mention at once (how the store used to do it)."""
    rows = store.connection.execute(
        "SELECT e.event_id, e.doc_id, a.dup_group, a.source, e.type, e.status, "
        f"{_schema.actor_key('e.source')}, {_schema.actor_key('e.target')}, "
        "COALESCE(e.event_date, a.published), e.place_name, e.place_country, "
        "e.place_feature, e.lat, e.lon FROM events e JOIN articles a USING (doc_id)"
    ).fetchall()
    return {c.row() for c in _clusters.cluster([_clusters.Mention(*row) for row in rows])}


def test_streamed_clusters_equal_the_one_pass_clusters(tmp_path: Path) -> None:
    for seed in (1, 2):
        db = tmp_path / f"ev{seed}.duckdb"
        random_store(db, seed)
        with Store(db) as store:
            expected = clusters_in_one_pass(store)
            assert store.recluster() == len(expected)
            stored = store.connection.execute("SELECT * FROM clusters").fetchall()
            assert set(stored) == expected
            unclustered = store.sql(
                "SELECT COUNT(*) AS n FROM events WHERE event_id NOT IN "
                "(SELECT event_id FROM event_clusters)"
            )
            assert unclustered[0]["n"] == 0
        assert len(expected) > 20  # varied enough to hold many keys
