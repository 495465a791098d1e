"""Writing filtered events to Parquet, CSV (GDELT-like columns), JSON Lines, or GDELT 2.0's
event table layout (``_gdelt``).

Parquet, CSV and JSON Lines have an ACLED-like ``fatalities`` column: the number of people
the text says the event killed (0 for "no one was killed"), empty where it gives no number.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import duckdb

from eventwire.store._filters import EventFilter
from eventwire.store._gdelt import export_gdelt

ExportFormat = Literal["parquet", "csv", "jsonl", "gdelt"]

# GDELT 2.0 event-table names where a column means the same thing, then our own.
GDELT_COLUMNS = """
    e.event_id AS GLOBALEVENTID,
    CAST(strftime(e.effective_date, '%Y%m%d') AS INTEGER) AS SQLDATE,
    CASE WHEN e.event_date IS NULL THEN 'published' ELSE COALESCE(e.date_precision, 'day') END
        AS date_precision,
    NULLIF(COALESCE(e.source_country, '') || CASE WHEN e.source_sector IS DISTINCT FROM
        e.source_country THEN COALESCE(e.source_sector, '') ELSE '' END, '') AS Actor1Code,
    e.source_name AS Actor1Name,
    e.source_country AS Actor1CountryCode,
    e.source_sector AS Actor1Type1Code,
    NULLIF(COALESCE(e.target_country, '') || CASE WHEN e.target_sector IS DISTINCT FROM
        e.target_country THEN COALESCE(e.target_sector, '') ELSE '' END, '') AS Actor2Code,
    e.target_name AS Actor2Name,
    e.target_country AS Actor2CountryCode,
    e.target_sector AS Actor2Type1Code,
    e.cameo AS EventCode,
    left(e.cameo, 2) AS EventRootCode,
    e.quad_class AS QuadClass,
    e.goldstein AS GoldsteinScale,
    COALESCE(c.n_mentions, 1) AS NumMentions,
    COALESCE(c.n_sources, 1) AS NumSources,
    COALESCE(c.n_articles, 1) AS NumArticles,
    e.place_name AS ActionGeo_FullName,
    e.place_country AS ActionGeo_CountryCode,
    e.lat AS ActionGeo_Lat,
    e.lon AS ActionGeo_Long,
    COALESCE(e.url, a.uri) AS SOURCEURL,
    e.type AS plover_type,
    e.mode AS plover_mode,
    e.status,
    e.confidence,
    e.trigger_text AS trigger,
    trim(e.sentence_text, ' \t\n\r') AS evidence,
    e.fatalities,
    e.fatalities_text,
    e.count AS people_count,
    e.cluster_id,
    e.doc_id
"""

JSONL_BATCH = 1000


def export(
    con: duckdb.DuckDBPyConnection, path: Path, fmt: ExportFormat, where: EventFilter
) -> int:
    """Write the events matching ``where`` to ``path``; returns the number of rows written."""
    clause, params = where.where("e")
    if fmt == "jsonl":
        return _export_jsonl(con, path, clause, params)
    if fmt == "gdelt":
        return export_gdelt(con, path, clause, params)
    if fmt == "parquet":
        select = f"SELECT e.* FROM events_all e WHERE {clause}"
        options = "FORMAT parquet"
    elif fmt == "csv":
        select = (
            f"SELECT {GDELT_COLUMNS} FROM events_all e "
            "JOIN articles a USING (doc_id) "
            "LEFT JOIN clusters c ON c.cluster_id = e.cluster_id "
            f"WHERE {clause}"
        )
        options = "FORMAT csv, HEADER true"
    else:
        raise ValueError(f"unknown export format {fmt!r}; use parquet, csv, jsonl or gdelt")
    # COPY takes no parameters, so the filtered rows go through a temporary table.
    con.execute("DROP TABLE IF EXISTS temp._eventwire_export")
    con.execute(
        f"CREATE TEMP TABLE _eventwire_export AS {select} ORDER BY e.effective_date, e.event_id",
        params,
    )
    try:
        row = con.execute("SELECT COUNT(*) FROM temp._eventwire_export").fetchone()
        count = int(row[0]) if row else 0
        path.parent.mkdir(parents=True, exist_ok=True)
        con.execute(f"COPY temp._eventwire_export TO {_literal(str(path))} ({options})")
    finally:
        con.execute("DROP TABLE IF EXISTS temp._eventwire_export")
    return count


def _export_jsonl(
    con: duckdb.DuckDBPyConnection, path: Path, clause: str, params: list[Any]
) -> int:
    cursor = con.execute(
        "SELECT e.event_id, e.doc_id, e.url, e.article_source, e.published, e.cluster_id, "
        "e.trigger_text, e.sentence_text, e.fatalities, r.record "
        "FROM events_all e JOIN events r USING (event_id) "
        f"WHERE {clause} ORDER BY e.effective_date, e.event_id",
        params,
    )
    keys = [
        "event_id", "doc_id", "url", "source", "published", "cluster_id", "trigger_text",
        "sentence_text", "fatalities",
    ]  # fmt: skip
    count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        while batch := cursor.fetchmany(JSONL_BATCH):
            for row in batch:
                record: dict[str, Any] = dict(zip(keys, row[:-1], strict=True))
                if record["published"] is not None:
                    record["published"] = record["published"].isoformat()
                record["event"] = json.loads(row[-1])
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    return count


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
