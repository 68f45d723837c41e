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
RID_MAX = "search_rid_max"
CHUNK = 2000  # meta: the highest services.rid the helper tables cover
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


def build_search_extras(con: sqlcipher3.Connection) -> None:
    """Create and fill the helper tables, in the caller's transaction, after services_fts."""
    for ddl in schema.SEARCH_TABLES:
        con.execute(ddl)
    con.execute("CREATE VIRTUAL TABLE temp.pohsd_vocab USING fts5vocab(main, services_fts, 'row')")
    try:
        con.execute("INSERT INTO search_vocab (term, docs) SELECT term, doc FROM temp.pohsd_vocab")
    finally:
        con.execute("DROP TABLE temp.pohsd_vocab")
    refresh_search_extras(con)
    centroids = Centroids.from_connection(con, stored=False)
    con.executemany(
        "INSERT INTO pc4_centroids VALUES (?,?,?,?)",
        [(pc, lat, lon, centroids.places.get(pc)) for pc, (lat, lon) in centroids.points.items()],
    )
    for ddl in schema.SEARCH_INDEXES:
        con.execute(ddl)
    con.execute("INSERT INTO names_fts (names_fts) VALUES ('optimize')")


def refresh_search_extras(con: sqlcipher3.Connection) -> int:
    """Add services written after the last build or refresh to service_rank and names_fts.

    An incremental sync appends rows with higher rids; call this after writing them, in the
    same transaction. Returns how many were added. Deleted services leave service_rank through
    delete_services (its `service_id` column); their names_fts rows then match nothing.
    """
    row = con.execute("SELECT value FROM meta WHERE key = ?", [RID_MAX]).fetchone()
    after = int(row[0]) if row else 0
    # Streamed in chunks: only the small sort keys of all new rows are held at once.
    keys = con.execute(
        "SELECT rid, status, assured_date FROM services WHERE rid > ?", [after]
    ).fetchall()
    keys.sort(key=_quality)
    start = con.execute("SELECT coalesce(max(qrank), 0) FROM service_rank").fetchone()[0]
    order = [r[0] for r in keys]  # rids, best first
    top = max(order, default=after)
    del keys
    marks = ",".join("?" * 18)
    for first in range(0, len(order), CHUNK):  # in qrank order: both tables only append
        part = order[first : first + CHUNK]
        found = {
            r[0]: r
            for r in con.execute(
                "SELECT s.rid, s.id, s.status, s.min_age, s.max_age, s.free, s.assured_date,"
                " t.name FROM services s JOIN search_text t ON t.rid = s.rid"
                f" WHERE s.rid IN ({','.join('?' * len(part))})",
                part,
            )
        }
        lists = _lists(con, [found[rid][1] for rid in part])
        ranked = []
        for n, rid in enumerate(part, start=start + first + 1):
            r = found[rid]
            got = lists.get(r[1], {})
            cities = sorted({c.strip().casefold() for c in got.get("cities", ()) if c.strip()})
            ranked.append((
                n, r[0], r[1], name_key(r[7]), r[2], r[3], r[4], r[5],
                *(_joined(got.get(kind, ())) for kind in _KINDS), r[6],
                "|" + "|".join(cities) + "|" if cities else "|", ";".join(got.get("geo", ())),
                int(bool(got.get("waitlist"))),
            ))  # fmt: skip
        con.executemany(f"INSERT INTO service_rank VALUES ({marks})", ranked)
    # names_fts in ascending rowid order (FTS5 flushes its pending terms whenever a rowid
    # goes down), streamed from a cursor.
    names = con.execute(
        "SELECT r.qrank, t.name, t.name_stem FROM service_rank r JOIN search_text t"
        " ON t.rid = r.rid WHERE r.qrank > ? ORDER BY r.qrank",
        [start],
    )
    con.executemany("INSERT INTO names_fts (rowid, name, name_stem) VALUES (?,?,?)", names)
    con.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [RID_MAX, str(max(int(top), after))],
    )
    return len(order)


_KINDS = ("codes", "topics", "toegang", "languages", "days", "areas")


def _joined(items: object) -> str:
    """Values as " a b " (sorted, a space around each): `instr(col, ' a ')` tests membership."""
    values = sorted({str(v) for v in items if v})  # type: ignore[attr-defined]
    return " " + " ".join(values) + " " if values else " "


def _lists(con: sqlcipher3.Connection, ids: list[str]) -> dict[str, dict[str, list[str]]]:
    """Per service id its codes, topics, toegang, languages, days, areas, cities, positions.

    Also its waitlist flag; all read through the service_id indexes, for one chunk of ids.
    """
    out: dict[str, dict[str, list[str]]] = {}
    marks = ",".join("?" * len(ids))
    for sid, code, taxonomy in con.execute(
        f"SELECT service_id, term_code, taxonomy FROM service_term WHERE service_id IN ({marks})",
        ids,
    ):
        got = out.setdefault(sid, {})
        if taxonomy == TOEGANG_TAXONOMY:
            got.setdefault("toegang", []).append(code)
            continue
        got.setdefault("codes", []).append(code)
        if taxonomy == LEEFGEBIEDEN_TAXONOMY:
            got.setdefault("topics", []).append(code)
    for sid, code in con.execute(
        f"SELECT service_id, code FROM languages WHERE service_id IN ({marks})", ids
    ):
        out.setdefault(sid, {}).setdefault("languages", []).append(code)
    days = ",".join(f"'{d}'" for d in ("MO", "TU", "WE", "TH", "FR", "SA", "SU"))
    for sid, day in con.execute(  # (day, service_id) is the only index on service_weekday
        f"SELECT service_id, day FROM service_weekday WHERE day IN ({days})"
        f" AND service_id IN ({marks})",
        ids,
    ):
        out.setdefault(sid, {}).setdefault("days", []).append(day)
    for sid, pc4 in con.execute(
        f"SELECT service_id, postcode4 FROM service_postcode4 WHERE service_id IN ({marks})", ids
    ):
        out.setdefault(sid, {}).setdefault("areas", []).append(pc4)
    for sid, lat, lon, city in con.execute(
        "SELECT service_id, latitude, longitude, city FROM locations"
        f" WHERE service_id IN ({marks})",
        ids,
    ):
        got = out.setdefault(sid, {})
        if city:
            got.setdefault("cities", []).append(city)
        if lat is not None and lon is not None:
            got.setdefault("geo", []).append(f"{float(lat)!r} {float(lon)!r}")
    for (sid,) in con.execute(
        f"SELECT service_id FROM capacity WHERE service_id IN ({marks})"
        " AND available IS NOT NULL AND available <= 0",
        ids,
    ):
        out.setdefault(sid, {})["waitlist"] = ["1"]
    return out


def _quality(row: tuple) -> tuple:  # type: ignore[type-arg]
    """Static order: open before temporarily closed (withdrawn last), recently checked first.

    `row` is (rid, status, assured_date).
    """
    status, assured = row[1], row[2] or ""
    closed = 2 if status in ("inactive", "defunct") else int(status == "temporarily closed")
    return (closed, not assured, _descending(assured), row[0])


def _descending(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)
