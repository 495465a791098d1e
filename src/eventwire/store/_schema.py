"""The DuckDB schema: tables, then the analyst views over them.

Character offsets are named ``start_char``/``end_char`` (``end`` is a reserved
word in SQL). See ``SCHEMA.md`` beside this module for what every column means.
"""

from __future__ import annotations

from eventwire.store._neardup import BANDS_DDL

SCHEMA_VERSION = 1

# Codes in a country column that name a kind of actor, not a state: actors with one
# of them are told apart by name (the EU and the UN are both "IGO").
PSEUDO_COUNTRIES: tuple[str, ...] = ("IGO",)


def actor_key(prefix: str) -> str:
    """SQL for one side of a dyad: the country code, else (no state) the actor's name."""
    pseudo = ", ".join(f"'{code}'" for code in PSEUDO_COUNTRIES)
    country, name = f"{prefix}_country", f"{prefix}_name"
    stateless = f"{country} IS NULL OR {country} IN ({pseudo})"
    return f"(CASE WHEN {stateless} THEN {name} ELSE {country} END)"


TABLES: tuple[str, ...] = (
    """
    CREATE TABLE IF NOT EXISTS meta (
        key VARCHAR PRIMARY KEY,
        value VARCHAR
    )""",
    """
    CREATE TABLE IF NOT EXISTS runs (
        run_id VARCHAR PRIMARY KEY,
        started TIMESTAMP NOT NULL,
        finished TIMESTAMP,
        version VARCHAR,
        lexicon_version VARCHAR,
        inputs VARCHAR[],
        coded INTEGER,
        rejected INTEGER,
        skipped INTEGER
    )""",
    """
    CREATE TABLE IF NOT EXISTS articles (
        doc_id VARCHAR PRIMARY KEY,
        uri VARCHAR NOT NULL,
        url VARCHAR,
        title VARCHAR,
        source VARCHAR,
        published DATE,
        published_how VARCHAR,
        language VARCHAR,
        text VARCHAR NOT NULL,
        n_chars INTEGER NOT NULL,
        dateline_place VARCHAR,
        dateline_date VARCHAR,
        signature UBIGINT[],
        dup_group VARCHAR NOT NULL,
        coder_version VARCHAR,
        record JSON NOT NULL,
        run_id VARCHAR,
        coded_at TIMESTAMP NOT NULL
    )""",
    """
    CREATE TABLE IF NOT EXISTS removed_blocks (
        doc_id VARCHAR NOT NULL,
        ordinal INTEGER NOT NULL,
        start_char INTEGER,
        end_char INTEGER,
        reason VARCHAR,
        text VARCHAR
    )""",
    """
    CREATE TABLE IF NOT EXISTS rejections (
        uri VARCHAR NOT NULL,
        doc_id VARCHAR,
        reason VARCHAR NOT NULL,
        detail VARCHAR,
        run_id VARCHAR,
        rejected_at TIMESTAMP NOT NULL
    )""",
    """
    CREATE TABLE IF NOT EXISTS actors (
        doc_id VARCHAR NOT NULL,
        actor_id VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        kind VARCHAR,
        country VARCHAR,
        sector VARCHAR,
        role VARCHAR,
        n_mentions INTEGER,
        mentions JSON,
        country_how VARCHAR
    )""",
    """
    CREATE TABLE IF NOT EXISTS places (
        doc_id VARCHAR NOT NULL,
        place_id VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        country VARCHAR,
        geonames_id BIGINT,
        lat DOUBLE,
        lon DOUBLE,
        admin1 VARCHAR,
        feature VARCHAR,
        rule VARCHAR,
        start_char INTEGER,
        end_char INTEGER
    )""",
    """
    CREATE TABLE IF NOT EXISTS events (
        event_id VARCHAR PRIMARY KEY,
        doc_id VARCHAR NOT NULL,
        ordinal INTEGER NOT NULL,
        type VARCHAR NOT NULL,
        mode VARCHAR,
        cameo VARCHAR,
        quad_class INTEGER,
        goldstein DOUBLE,
        status VARCHAR NOT NULL,
        confidence DOUBLE,
        source_actor_id VARCHAR,
        source_name VARCHAR,
        source_kind VARCHAR,
        source_country VARCHAR,
        source_sector VARCHAR,
        source_role VARCHAR,
        source_country_how VARCHAR,
        source_start INTEGER,
        source_end INTEGER,
        target_actor_id VARCHAR,
        target_name VARCHAR,
        target_kind VARCHAR,
        target_country VARCHAR,
        target_sector VARCHAR,
        target_role VARCHAR,
        target_country_how VARCHAR,
        target_start INTEGER,
        target_end INTEGER,
        event_date DATE,
        date_precision VARCHAR,
        date_how VARCHAR,
        date_start INTEGER,
        date_end INTEGER,
        place_name VARCHAR,
        place_country VARCHAR,
        place_geonames_id BIGINT,
        place_feature VARCHAR,
        lat DOUBLE,
        lon DOUBLE,
        place_start INTEGER,
        place_end INTEGER,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        trigger_text VARCHAR,
        sentence_text VARCHAR,
        record JSON NOT NULL
    )""",
    """
    CREATE TABLE IF NOT EXISTS event_participants (
        event_id VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        role VARCHAR NOT NULL,
        actor_id VARCHAR,
        name VARCHAR NOT NULL,
        kind VARCHAR,
        country VARCHAR,
        sector VARCHAR,
        country_how VARCHAR
    )""",
    """
    CREATE TABLE IF NOT EXISTS quotes (
        doc_id VARCHAR NOT NULL,
        quote_id VARCHAR NOT NULL,
        text VARCHAR NOT NULL,
        speaker_actor_id VARCHAR,
        speaker_name VARCHAR,
        speaker_country VARCHAR,
        speaker_sector VARCHAR,
        direct BOOLEAN NOT NULL,
        start_char INTEGER,
        end_char INTEGER,
        speaker_start INTEGER,
        speaker_end INTEGER
    )""",
    """
    CREATE TABLE IF NOT EXISTS event_clusters (
        event_id VARCHAR NOT NULL,
        cluster_id VARCHAR NOT NULL
    )""",
    """
    CREATE TABLE IF NOT EXISTS clusters (
        cluster_id VARCHAR PRIMARY KEY,
        type VARCHAR NOT NULL,
        factual BOOLEAN NOT NULL,
        source_key VARCHAR,
        target_key VARCHAR,
        dyad VARCHAR NOT NULL,
        first_date DATE,
        last_date DATE,
        place_name VARCHAR,
        place_country VARCHAR,
        n_mentions INTEGER NOT NULL,
        n_articles INTEGER NOT NULL,
        n_sources INTEGER NOT NULL,
        n_copies INTEGER NOT NULL
    )""",
    BANDS_DDL,
)

