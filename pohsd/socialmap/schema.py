"""DDL of one sociale-kaart generation file: HSDS tables, filter tables and FTS5 (DESIGN §8)."""

from __future__ import annotations

SCHEMA_VERSION = 1

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
