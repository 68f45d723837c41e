"""DDL of one sociale-kaart generation file: HSDS tables, filter tables and FTS5 (DESIGN §8)."""

from __future__ import annotations

# 2: services.raw holds `[refs, service]` with the embedded organization, locations and taxonomy
#    terms moved to hsds_objects (stored once); 1: the whole nested service in services.raw.
SCHEMA_VERSION = 2

TABLES = (
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE services (
        rid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        alternate_name TEXT,
        description TEXT,
        status TEXT NOT NULL,
        organization_id TEXT,
        organization_name TEXT,
        url TEXT,
        email TEXT,
        assured_date TEXT,
        last_modified TEXT,
        min_age INTEGER,
        max_age INTEGER,
        free INTEGER,
        raw TEXT NOT NULL
    )""",
    """CREATE TABLE locations (
        id TEXT,
        service_id TEXT NOT NULL,
        name TEXT,
        latitude REAL,
        longitude REAL,
        address_1 TEXT,
        postal_code TEXT,
        city TEXT
    )""",
    """CREATE TABLE phones (id TEXT, service_id TEXT NOT NULL, number TEXT, type TEXT)""",
    """CREATE TABLE schedules (id TEXT, service_id TEXT NOT NULL, byday TEXT, raw TEXT NOT NULL)""",
    """CREATE TABLE service_weekday (day TEXT NOT NULL, service_id TEXT NOT NULL)""",
    """CREATE TABLE languages (service_id TEXT NOT NULL, code TEXT, name TEXT)""",
    """CREATE TABLE cost_options (
        service_id TEXT NOT NULL, amount REAL, currency TEXT, description TEXT
    )""",
    """CREATE TABLE service_term (
        term_code TEXT NOT NULL, taxonomy TEXT, service_id TEXT NOT NULL, term_name TEXT
    )""",
    """CREATE TABLE service_postcode4 (postcode4 TEXT NOT NULL, service_id TEXT NOT NULL)""",
    """CREATE TABLE capacity (
        service_id TEXT NOT NULL, available REAL, maximum REAL, unit TEXT, updated TEXT
    )""",
    # Organizations, locations and taxonomy terms embedded in services: zlib-compressed JSON,
    # keyed by a hash of the JSON (see storage.pack).
    """CREATE TABLE hsds_objects (key TEXT PRIMARY KEY, raw BLOB NOT NULL) WITHOUT ROWID""",
    # Source rows of the external-content FTS index; filled per chunk, indexed once at the end.
    """CREATE TABLE search_text (
        rid INTEGER PRIMARY KEY,
        name TEXT, organization TEXT, topics TEXT, description TEXT,
        name_stem TEXT, body_stem TEXT
    )""",
)

INDEXES = (
    "CREATE INDEX ix_locations_service ON locations (service_id)",
    "CREATE INDEX ix_locations_latitude ON locations (latitude)",
    "CREATE INDEX ix_phones_service ON phones (service_id)",
    "CREATE INDEX ix_schedules_service ON schedules (service_id)",
    "CREATE INDEX ix_weekday ON service_weekday (day, service_id)",
    "CREATE INDEX ix_languages ON languages (code, service_id)",
    "CREATE INDEX ix_languages_service ON languages (service_id)",
    "CREATE INDEX ix_cost_service ON cost_options (service_id)",
    "CREATE INDEX ix_service_term ON service_term (term_code, service_id)",
    "CREATE INDEX ix_service_term_service ON service_term (service_id)",
    "CREATE INDEX ix_postcode4 ON service_postcode4 (postcode4, service_id)",
    "CREATE INDEX ix_postcode4_service ON service_postcode4 (service_id)",
    "CREATE INDEX ix_capacity_service ON capacity (service_id)",
    "CREATE INDEX ix_services_name ON services (name COLLATE NOCASE)",
)

FTS = (
    """CREATE VIRTUAL TABLE services_fts USING fts5 (
        name, organization, topics, description, name_stem, body_stem,
        content='search_text', content_rowid='rid',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3'
    )""",
    "INSERT INTO services_fts (services_fts) VALUES ('rebuild')",
    "INSERT INTO services_fts (services_fts) VALUES ('optimize')",
)

# bm25 weights per FTS column: name ≫ organization/topics ≫ description; stems a bit lower.
BM25_WEIGHTS = (10.0, 4.0, 4.0, 1.0, 6.0, 1.0)

# Search helpers, built after the FTS index by search_index.build_search_extras (DESIGN §8):
# - service_rank: the hot columns of every service in a static quality order (qrank: open
#   before temporarily closed, then the most recently checked first), with its term codes,
#   language codes, weekdays and PC4 areas as " a b " strings, its cities ("|a|b|"), its
#   positions ("lat lon;…") and waitlist flag, so search filters and suggestion scores need
#   no lookups in other tables. Its
#   `service_id` column lets delete_services remove a row with the service.
# - names_fts: names only, rowid = qrank, so the best-kept name matches come first and a broad
#   prefix can be cut with a LIMIT instead of ranking every match with bm25.
# - search_vocab: documents per indexed term, to tell a narrow query from a broad one cheaply.
SEARCH_TABLES = (
    """CREATE TABLE service_rank (
        qrank INTEGER PRIMARY KEY,
        rid INTEGER NOT NULL,
        service_id TEXT NOT NULL,
        name_key TEXT NOT NULL,
        status TEXT NOT NULL,
        min_age INTEGER,
        max_age INTEGER,
        free INTEGER,
        codes TEXT NOT NULL,
        topics TEXT NOT NULL,
        toegang TEXT NOT NULL,
        languages TEXT NOT NULL,
        days TEXT NOT NULL,
        areas TEXT NOT NULL,
        assured_date TEXT,
        cities TEXT NOT NULL,
        geo TEXT NOT NULL,
        waitlist INTEGER NOT NULL
    )""",
    """CREATE VIRTUAL TABLE names_fts USING fts5 (
        name, name_stem, content='', contentless_delete=1,
        tokenize='unicode61 remove_diacritics 2', prefix='2 3'
    )""",
    "CREATE TABLE search_vocab (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID",
    # geo.Centroids of the full build (mean position and main place per PC4), read at once.
    """CREATE TABLE pc4_centroids (
        postcode4 TEXT PRIMARY KEY, latitude REAL NOT NULL, longitude REAL NOT NULL, place TEXT
    ) WITHOUT ROWID""",
)
# service_rank rows of services written but not ranked yet (search_index.add_pending)
RANK_PENDING = """CREATE TABLE IF NOT EXISTS {schema}.rank_pending (
    rid INTEGER PRIMARY KEY, service_id TEXT NOT NULL, name_key TEXT NOT NULL,
    status TEXT NOT NULL, min_age INTEGER, max_age INTEGER, free INTEGER, codes TEXT NOT NULL,
    topics TEXT NOT NULL, toegang TEXT NOT NULL, languages TEXT NOT NULL, days TEXT NOT NULL,
    areas TEXT NOT NULL, assured_date TEXT, cities TEXT NOT NULL, geo TEXT NOT NULL,
    waitlist INTEGER NOT NULL
)"""
SEARCH_INDEXES = (  # created after service_rank is filled (a sorted build is much faster)
    "CREATE UNIQUE INDEX ix_service_rank_rid ON service_rank (rid)",
    "CREATE INDEX ix_service_rank_service ON service_rank (service_id)",
    "CREATE INDEX ix_service_rank_name ON service_rank (name_key)",
)
