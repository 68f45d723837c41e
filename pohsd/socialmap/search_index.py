"""Search helper tables of a generation: static rank, names-only FTS and term counts (§8)."""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer
import sqlcipher3

from pohsd.socialmap import schema
from pohsd.socialmap.geo import Centroids
from pohsd.socialmap.text import fold

LEEFGEBIEDEN_TAXONOMY = "nl-leefgebieden"
TOEGANG_TAXONOMY = "nl-toegang"
RID_MAX = "search_rid_max"  # meta: the highest services.rid the helper tables cover
_WORD_RE = re.compile(r"[^\W_]+")
_stemmer = snowballstemmer.stemmer("dutch")


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The Dutch snowball stem of one folded word."""
    return _stemmer.stemWord(word)


def words(text: str) -> list[str]:
    """Folded word tokens of a text (letters and digits only)."""
    return _WORD_RE.findall(fold(text))


def name_key(name: str | None) -> str:
    """A name as folded words ("Taalcafé De Brug" → "taalcafe de brug"), for exact/starts-with."""
    return " ".join(words(name or ""))


def has_search_extras(con: sqlcipher3.Connection) -> bool:
    """Whether this generation has the helper tables and they cover every service row."""
    row = con.execute("SELECT value FROM meta WHERE key = ?", [RID_MAX]).fetchone()
    if row is None:
        return False
    top = con.execute("SELECT max(rid) FROM services").fetchone()[0] or 0
    return int(top) <= int(row[0])


RANK_COLUMNS = (
    "rid, service_id, name_key, status, min_age, max_age, free, codes, topics, toegang,"
    " languages, days, areas, assured_date, cities, geo, waitlist"
)
# static quality order of service_rank: open before temporarily closed (withdrawn last), then
# the most recently checked first, then feed order
_QUALITY = (
    "CASE WHEN status IN ('inactive', 'defunct') THEN 2"
    " WHEN status = 'temporarily closed' THEN 1 ELSE 0 END,"
    " coalesce(assured_date, '') = '', coalesce(assured_date, '') DESC, rid"
)


def add_pending(con: sqlcipher3.Connection, rows: list[tuple[object, ...]], where: str) -> None:
    """Keep service_rank rows (storage.RANK, no qrank yet) of services just written.

    `where` is the schema that holds them until `refresh_search_extras`: "temp" for a sync,
    "ranks" (a build's encrypted scratch file) for a full build.
    """
    con.execute(schema.RANK_PENDING.format(schema=where))
    if rows:
        marks = ",".join("?" * len(rows[0]))
        con.executemany(f"INSERT OR REPLACE INTO {where}.rank_pending VALUES ({marks})", rows)


def build_search_extras(con: sqlcipher3.Connection, pending: str = "temp") -> None:
    """Create and fill the helper tables, in the caller's transaction, after services_fts."""
    for ddl in schema.SEARCH_TABLES:
        con.execute(ddl)
    con.execute("CREATE VIRTUAL TABLE temp.pohsd_vocab USING fts5vocab(main, services_fts, 'row')")
    try:
        con.execute("INSERT INTO search_vocab (term, docs) SELECT term, doc FROM temp.pohsd_vocab")
    finally:
        con.execute("DROP TABLE temp.pohsd_vocab")
    refresh_search_extras(con, pending)
    centroids = Centroids.from_connection(con, stored=False)
    con.executemany(
        "INSERT INTO pc4_centroids VALUES (?,?,?,?)",
        [(pc, lat, lon, centroids.places.get(pc)) for pc, (lat, lon) in centroids.points.items()],
    )
    for ddl in schema.SEARCH_INDEXES:
        con.execute(ddl)
    con.execute("INSERT INTO names_fts (names_fts) VALUES ('optimize')")


def refresh_if_built(con: sqlcipher3.Connection) -> None:
    """`refresh_search_extras` for a generation that has the helper tables (older ones don't)."""
    if con.execute("SELECT 1 FROM meta WHERE key = ?", [RID_MAX]).fetchone():
        refresh_search_extras(con)


def refresh_search_extras(con: sqlcipher3.Connection, pending: str = "temp") -> int:
    """Add services written after the last build or refresh to service_rank and names_fts.

    Their rows wait in `<pending>.rank_pending` (see `add_pending`); they are appended in the
    static quality order after the existing ones, in the caller's transaction. Returns how
    many were added. Deleted services leave service_rank through delete_services (its
    `service_id` column); their names_fts rows then match nothing.
    """
    row = con.execute("SELECT value FROM meta WHERE key = ?", [RID_MAX]).fetchone()
    after = int(row[0]) if row else 0
    con.execute(schema.RANK_PENDING.format(schema=pending))
    start = con.execute("SELECT coalesce(max(qrank), 0) FROM service_rank").fetchone()[0]
    added = con.execute(
        f"INSERT INTO service_rank SELECT ? + row_number() OVER (ORDER BY {_QUALITY}),"
        f" {RANK_COLUMNS} FROM {pending}.rank_pending"
        " WHERE rid > ? AND rid IN (SELECT rid FROM services WHERE rid > ?) ORDER BY 1",
        [start, after, after],
    ).rowcount
    con.execute(f"DELETE FROM {pending}.rank_pending")
    # names_fts in ascending rowid order (FTS5 flushes its pending terms whenever a rowid
    # goes down), streamed from a cursor.
    names = con.execute(
        "SELECT r.qrank, t.name, t.name_stem FROM service_rank r JOIN search_text t"
        " ON t.rid = r.rid WHERE r.qrank > ? ORDER BY r.qrank",
        [start],
    )
    con.executemany("INSERT INTO names_fts (rowid, name, name_stem) VALUES (?,?,?)", names)
    top = con.execute("SELECT coalesce(max(rid), 0) FROM services").fetchone()[0]
    con.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [RID_MAX, str(max(int(top), after))],
    )
    return max(int(added), 0)