# How many people the event killed and how many it acted on (``Event.fatalities`` and
# ``Event.count``), added to older stores below.
EVENT_TALLY_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    (f"{prefix}{suffix}", kind)
    for prefix in ("fatalities", "count")
    for suffix, kind in (
        ("", "INTEGER"), ("_text", "VARCHAR"), ("_at_least", "BOOLEAN"), ("_high", "INTEGER"),
        ("_start", "INTEGER"), ("_end", "INTEGER"),
    )
)  # fmt: skip
# Columns added since a store could first be made: added to an older store on open.
ADDED_COLUMNS: tuple[str, ...] = (
    "ALTER TABLE actors ADD COLUMN IF NOT EXISTS country_how VARCHAR",
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS source_country_how VARCHAR",
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS target_country_how VARCHAR",
    "ALTER TABLE event_participants ADD COLUMN IF NOT EXISTS country_how VARCHAR",
    *(
        f"ALTER TABLE events ADD COLUMN IF NOT EXISTS {name} {kind}"
        for name, kind in EVENT_TALLY_COLUMNS
    ),
)

_VIEWS: tuple[str, ...] = (
    # Every event with its article's metadata and its cluster.
    """
    CREATE OR REPLACE VIEW events_all AS
    SELECT e.* EXCLUDE (record),
           a.url, a.title, a.source AS article_source, a.published, a.dup_group,
           COALESCE(e.event_date, a.published) AS effective_date,
           c.cluster_id
    FROM events e
    JOIN articles a USING (doc_id)
    LEFT JOIN event_clusters c USING (event_id)""",
    # The same, with the copies of an event in near-duplicate articles counted once.
    """
    CREATE OR REPLACE VIEW events_view AS
    SELECT * EXCLUDE (copy_rank)
    FROM (
        SELECT *,
               COUNT(DISTINCT doc_id) OVER copies AS n_copies,
               DENSE_RANK() OVER (copies ORDER BY published NULLS LAST, doc_id) AS copy_rank
        FROM events_all
        WINDOW copies AS (
            PARTITION BY dup_group, type, status,
                         {source_key}, {target_key},
                         event_date, lower(trigger_text)
        )
    )
    WHERE copy_rank = 1""",
    # Articles with the size of their near-duplicate group.
    """
    CREATE OR REPLACE VIEW articles_view AS
    SELECT doc_id, uri, url, title, source, published, language, n_chars, dup_group,
           COUNT(*) OVER (PARTITION BY dup_group) AS group_size,
           doc_id = dup_group AS is_first_copy, run_id, coded_at
    FROM articles""",
    # Directed dyads (source -> target) over de-duplicated events.
    """
    CREATE OR REPLACE VIEW dyads AS
    SELECT source, source_sector, target, target_sector,
           mode(source_name) AS source_name, mode(source_country) AS source_country,
           mode(target_name) AS target_name, mode(target_country) AS target_country,
           COUNT(*) AS n_events,
           COUNT(DISTINCT type) AS n_types,
           MIN(effective_date) AS first_date,
           MAX(effective_date) AS last_date
    FROM (
        SELECT type, effective_date, source_name, source_country, source_sector,
               target_name, target_country, target_sector,
               {source_key} AS source, {target_key} AS target
        FROM events_view
    )
    WHERE source IS NOT NULL AND target IS NOT NULL
    GROUP BY source, source_sector, target, target_sector""",
)

VIEWS: tuple[str, ...] = tuple(
    view.replace("{source_key}", actor_key("source")).replace("{target_key}", actor_key("target"))
    for view in _VIEWS
)
